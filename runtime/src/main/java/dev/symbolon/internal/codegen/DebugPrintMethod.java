package dev.symbolon.internal.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.symbolon.internal.ir.DebugPrinter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * {@code static String debugPrint(String method)}: the graph of each compiled method, printed by
 * {@link DebugPrinter} when the class is generated and kept as a string constant. Overloads of one
 * name print one after the other.
 */
final class DebugPrintMethod {
    private DebugPrintMethod() {}

    static MethodSpec of(List<CompiledMethod> methods) {
        Map<String, String> graphs = new LinkedHashMap<>();
        for (CompiledMethod m : methods) {
            graphs.merge(m.name(), DebugPrinter.print(m.roots()), (a, b) -> a + "\n" + b);
        }
        String known = String.join(", ", graphs.keySet());
        MethodSpec.Builder spec = MethodSpec.methodBuilder("debugPrint")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                .addParameter(TypeName.get(String.class), "method")
                .addJavadoc("The graph of {@code method} as {@code theano.printing.debugprint} shows it: one node a\n"
                        + "line, inputs indented below their users, ids as in the locals {@code t<id>} of the method.\n"
                        + "\n@throws IllegalArgumentException if no compiled method has that name\n")
                .addStatement("$T.requireNonNull(method, $S)", Objects.class, "method is null; pass a method name");
        CodeBlock unknown = CodeBlock.of("throw new $T($S + method + $S)", IllegalArgumentException.class,
                "no compiled method is named '", "'; the methods are: " + known);
        if (graphs.isEmpty()) {
            return spec.addStatement(unknown).build();
        }
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (method) {\n$>");
        graphs.forEach((name, graph) -> cases.addStatement("case $S -> $L", name, StringLiterals.of(graph)));
        cases.addStatement("default -> $L", unknown);
        return spec.addCode(cases.add("$<};\n").build()).build();
    }
}
