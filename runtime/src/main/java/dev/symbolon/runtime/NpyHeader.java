package dev.symbolon.runtime;

import dev.symbolon.internal.shape.Shapes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header of a {@code .npy} file: the Python dict literal NumPy writes after the magic string, as
 * {@code {'descr': '<f8', 'fortran_order': False, 'shape': (3,), }}. Reading accepts exactly the
 * literals NumPy's own header reader accepts for these three keys (strings, {@code True}/{@code False},
 * tuples of integers) and evaluates nothing else: a structured dtype's list descr is recognized only to
 * be refused by name.
 *
 * @param descr the dtype string, byte order first ({@code <f8}, {@code >i4}, {@code |b1})
 * @param shape each dimension, as written (checked against Java's array limit by {@link Npy})
 */
record NpyHeader(String descr, boolean fortranOrder, long[] shape) {
    private static final Set<String> KEYS = Set.of("descr", "fortran_order", "shape");
    /** NumPy leaves room after the header for the first dimension to grow to this many digits. */
    private static final int GROWTH_AXIS_MAX_DIGITS = 21;

    /** The dict as NumPy writes it, keys sorted, growth padding included, without alignment or newline. */
    static String format(String descr, int[] shape) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + Shapes.format(shape) + ", }";
        return shape.length == 0 ? dict : dict + " ".repeat(GROWTH_AXIS_MAX_DIGITS - Integer.toString(shape[0]).length());
    }

    /**
     * Reads the dict.
     *
     * @param source the file (and entry) for messages
     * @throws IOException naming {@code source} if the text is not such a dict
     */
    static NpyHeader parse(String text, String source) throws IOException {
        Map<String, Object> dict = new Literal(text.strip(), source).dict();
        if (!dict.keySet().equals(KEYS)) {
            throw new IOException(source + ": the .npy header has the keys " + dict.keySet() + ", not " + KEYS);
        }
        Object descr = dict.get("descr");
        if (descr instanceof List) {
            throw new IOException(source + ": the array has a structured dtype (fields " + descr
                    + "), which NDArray does not hold; save each field as an array of its own");
        }
        if (!(descr instanceof String d) || !(dict.get("fortran_order") instanceof Boolean fortran)
                || !(dict.get("shape") instanceof long[] shape)) {
            throw new IOException(source + ": the .npy header '" + text.strip()
                    + "' needs a string descr, a True or False fortran_order and a tuple of integers as shape");
        }
        return new NpyHeader(d, fortran, shape);
    }

    /** A reader of the few Python literals a header holds; anything else is an error, never evaluated. */
    private static final class Literal {
        private final String text;
        private final String source;
        private int at;

        Literal(String text, String source) {
            this.text = text;
            this.source = source;
        }

        Map<String, Object> dict() throws IOException {
            expect('{');
            Map<String, Object> dict = new LinkedHashMap<>();
            while (!peek('}')) {
                if (!(value() instanceof String key)) {
                    throw error("a string key");
                }
                expect(':');
                if (dict.put(key, value()) != null) {
                    throw error("each key once, but '" + key + "' repeats");
                }
                if (!peek('}')) {
                    expect(',');
                }
            }
            expect('}');
            skipSpace();
            if (at != text.length()) {
                throw error("the end of the header");
            }
            return dict;
        }

        private Object value() throws IOException {
            skipSpace();
            if (at >= text.length()) {
                throw error("a value");
            }
            char c = text.charAt(at);
            if (c == '\'' || c == '"') {
                return string(c);
            }
            if (c == '(') {
                return tuple();
            }
            if (c == '[') {
                return list();
            }
            if (text.startsWith("True", at)) {
                at += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("False", at)) {
                at += 5;
                return Boolean.FALSE;
            }
            if (Character.isDigit(c) || c == '-') {
                return integer();
            }
            throw error("a string, True, False, an integer or a tuple");
        }

        private String string(char quote) throws IOException {
            StringBuilder s = new StringBuilder();
            for (at++; at < text.length() && text.charAt(at) != quote; at++) {
                if (text.charAt(at) == '\\' && at + 1 < text.length()) {
                    at++;
                }
                s.append(text.charAt(at));
            }
            expect(quote);
            return s.toString();
        }

        private long[] tuple() throws IOException {
            expect('(');
            List<Long> items = new ArrayList<>();
            while (!peek(')')) {
                if (!(value() instanceof Long item)) {
                    throw error("an integer dimension");
                }
                items.add(item);
                if (!peek(')')) {
                    expect(',');
                }
            }
            expect(')');
            return items.stream().mapToLong(Long::longValue).toArray();
        }

        /** A structured dtype's field list, kept as text: it is only named in the refusal. */
        private List<String> list() throws IOException {
            int start = at;
            int depth = 0;
            do {
                char c = text.charAt(at++);
                depth += c == '[' || c == '(' ? 1 : c == ']' || c == ')' ? -1 : 0;
            } while (depth > 0 && at < text.length());
            if (depth != 0) {
                throw error("the end of a list");
            }
            return List.of(text.substring(start, at));
        }

        private Long integer() throws IOException {
            int start = at;
            at++;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            String digits = text.substring(start, at);
            if (at < text.length() && text.charAt(at) == 'L') {
                at++; // Python 2 wrote long integers with this suffix; NumPy still reads such headers
            }
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw new IOException(source + ": the .npy header has a dimension " + digits
                        + ", more elements than any array holds", e);
            }
        }

        private boolean peek(char c) {
            skipSpace();
            return at < text.length() && text.charAt(at) == c;
        }

        private void expect(char c) throws IOException {
            if (!peek(c)) {
                throw error("'" + c + "'");
            }
            at++;
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private IOException error(String expected) {
            return new IOException(source + ": the .npy header '" + text + "' is not a dict as NumPy writes it: "
                    + "expected " + expected + " at character " + at);
        }
    }
}
