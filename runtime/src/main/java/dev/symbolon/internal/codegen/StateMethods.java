package dev.symbolon.internal.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.symbolon.internal.model.SharedField;
import dev.symbolon.runtime.SharedState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code saveState(Path)} and {@code loadState(Path)}: every {@code @Shared} field of the instance to
 * and from one NumPy {@code .npz} archive, one entry per field name, through the runtime's
 * {@code SharedState}, which does the checking, the all-or-nothing loading and the atomic writing.
 */
final class StateMethods {
    private static final ClassName SHARED_STATE = ClassName.get(SharedState.class);

    private StateMethods() {}

    /**
     * {@code seed(long)} of a class whose methods draw: the instance's random state restarts, so the
     * calls after it draw what they drew after the last seed of the same value.
     */
    static MethodSpec seed() {
        return MethodSpec.methodBuilder("seed")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(TypeName.LONG, "seed")
                .addJavadoc("Seeds this instance's random draws: the calls after this one draw the same numbers as after\n"
                        + "any other {@code seed} of the same value, on any device and whatever the thread count.\n"
                        + "Unseeded, an instance is seeded from a secure source. The state is saved by {@code saveState}.\n"
                        + "\n@param seed any value\n")
                .addStatement("this.$L.seed(seed)", CompiledClassGenerator.RANDOM_STATE)
                .build();
    }

    /**
     * The state methods; with {@code draws}, the random state (its seed and call count) is an entry
     * beside the fields, so a resumed run continues the same sequence of draws.
     */
    static List<MethodSpec> of(List<SharedField> fields, boolean draws) {
        // "this." keeps a field named like the parameter from being read as the parameter.
        List<String> all = new ArrayList<>(fields.stream().map(f -> "this." + f.name()).toList());
        if (draws) {
            all.add("this." + CompiledClassGenerator.RANDOM_STATE + ".variable()");
        }
        String variables = String.join(", ", all);
        MethodSpec save = MethodSpec.methodBuilder("saveState")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Path.class, "file")
                .addException(IOException.class)
                .addJavadoc("Writes every shared variable to {@code file} as a NumPy {@code .npz} archive, one entry per\n"
                        + "field name, replacing the file atomically: a crash leaves the old file or the new one.\n"
                        + (draws ? "The random state (seed and calls drawn) is entry {@code symbolon.random}.\n" : "")
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
