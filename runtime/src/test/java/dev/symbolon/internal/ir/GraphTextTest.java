package dev.symbolon.internal.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphTextTest {
    private static final Node M = GraphOps.input("m", Type.of(DType.FLOAT64, 2));
    private static final Node V = GraphOps.input("v", Type.of(DType.FLOAT64, 1));
    private static final Node I = GraphOps.input("i", Type.of(DType.INT32, 2));
    private static final Node F = GraphOps.shared("f", Type.of(DType.FLOAT32, false, true));

    /** One node of every op, most of them at a position of their own, with every kind of attribute. */
    private static List<Node> everyOp() {
        List<Node> nodes = new ArrayList<>();
        int line = 10;
        for (Op op : Op.values()) {
            try (var scope = SourcePosition.enter(new SourcePosition("Every.java", line++))) {
                switch (op.kind()) {
                    case UNARY, UNARY_FLOAT -> nodes.add(GraphOps.unary(op, M));
                    case BINARY -> nodes.add(op == Op.QUOTIENT ? GraphOps.binary(op, I, I) : GraphOps.binary(op, M, V));
                    case COMPARISON -> nodes.add(GraphOps.compare(op, M, V));
                    case REDUCTION -> nodes.add(GraphOps.reduce(op, M, false, 1));
                    case SOFTMAX -> nodes.add(GraphOps.softmax(op, F));
                    case SCAN -> nodes.add(GraphOps.cumsum(M, 1));
                    case LEAF, CAST, WHERE, LINEAR_ALGEBRA, SHAPE, SUBGRAPH, CONVOLUTION -> { }
                }
            }
        }
        nodes.add(F);
        nodes.add(GraphOps.cast(I, DType.FLOAT32));
        nodes.add(GraphOps.where(GraphOps.compare(Op.GT, M, V), M, V));
        nodes.add(GraphOps.reduce(Op.MAX, I, true, 0));
        nodes.add(GraphOps.reduce(Op.ARGMAX, M, false));
        nodes.add(GraphOps.dot(M, V));
        nodes.add(GraphOps.outer(V, V));
        nodes.add(GraphOps.transpose(M));
        nodes.add(GraphOps.reshape(M, -1, 1));
        nodes.add(GraphOps.reshapeLike(V, M));
        nodes.add(GraphOps.broadcastLike(V, M, 1));
        nodes.add(GraphOps.broadcastLike(M, M));
        nodes.add(GraphOps.size(M, DType.INT64, 0));
        Node indices = IndexingOps.arange(GraphOps.constant(3, DType.INT32));
        nodes.add(IndexingOps.take(M, indices, -1));
        nodes.add(IndexingOps.scatterAdd(M, indices, M, 1));
        nodes.add(IndexingOps.takeAlongAxis(M, GraphOps.reshape(indices, -1, 1), 1));
        nodes.add(IndexingOps.scatterAddAlongAxis(M, GraphOps.reshape(indices, -1, 1), M, 1));
        nodes.add(IndexingOps.slice(M, 1, -3, 2));
        nodes.add(IndexingOps.scatterSlice(M, M, new int[] {0, 1, 5}));
        nodes.add(IndexingOps.concatenate(0, M, I));
        Node images = GraphOps.input("x", Type.of(DType.FLOAT64, 4));
        Node filters = GraphOps.input("w", Type.of(DType.FLOAT32, 4));
        Node conv = ConvolutionOps.conv2d(images, filters, 2, 1);
        nodes.add(conv);
        nodes.add(ConvolutionOps.conv2dInputGrad(conv, GraphOps.cast(filters, DType.FLOAT64), images, 2, 1));
        nodes.add(ConvolutionOps.conv2dFilterGrad(images, conv, filters, 2, 1));
        nodes.add(ConvolutionOps.maxPool2dGrad(ConvolutionOps.maxPool2d(images, 3), images, 3));
        nodes.add(ConvolutionOps.avgPool2dGrad(ConvolutionOps.avgPool2d(M, 2), M, 2));
        // the Jacobian of M v in v: the body, and its seed and capture leaves, are written before it
        Node y = GraphOps.dot(M, V);
        Node seed = SubgraphOps.seed(y);
        nodes.add(SubgraphOps.jacobian(y, seed, GraphOps.dot(seed, M)));
        nodes.add(GraphOps.draw(Op.UNIFORM, M, null, 0));
        nodes.add(GraphOps.draw(Op.NORMAL, V, null, 1));
        nodes.add(GraphOps.draw(Op.BERNOULLI, M, GraphOps.constant(0.5, DType.FLOAT64), 2));
        return nodes;
    }

    /** Constants whose values only an exact format keeps: signed zero, NaN, infinities, the last bits. */
    private static List<Node> constants() {
        return List.of(GraphOps.constant(0.1, DType.FLOAT64), GraphOps.constant(-0.0, DType.FLOAT64),
                GraphOps.constant(Double.NaN, DType.FLOAT64), GraphOps.constant(Double.NEGATIVE_INFINITY, DType.FLOAT32),
                GraphOps.constant(1.0 / 3, DType.FLOAT32), GraphOps.constant(Double.MIN_VALUE, DType.FLOAT64),
                GraphOps.constant(-7, DType.INT32), GraphOps.constant(9007199254740993L, DType.INT64),
                GraphOps.constant(1, DType.BOOL));
    }

    @Test
    void readsBackTheSameNodesForEveryOp() {
        List<Node> roots = everyOp();
        Set<Op> covered = EnumSet.noneOf(Op.class);
        TopologicalOrder.of(roots).forEach(n -> covered.add(n.op()));
        covered.add(Op.CONSTANT);
        assertEquals(EnumSet.allOf(Op.class), covered);

        List<Node> read = GraphText.read(GraphText.write(roots));
        assertEquals(roots.size(), read.size());
        for (int i = 0; i < roots.size(); i++) {
            assertSame(roots.get(i), read.get(i), roots.get(i).describe());
        }
    }

    @Test
    void keepsConstantsExactly() {
        List<Node> roots = constants();
        List<Node> read = GraphText.read(GraphText.write(roots));
        for (int i = 0; i < roots.size(); i++) {
            assertSame(roots.get(i), read.get(i), roots.get(i).describe());
        }
    }

    @Test
    void keepsInt64ConstantsBeyondDoublePrecisionExactly() {
        Node big = GraphOps.constant(9007199254740993L, DType.INT64);
        Node min = GraphOps.constant(Long.MIN_VALUE, DType.INT64);
        String text = GraphText.write(List.of(big, min));
        assertTrue(text.contains("value=9007199254740993 "), text);
        assertTrue(text.contains("value=-9223372036854775808 "), text);
        List<Node> read = GraphText.read(text);
        assertEquals(9007199254740993L, read.get(0).longValue());
        assertEquals(Long.MIN_VALUE, read.get(1).longValue());
        assertSame(big, read.get(0));
    }

    @Test
    void keepsSourcePositionsAndRepeatedRoots() {
        Node x = GraphOps.input("x", Type.scalar(DType.FLOAT64));
        Node exp;
        try (var scope = SourcePosition.enter(new SourcePosition("My Model.java", 42))) {
            exp = GraphOps.unary(Op.EXP, x);
        }
        Node unknown;
        try (var scope = SourcePosition.enter(SourcePosition.UNKNOWN)) {
            unknown = GraphOps.add(exp, x);
        }
        List<Node> read = GraphText.read(GraphText.write(List.of(unknown, exp, exp)));
        assertEquals(new SourcePosition("My Model.java", 42), read.get(1).position());
        assertEquals(SourcePosition.UNKNOWN, read.get(0).position());
        assertSame(read.get(1), read.get(2));
        assertSame(exp, read.get(1));
    }

    @Test
    void writesOneReadableLinePerNodeInTopologicalOrder() {
        Node x;
        try (var scope = SourcePosition.enter(SourcePosition.UNKNOWN)) {
            x = GraphOps.input("x", Type.of(DType.FLOAT64, 1));
        }
        Node doubled;
        Node total;
        try (var scope = SourcePosition.enter(new SourcePosition("Model.java", 4))) {
            doubled = GraphOps.mul(x, GraphOps.constant(2, DType.FLOAT64));
        }
        try (var scope = SourcePosition.enter(new SourcePosition("Model.java", 5))) {
            total = GraphOps.sum(doubled);
        }
        String text = GraphText.write(List.of(x, total));
        assertEquals("""
                symbolon-graph 1
                0 input float64[?] name=x @?
                1 constant float64[] value=0x1.0p1 @Model.java:4
                2 mul float64[?] in=0,1 @Model.java:4
                3 sum float64[] axes=0 keepDims=false in=2 @Model.java:5
                roots 0 3
                """, text);
    }

    @Test
    void writingWhatItReadGivesTheSameText() {
        String text = GraphText.write(everyOp());
        assertEquals(text, GraphText.write(GraphText.read(text)));
    }

    @Test
    void refusesMalformedTextNamingTheLine() {
        String good = """
                symbolon-graph 1
                0 input float64[?] name=x @Model.java:3
                1 exp float64[?] in=0 @Model.java:4
                roots 1
                """;
        assertEquals(1, GraphText.read(good).size());
        assertError(good.replace("symbolon-graph 1", "graph"), 1, "header");
        assertError(good.replace("1 exp", "2 exp"), 3, "expected node id 1");
        assertError(good.replace(" exp ", " expo "), 3, "unknown op 'expo'");
        assertError(good.replace("float64[?] name", "float64[x] name"), 2, "a dimension of a type is ? or 1");
        assertError(good.replace("float64[?] name", "real[?] name"), 2, "expected a type");
        assertError(good.replace("name=x ", ""), 2, "input needs the attribute name=");
        assertError(good.replace("in=0 ", "in=0 axes=1 "), 3, "exp takes no attribute axes");
        assertError(good.replace("in=0 ", "in=0,0 "), 3, "exp takes 1 inputs, found 2");
        assertError(good.replace("in=0 ", "in=1 "), 3, "node 1 is not defined on an earlier line");
        assertError(good.replace("in=0 ", "in=a "), 3, "expected an integer, found 'a'");
        assertError(good.replace("1 exp float64[?]", "1 exp float32[?]"), 3, "exp of these inputs builds exp float64[?]");
        assertError(good.replace(" @Model.java:4", ""), 3, "source position");
        assertError(good.replace("@Model.java:4", "@Model.java"), 3, "file:line");
        assertError(good.replace("roots 1\n", ""), 4, "without a 'roots' line");
        assertError(good.replace("roots 1", "roots 2"), 4, "node 2 is not defined");
        assertError(good + "0 input float64[] name=y @?\n", 5, "nothing may follow");
        assertError(good.replace("1 exp float64[?] in=0", "1 sum float64[] axes=0 keepDims=true in=0"), 3,
                "sum of these inputs builds sum float64[1]");
        assertError(good.replace("1 exp float64[?] in=0", "1 constant float32[] value=0x1.999999999999ap-4"), 3,
                "constant reads back with value=0x1.99999ap-4");
        assertError(good.replace("1 exp float64[?] in=0", "1 constant float64[] value=one"), 3,
                "expected a float64 value, found 'one'");
        assertError(good.replace("1 exp float64[?] in=0", "1 reshape float64[?,?] shape=-1,-1 in=0"), 3,
                "except one that may be -1");
    }

    private static void assertError(String text, int line, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GraphText.read(text));
        assertTrue(e.getMessage().startsWith("graph text, line " + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void refusesNamesThatWouldBreakTheLine() {
        Node spaced = GraphOps.input("a b", Type.scalar(DType.FLOAT64));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GraphText.write(List.of(spaced)));
        assertTrue(e.getMessage().contains("'a b'"), e.getMessage());
    }
}
