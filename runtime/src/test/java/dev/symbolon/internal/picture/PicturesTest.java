package dev.symbolon.internal.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.executor.MethodGraph;
import dev.symbolon.internal.executor.Slot;
import dev.symbolon.internal.ir.DebugPrinter;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.GraphText;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PicturesTest {
    private final Node x = unplaced(() -> GraphOps.input("x", Type.of(DType.FLOAT64, 1)));
    private final Node w = unplaced(() -> GraphOps.shared("w", Type.of(DType.FLOAT64, 1)));

    /** A node built where no source line is known. */
    private static Node unplaced(Supplier<Node> build) {
        try (SourcePosition.Scope unknown = SourcePosition.enter(SourcePosition.UNKNOWN)) {
            return build.get();
        }
    }

    /** sum(sigmoid(x*w) + log(sigmoid(x*w))), built on lines 7 and 8 of Model.java. */
    private Node cost() {
        Node s;
        try (SourcePosition.Scope line7 = SourcePosition.enter(new SourcePosition("Model.java", 7))) {
            s = GraphOps.unary(Op.SIGMOID, GraphOps.mul(x, w));
        }
        try (SourcePosition.Scope line8 = SourcePosition.enter(new SourcePosition("Model.java", 8))) {
            return GraphOps.reduce(Op.SUM, GraphOps.add(s, GraphOps.unary(Op.LOG, s)), false);
        }
    }

    private GraphPicture picture(boolean fused, Node... roots) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < roots.length; i++) {
            names.add("out" + i);
        }
        return GraphPicture.of("Model.cost", new MethodPicture("cost", List.of(roots), names), fused);
    }

    @Test
    void dotParsesAndNamesEveryNodeOfDebugPrintWithItsLabel() {
        Node cost = cost();
        DotSyntax.Parsed dot = DotSyntax.parse(Dot.write(picture(true, cost)));
        Matcher line = Pattern.compile("^[ |]*(\\S+) id=(\\d+) (\\S+)", Pattern.MULTILINE).matcher(DebugPrinter.print(cost));
        Set<String> printed = new TreeSet<>();
        while (line.find()) {
            String name = "t" + line.group(2);
            printed.add(name);
            assertTrue(dot.labels().get(name).startsWith(name + " " + line.group(1) + "\\n" + line.group(3)),
                    name + ": " + dot.labels().get(name));
        }
        assertEquals(printed, new TreeSet<>(dot.labels().keySet()));
        assertEquals(7, dot.edges().size(), "x and w into mul, mul into sigmoid, sigmoid into add and log, log into add, add into sum");
    }

    @Test
    void labelsCarryTheOperationTypeSourceLineAndOutput() {
        DotSyntax.Parsed dot = DotSyntax.parse(Dot.write(picture(true, cost())));
        assertEquals("t3 sigmoid\\nfloat64[?]\\nModel.java:7", dot.labels().get("t3"));
        assertEquals("t6 sum{axes=[0]}\\nfloat64[]\\nModel.java:8\\n-> out0", dot.labels().get("t6"));
        assertEquals("t0 x\\nfloat64[?]", dot.labels().get("t0"), "a leaf built outside any scope has no line");
    }

    @Test
    void fusedLoopsAreClustersOfTheOptimizedGraphOnly() {
        Node cost = cost();
        DotSyntax.Parsed fused = DotSyntax.parse(Dot.write(picture(true, cost)));
        assertEquals(List.of(new TreeSet<>(Set.of("t2", "t3", "t4", "t5", "t6"))), List.copyOf(fused.clusters().values()),
                "mul, sigmoid, log and add are one loop, which accumulates the sum");
        assertTrue(DotSyntax.parse(Dot.write(picture(false, cost))).clusters().isEmpty());
    }

    @Test
    void quotesAndBackslashesInNamesAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\nd\"", Dot.quote("a\"b\\c\nd"));
    }

    @Test
    void svgIsWellFormedWithOneGroupPerNodeEdgeAndFusedLoop() {
        GraphPicture picture = picture(true, cost(), GraphOps.unary(Op.EXP, x));
        SvgDocument svg = new SvgDocument(Svg.write(picture));
        assertEquals("svg", svg.rootName());
        assertEquals(picture.boxes().stream().map(GraphPicture.Box::name).toList(), svg.titles("node"));
        assertEquals(picture.edges().size(), svg.titles("edge").size());
        assertTrue(svg.titles("edge").contains("t0->t2"), svg.titles("edge").toString());
        assertEquals(List.of("cluster_0"), svg.titles("cluster"));
    }

    @Test
    void svgEscapesMarkupInLabels() {
        Node less = GraphOps.compare(Op.LT, x, w);
        SvgDocument svg = new SvgDocument(Svg.write(GraphPicture.of("a<b & \"c\"",
                new MethodPicture("lt", List.of(less), List.of("<out>")), true)));
        assertEquals(List.of("t0", "t1", "t2"), svg.titles("node"));
    }

    @Test
    void layoutKeepsNodesOfALayerApartAndInputsAboveUsers() {
        Node cost = cost();
        GraphPicture picture = picture(true, cost);
        LayeredLayout.Result layout = LayeredLayout.of(picture);
        for (GraphPicture.Edge e : picture.edges()) {
            assertTrue(layout.nodes().get(e.from()).bottom() < layout.nodes().get(e.to()).top(), e.toString());
        }
        List<LayeredLayout.Placed> boxes = List.copyOf(layout.nodes().values());
        for (LayeredLayout.Placed a : boxes) {
            for (LayeredLayout.Placed b : boxes) {
                boolean overlap = a != b && Math.abs(a.x() - b.x()) < (a.width() + b.width()) / 2
                        && Math.abs(a.y() - b.y()) < (a.height() + b.height()) / 2;
                assertFalse(overlap, a + " overlaps " + b);
            }
        }
    }

    @Test
    void generatedClassPicturesReadTheGraphTextsAndNameTheKnownMethods() {
        Node cost = cost();
        Node written = GraphOps.reduce(Op.SUM, GraphOps.mul(x, w), false);
        MethodGraph graph = new MethodGraph("cost", List.of(new Slot("x", DType.FLOAT64, 1)),
                List.of(new Slot("w", DType.FLOAT64, 1)), List.of(new Slot("value", DType.FLOAT64, 0)),
                List.of(new Slot("w", DType.FLOAT64, 1)), GraphText.write(List.of(cost, w)));
        List<String> writtenTexts = List.of(GraphText.write(List.of(written, w)));
        DotSyntax.Parsed optimized = DotSyntax.parse(Pictures.dot("CompiledModel", "cost", true, List.of(graph),
                writtenTexts));
        assertTrue(optimized.labels().get("t6").endsWith("\\n-> value"), optimized.labels().get("t6"));
        assertTrue(optimized.labels().get("t1").endsWith("\\n-> update(w)"), optimized.labels().get("t1"));
        DotSyntax.Parsed asWritten = DotSyntax.parse(Pictures.dot("CompiledModel", "cost", false, List.of(graph),
                writtenTexts));
        assertEquals(4, asWritten.labels().size(), "x, w, mul, sum");
        SvgDocument svg = new SvgDocument(Pictures.svg("CompiledModel", "cost", true, List.of(graph), writtenTexts));
        assertEquals(new TreeSet<>(optimized.labels().keySet()), new TreeSet<>(svg.titles("node")));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Pictures.dot("CompiledModel", "train", true, List.of(graph), writtenTexts));
        assertEquals("no compiled method is named 'train'; the methods are: cost", unknown.getMessage());
    }
}
