package dev.symbolon.internal.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import dev.symbolon.internal.model.SharedField;
import dev.symbolon.runtime.SharedState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * {@code saveState(Path)} and {@code loadState(Path)}: every {@code @Shared} field of the instance to
 * and from one NumPy {@code .npz} archive, one entry per field name, through the runtime's
 * {@code SharedState}, which does the checking, the all-or-nothing loading and the atomic writing.
 */
final class StateMethods {
    private static final ClassName SHARED_STATE = ClassName.get(SharedState.class);

    private StateMethods() {}

    static List<MethodSpec> of(List<SharedField> fields) {
        // "this." keeps a field named like the parameter from being read as the parameter.
        String variables = fields.stream().map(f -> "this." + f.name()).collect(Collectors.joining(", "));
        MethodSpec save = MethodSpec.methodBuilder("saveState")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Path.class, "file")
                .addException(IOException.class)
                .addJavadoc("Writes every shared variable to {@code file} as a NumPy {@code .npz} archive, one entry per\n"
                        + "field name, replacing the file atomically: a crash leaves the old file or the new one.\n"
                        + "\n@throws IllegalStateException if a shared variable has no value yet\n")
                .addStatement("$T.of($L).save(file)", SHARED_STATE, variables)
                .build();
        MethodSpec load = MethodSpec.methodBuilder("loadState")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Path.class, "file")
                .addException(IOException.class)
                .addJavadoc("Sets every shared variable to its entry in {@code file}, an {@code .npz} archive as\n"
                        + "{@code saveState} writes it; changes nothing unless every entry fits.\n"
                        + "\n@throws IOException naming the file if it cannot be read as an {@code .npz} archive\n"
                        + "@throws IllegalArgumentException naming the file and the first entry that does not fit: missing,\n"
                        + "    of no shared variable, or of another dtype or rank than its field\n")
                .addStatement("$T.of($L).load(file)", SHARED_STATE, variables)
                .build();
        return List.of(save, load);
    }
}
