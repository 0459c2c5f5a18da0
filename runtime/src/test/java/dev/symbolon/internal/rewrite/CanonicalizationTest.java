package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.at;
import static dev.symbolon.internal.rewrite.Graphs.exp;
import static dev.symbolon.internal.rewrite.Graphs.literal;
import static dev.symbolon.internal.rewrite.Graphs.log;
import static dev.symbolon.internal.rewrite.Graphs.optimized;
import static dev.symbolon.internal.rewrite.Graphs.scalar;
import static dev.symbolon.internal.rewrite.Graphs.show;
import static dev.symbolon.internal.rewrite.Graphs.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of the canonicalize phase: identities, negation, x-x and log(exp x), and the IEEE values they keep. */
class CanonicalizationTest {
    @Test
    void neutralElementsDisappear() {
        Node x = scalar("x");
        Node one = literal(1, x);
        Node zero = literal(0, x);
        Node minusZero = literal(-0.0, x);
        for (Node before : new Node[] {GraphOps.mul(x, one), GraphOps.mul(one, x), GraphOps.add(x, minusZero),
                GraphOps.add(minusZero, x), GraphOps.sub(x, zero), GraphOps.div(x, one)}) {
            Node after = optimized(before);
            assertEquals("x", show(after), show(before));
            for (double v : new double[] {-0.0, 0.0, 2.5, Double.NaN, Double.POSITIVE_INFINITY}) {
                assertEquals(at(before, "x", v), at(after, "x", v), show(before) + " at " + v);
            }
        }
    }

    @Test
    void floatPlusZeroKeepsTheSignOfMinusZero() {
        Node x = scalar("x");
        for (Node before : new Node[] {GraphOps.add(x, literal(0, x)), GraphOps.add(literal(0, x), x),
                GraphOps.sub(x, literal(-0.0, x))}) {
            Node after = optimized(before);
            assertEquals(show(before), show(after));
            assertEquals(0.0, at(after, "x", -0.0), "-0.0 + 0.0 is +0.0, which x itself would not be");
        }
    }

    @Test
    void integerPlusZeroDisappears() {
        Node i = GraphOps.input("i", Type.scalar(DType.INT64));
        assertEquals("i", show(optimized(GraphOps.add(i, GraphOps.literalFor(0, false, i)))));
        assertEquals("i", show(optimized(GraphOps.add(GraphOps.literalFor(0, false, i), i))));
        assertEquals("i", show(optimized(GraphOps.sub(i, GraphOps.literalFor(0, false, i)))));
    }

    @Test
    void timesZeroIsKeptForNaNAndInfinity() {
        Node x = scalar("x");
        Node before = GraphOps.mul(x, literal(0, x));
        Node after = optimized(before);
        assertEquals("mul(x, 0)", show(after));
        assertEquals(Double.NaN, at(after, "x", Double.POSITIVE_INFINITY));
        assertEquals(-0.0, at(after, "x", -3));
    }

    @Test
    void neutralElementKeepsThePromotingCast() {
        Node i = GraphOps.input("i", Type.of(DType.INT32, 2));
        Node before = GraphOps.mul(i, literal(1, i));
        assertEquals("mul(cast<float64>(i), 1)", show(before));
        Node after = optimized(before);
        assertEquals("cast<float64>(i)", show(after));
        assertEquals(before.type(), after.type());
    }

    @Test
    void negationTakesOneForm() {
        Node x = scalar("x");
        Node before = GraphOps.sub(literal(-0.0, x), x);
        assertEquals("neg(x)", show(optimized(before)));
        for (double v : new double[] {-0.0, 0.0, 2.5, Double.NaN, Double.NEGATIVE_INFINITY}) {
            assertEquals(at(before, "x", v), at(optimized(before), "x", v), "at " + v);
        }
        assertEquals("x", show(optimized(GraphOps.neg(GraphOps.neg(x)))));
        Node i = GraphOps.input("i", Type.scalar(DType.INT32));
        assertEquals("neg(i)", show(optimized(GraphOps.sub(GraphOps.literalFor(0, false, i), i))));
    }

    @Test
    void floatZeroMinusXKeepsThePositiveZero() {
        Node x = scalar("x");
        Node before = GraphOps.sub(literal(0, x), x);
        Node after = optimized(before);
        assertEquals("sub(0, x)", show(after));
        assertEquals(0.0, at(after, "x", 0.0), "0.0 - 0.0 is +0.0, where -x would be -0.0");
    }

    @Test
    void integerSelfSubtractionIsZerosOfTheSameShape() {
        Node m = GraphOps.input("m", Type.of(DType.INT64, 2));
        Node before = GraphOps.sub(m, m);
        Node after = optimized(before);
        assertEquals("broadcastLike(0, m)", show(after));
        assertEquals(before.type(), after.type());
        var input = Map.of("m", NDArray.wrap(new long[] {1, 2, 3, 4, 5, 6}, 2, 3));
        assertArrayEquals(new int[] {2, 3}, Interpreter.evaluate(after, input).shape());
        assertArrayEquals(new double[6], values(after, input));
        Node i = GraphOps.input("i", Type.scalar(DType.INT32));
        assertEquals("0", show(optimized(GraphOps.sub(i, i))));
    }

    @Test
    void floatSelfSubtractionIsKeptForNaNAndInfinity() {
        Node x = scalar("x");
        Node before = GraphOps.sub(x, x);
        Node after = optimized(before);
        assertEquals("sub(x, x)", show(after));
        assertEquals(Double.NaN, at(after, "x", Double.NaN));
        assertEquals(Double.NaN, at(after, "x", Double.POSITIVE_INFINITY));
        assertEquals(0.0, at(after, "x", 4));
    }

    @Test
    void logOfExpIsTheArgument() {
        Node before = log(exp(scalar("x")));
        Node after = optimized(before);
        assertEquals("x", show(after));
        assertEquals(Double.POSITIVE_INFINITY, at(before, "x", 800));
        assertEquals(800.0, at(after, "x", 800));
    }

    @Test
    void expOfLogIsKept() {
        Node before = exp(log(scalar("x")));
        assertEquals("exp(log(x))", show(optimized(before)));
    }
}
