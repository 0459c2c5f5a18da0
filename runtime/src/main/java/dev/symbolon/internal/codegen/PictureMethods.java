package dev.symbolon.internal.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.symbolon.internal.picture.Pictures;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code static String toDot(String method)} and {@code toSvg(String method)}, each also with a
 * {@code boolean optimized}: pictures of a method's graph, as Theano's {@code pydotprint} draws, made
 * by {@link Pictures} from the graph text of the nested {@code Graphs} on first call.
 */
final class PictureMethods {
    private static final ClassName PICTURES = ClassName.get(Pictures.class);

    private PictureMethods() {}

    static List<MethodSpec> of(ClassName generated, Graphs graphs) {
        return List.of(
                shortForm("toDot", "The optimized graph of {@code method} in Graphviz's DOT language, as\n"
                        + "{@code toDot(method, true)}.\n"),
                full(generated, graphs, "toDot", "dot", "in Graphviz's DOT language (render it with\n"
                        + "{@code dot -Tsvg})"),
                shortForm("toSvg", "The optimized graph of {@code method} drawn as SVG, as {@code toSvg(method, true)}.\n"),
                full(generated, graphs, "toSvg", "svg", "drawn as SVG: by Graphviz's {@code dot} where it is on the\n"
                        + "{@code PATH}, else by Symbolon's own layout"));
    }

    private static MethodSpec shortForm(String name, String javadoc) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                .addParameter(TypeName.get(String.class), "method")
                .addJavadoc(javadoc + "\n@throws IllegalArgumentException if no compiled method has that name\n")
                .addStatement("return $L(method, true)", name)
                .build();
    }

    private static MethodSpec full(ClassName generated, Graphs graphs, String name, String picture, String how) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                .addParameter(TypeName.get(String.class), "method")
                .addParameter(TypeName.BOOLEAN, "optimized")
                .addJavadoc("The graph of {@code method} " + how + ": the optimized graph, its fused loops as\n"
                        + "clusters, or with {@code optimized} false the graph as written. Nodes are named\n"
                        + "{@code t<id>} as in {@code debugPrint} and labelled with their operation, type and source line.\n"
                        + "\n@throws IllegalArgumentException if no compiled method has that name\n")
                .addStatement("return $T.$L($S, method, optimized, $L, $L)", PICTURES, picture, generated.simpleName(),
                        graphs.all(), graphs.written())
                .build();
    }
}
