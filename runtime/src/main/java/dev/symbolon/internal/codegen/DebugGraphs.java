package dev.symbolon.internal.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import dev.symbolon.internal.debug.DebugCheck;
import dev.symbolon.internal.ir.GraphText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The nested class {@code DebugGraphs} holding, for each compiled method, a {@code DebugCheck} made
 * from its optimized and unoptimized graphs as {@link GraphText}. The JVM initializes a nested class
 * on first use, so the graphs are parsed only when a call in debug mode first needs them, and a class
 * never run in debug mode pays nothing for them.
 */
final class DebugGraphs {
    static final String SIMPLE_NAME = "DebugGraphs";
    static final ClassName DEBUG_CHECK = ClassName.get(DebugCheck.class);

    private final ClassName holder;
    private final List<CompiledMethod> methods;
    private final List<String> fields = new ArrayList<>();

    DebugGraphs(ClassName generated, List<CompiledMethod> methods) {
        this.holder = generated.nestedClass(SIMPLE_NAME);
        this.methods = methods;
        Set<String> taken = new HashSet<>();
        for (CompiledMethod m : methods) {
            String field = m.name().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
            while (!taken.add(field)) {
                field += "_";
            }
            fields.add(field);
        }
    }

    /** {@code DebugGraphs.<FIELD>}: the check of the compiled method at {@code index} in the list given. */
    CodeBlock check(int index) {
        return CodeBlock.of("$T.$L", holder, fields.get(index));
    }

    TypeSpec spec() {
        TypeSpec.Builder type = TypeSpec.classBuilder(holder)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The graphs of each method, optimized and as written, for debug mode; parsed on first use.\n");
        for (int i = 0; i < methods.size(); i++) {
            CompiledMethod m = methods.get(i);
            type.addField(FieldSpec.builder(DEBUG_CHECK, fields.get(i), Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($S, $T.of($L),\n$>$S,\n$S$<)", DEBUG_CHECK, m.name(), List.class,
                            CodeBlock.join(m.rootNames().stream().map(n -> CodeBlock.of("$S", n)).toList(), ", "),
                            GraphText.write(m.roots()), GraphText.write(m.unoptimized()))
                    .build());
        }
        return type.build();
    }
}
