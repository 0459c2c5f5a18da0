package dev.symbolon.graph.rewrite;

import static dev.symbolon.graph.rewrite.Graphs.at;
import static dev.symbolon.graph.rewrite.Graphs.exp;
import static dev.symbolon.graph.rewrite.Graphs.literal;
import static dev.symbolon.graph.rewrite.Graphs.log;
import static dev.symbolon.graph.rewrite.Graphs.matrix;
import static dev.symbolon.graph.rewrite.Graphs.optimized;
import static dev.symbolon.graph.rewrite.Graphs.scalar;
import static dev.symbolon.graph.rewrite.Graphs.show;
import static dev.symbolon.graph.rewrite.Graphs.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.graph.GraphOps;
import dev.symbolon.graph.Node;
import dev.symbolon.graph.Type;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.interpreter.Interpreter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of the canonicalize phase: identities, negation, x-x and log(exp x). */
class CanonicalizationTest {
    @Test
    void neutralElementsDisappear() {
        Node x = scalar("x");
        Node one = literal(1, x);
        Node zero = literal(0, x);
        for (Node before : new Node[] {GraphOps.mul(x, one), GraphOps.mul(one, x), GraphOps.add(x, zero),
                GraphOps.add(zero, x), GraphOps.sub(x, zero), GraphOps.div(x, one)}) {
            assertEquals("x", show(optimized(before)), show(before));
        }
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
        assertEquals("neg(x)", show(optimized(GraphOps.sub(literal(0, x), x))));
        assertEquals("x", show(optimized(GraphOps.neg(GraphOps.neg(x)))));
        assertEquals("x", show(optimized(GraphOps.neg(GraphOps.sub(literal(0, x), x)))));
    }

    @Test
    void selfSubtractionIsZerosOfTheSameShape() {
        Node m = matrix("m");
        Node before = GraphOps.sub(m, m);
        Node after = optimized(before);
        assertEquals("broadcastLike(0, m)", show(after));
        assertEquals(before.type(), after.type());
        var input = Map.of("m", NDArray.of(new double[][] {{1, 2, 3}, {4, 5, 6}}));
        assertArrayEquals(new int[] {2, 3}, Interpreter.evaluate(after, input).shape());
        assertArrayEquals(new double[6], values(after, input));
        Node x = scalar("x");
        assertEquals("0", show(optimized(GraphOps.sub(x, x))));
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
