package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.optimized;
import static dev.symbolon.internal.rewrite.Graphs.scalar;
import static dev.symbolon.internal.rewrite.Graphs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Negations move out of products and quotients, cancel in pairs and turn sums into differences, keeping every IEEE value. */
class NegationRulesTest {
    private static final double[] VALUES = {-0.0, 0.0, 1.5, -3, 1e-310, Double.MAX_VALUE, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    @Test
    void negationMovesOutOfProductsAndQuotients() {
        Node a = scalar("a");
        Node b = scalar("b");
        assertRewrites(GraphOps.mul(GraphOps.neg(a), b), "neg(mul(a, b))");
        assertRewrites(GraphOps.mul(a, GraphOps.neg(b)), "neg(mul(a, b))");
        assertRewrites(GraphOps.div(GraphOps.neg(a), b), "neg(div(a, b))");
        assertRewrites(GraphOps.div(a, GraphOps.neg(b)), "neg(div(a, b))");
    }

    @Test
    void negationsOfBothFactorsCancel() {
        Node a = scalar("a");
        Node b = scalar("b");
        assertRewrites(GraphOps.mul(GraphOps.neg(a), GraphOps.neg(b)), "mul(a, b)");
        // the shape of autodiff's gradient of -(t * -softplus(u)): -((-(g*t)) * sigmoid(u))
        Node chain = GraphOps.neg(GraphOps.mul(GraphOps.neg(GraphOps.mul(a, b)), scalar("s")));
        assertRewrites(chain, "mul(mul(a, b), s)");
    }

    @Test
    void negatedTermMakesADifference() {
        Node a = scalar("a");
        Node b = scalar("b");
        assertRewrites(GraphOps.add(a, GraphOps.neg(b)), "sub(a, b)");
        assertRewrites(GraphOps.add(GraphOps.neg(b), a), "sub(a, b)");
        assertRewrites(GraphOps.sub(a, GraphOps.neg(b)), "add(a, b)");
    }

    @Test
    void negatedDifferenceStaysForTheSignOfZero() {
        Node before = GraphOps.neg(GraphOps.sub(scalar("a"), scalar("b")));
        assertEquals("neg(sub(a, b))", show(optimized(before)));
        assertEquals(-0.0, value(before, 1, 1), "-(1-1) is -0.0, where 1-1 is +0.0");
    }

    @Test
    void negatedIntegerProductMovesOutAndWraps() {
        Node i = GraphOps.input("i", Type.scalar(DType.INT64));
        Node j = GraphOps.input("j", Type.scalar(DType.INT64));
        Node before = GraphOps.mul(GraphOps.neg(i), j);
        Node after = optimized(before);
        assertEquals("neg(mul(i, j))", show(after));
        for (long[] v : new long[][] {{Long.MIN_VALUE, 3}, {Long.MAX_VALUE, 2}, {-7, 5}}) {
            Map<String, NDArray> leaves = Map.of("i", NDArray.scalar(v[0]), "j", NDArray.scalar(v[1]));
            assertEquals(Interpreter.evaluate(before, leaves).getLong(), Interpreter.evaluate(after, leaves).getLong());
        }
    }

    @Test
    void integerQuotientOfANegationStays() {
        Node i = GraphOps.input("i", Type.scalar(DType.INT64));
        Node two = GraphOps.literalFor(2, i);
        Node before = GraphOps.quotient(GraphOps.neg(i), two);
        assertEquals("quotient(neg(i), 2)", show(optimized(before)));
        // -MIN is MIN, so (-MIN)/2 is MIN/2, where -(MIN/2) is its opposite
        Map<String, NDArray> leaves = Map.of("i", NDArray.scalar(Long.MIN_VALUE));
        assertEquals(Long.MIN_VALUE / 2, Interpreter.evaluate(before, leaves).getLong());
    }

    private static void assertRewrites(Node before, String expected) {
        Node after = optimized(before);
        assertEquals(expected, show(after));
        for (double a : VALUES) {
            for (double b : VALUES) {
                double s = -2.5;
                assertEquals(value(before, a, b, s), value(after, a, b, s), show(before) + " at " + a + ", " + b);
            }
        }
    }

    private static double value(Node node, double a, double b) {
        return value(node, a, b, 0);
    }

    private static double value(Node node, double a, double b, double s) {
        return Interpreter.evaluate(node, Map.of("a", NDArray.scalar(a), "b", NDArray.scalar(b), "s", NDArray.scalar(s)))
                .getDouble();
    }
}
