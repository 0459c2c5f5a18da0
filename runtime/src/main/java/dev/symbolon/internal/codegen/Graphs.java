package dev.symbolon.internal.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.symbolon.internal.debug.DebugCheck;
import dev.symbolon.internal.executor.MethodGraph;
import dev.symbolon.internal.executor.Slot;
import dev.symbolon.internal.ir.GraphText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The nested class {@code Graphs}: the class's compiled graphs, for executors and debug mode. For
 * each compiled method it holds a {@link MethodGraph} (the optimized graph as {@link GraphText} and
 * the names and types its values bind to), which an executor is made from, and a {@link DebugCheck}
 * (the same graph and the graph as written), which debug mode calls, and the graphs as written
 * again as text, which the pictures of {@code toDot} and {@code toSvg} draw. The JVM initializes a nested
 * class on first use, so only an instance on an executor's device, in debug mode or a picture parses anything,
 * and an instance running generated code on the CPU in normal mode pays nothing for the graphs.
 */
final class Graphs {
    static final String SIMPLE_NAME = "Graphs";
    static final ClassName DEBUG_CHECK = ClassName.get(DebugCheck.class);
    static final ClassName METHOD_GRAPH = ClassName.get(MethodGraph.class);
    static final ClassName SLOT = ClassName.get(Slot.class);
    /** The field listing every method's graph, in the order of the methods given. */
    static final String ALL = "METHODS";
    /** The field listing every method's graph as written, in the same order, for pictures. */
    static final String WRITTEN = "WRITTEN";

    private final ClassName holder;
    private final List<CompiledMethod> methods;
    private final List<String> graphFields = new ArrayList<>();
    private final List<String> checkFields = new ArrayList<>();

    Graphs(ClassName generated, List<CompiledMethod> methods) {
        this.holder = generated.nestedClass(SIMPLE_NAME);
        this.methods = methods;
        Set<String> taken = new HashSet<>(Set.of(ALL, WRITTEN));
        for (CompiledMethod m : methods) {
            String base = m.name().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
            graphFields.add(fresh(base, taken));
            checkFields.add(fresh(base + "_CHECK", taken));
        }
    }

    private static String fresh(String field, Set<String> taken) {
        String name = field;
        while (!taken.add(name)) {
            name += "_";
        }
        return name;
    }

    /** {@code Graphs.<FIELD>_CHECK}: the debug check of the compiled method at {@code index}. */
    CodeBlock check(int index) {
        return CodeBlock.of("$T.$L", holder, checkFields.get(index));
    }

    /** {@code Graphs.METHODS}: every method's {@link MethodGraph}, in order. */
    CodeBlock all() {
        return CodeBlock.of("$T.$L", holder, ALL);
    }

    /** {@code Graphs.WRITTEN}: every method's graph as written, as text, in order. */
    CodeBlock written() {
        return CodeBlock.of("$T.$L", holder, WRITTEN);
    }

    TypeSpec spec() {
        TypeSpec.Builder type = TypeSpec.classBuilder(holder)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The compiled graphs of each method, for executors and debug mode; parsed on first use.\n");
        for (int i = 0; i < methods.size(); i++) {
            CompiledMethod m = methods.get(i);
            String graph = graphFields.get(i);
            type.addField(FieldSpec.builder(METHOD_GRAPH, graph, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($S,\n$>$L,\n$L,\n$L,\n$L,\n$L$<)", METHOD_GRAPH, m.name(),
                            slots(m.parameterSlots()), slots(m.sharedSlots()), slots(m.outputSlots()),
                            slots(m.updateSlots()), StringLiterals.of(GraphText.write(m.roots())))
                    .build());
            type.addField(FieldSpec.builder(DEBUG_CHECK, checkFields.get(i), Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($S, $T.of($L), $L.graph(),\n$>$L$<)", DEBUG_CHECK, m.name(), List.class,
                            CodeBlock.join(m.rootNames().stream().map(n -> CodeBlock.of("$S", n)).toList(), ", "),
                            graph, StringLiterals.of(GraphText.write(m.unoptimized())))
                    .build());
        }
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), METHOD_GRAPH), ALL,
                        Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", List.class, String.join(", ", graphFields))
                .build());
        // The same literals as the checks', which the class file holds once.
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), WRITTEN,
                        Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", List.class, CodeBlock.join(methods.stream()
                        .map(m -> CodeBlock.of("\n$L", StringLiterals.of(GraphText.write(m.unoptimized())))).toList(),
                        ","))
                .build());
        return type.build();
    }

    private static CodeBlock slots(List<Slot> slots) {
        return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(slots.stream()
                .map(s -> CodeBlock.of("new $T($S, $T.$L, $L)", SLOT, s.name(), JavaTypes.DTYPE, s.dtype().name(),
                        s.rank()))
                .toList(), ", "));
    }
}
