package dev.symbolon.internal.codegen;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Strings of any length as Java source. A class file holds a string constant in at most 65535
 * bytes of modified UTF-8, and javac folds {@code "a" + "b"} into one constant, so the text of a
 * large graph written as one literal (or a sum of literals) does not compile. Longer strings are
 * written as {@code String.join("", part, part, ...)}, which is not a constant expression.
 */
final class StringLiterals {
    private static final int MAX_BYTES = 65535;
    /** Characters per part: at most three bytes each, so a part stays under the limit. */
    private static final int PART = 16384;

    private StringLiterals() {}

    /** {@code text} as an expression of type String. */
    static CodeBlock of(String text) {
        List<String> parts = parts(text);
        if (parts.size() == 1) {
            return CodeBlock.of("$S", text);
        }
        return CodeBlock.of("$T.join(\"\",\n$>$L$<)", String.class,
                CodeBlock.join(parts.stream().map(p -> CodeBlock.of("$S", p)).toList(), ",\n"));
    }

    /** {@code text} cut into literals that each fit a constant, never inside a surrogate pair. */
    static List<String> parts(String text) {
        if (encodedLength(text) <= MAX_BYTES) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        for (int start = 0; start < text.length(); ) {
            int end = Math.min(text.length(), start + PART);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            parts.add(text.substring(start, end));
            start = end;
        }
        return parts;
    }

    /** The length of {@code text} in the class file's modified UTF-8. */
    static long encodedLength(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c >= 0x0001 && c <= 0x007F ? 1 : c <= 0x07FF ? 2 : 3;
        }
        return bytes;
    }
}
