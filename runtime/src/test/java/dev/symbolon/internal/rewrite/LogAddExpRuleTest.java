package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.exp;
import static dev.symbolon.internal.rewrite.Graphs.log;
import static dev.symbolon.internal.rewrite.Graphs.optimized;
import static dev.symbolon.internal.rewrite.Graphs.scalar;
import static dev.symbolon.internal.rewrite.Graphs.show;
import static dev.symbolon.internal.rewrite.Graphs.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.runtime.NDArray;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogAddExpRuleTest {
    @Test
    void logOfSumOfTwoExpsIsLogAddExp() {
        Node before = log(GraphOps.add(exp(scalar("a")), exp(scalar("b"))));
        Node after = optimized(before);
        assertEquals("add(where(ge(a, b), a, b), softplus(where(where(ne(sub(where(ge(a, b), b, a), where(ge(a, b), a, b)), "
                + "sub(where(ge(a, b), b, a), where(ge(a, b), a, b))), eq(where(ge(a, b), a, b), where(ge(a, b), b, a)), 0), 0, "
                + "sub(where(ge(a, b), b, a), where(ge(a, b), a, b)))))", show(after));
        var large = Map.of("a", NDArray.scalar(1000.0), "b", NDArray.scalar(1000.0));
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY}, values(before, large));
        assertArrayEquals(new double[] {1000 + Math.log(2)}, values(after, large));
        var small = Map.of("a", NDArray.scalar(-1000.0), "b", NDArray.scalar(-1001.0));
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY}, values(before, small));
        assertArrayEquals(new double[] {-1000 + Math.log1p(Math.exp(-1))}, values(after, small), 1e-12);
    }

    @Test
    void equalInfinitiesGiveThatInfinityAsWrittenOut() {
        Node before = log(GraphOps.add(exp(scalar("a")), exp(scalar("b"))));
        Node after = optimized(before);
        for (double infinity : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            var both = Map.of("a", NDArray.scalar(infinity), "b", NDArray.scalar(infinity));
            assertArrayEquals(values(before, both), values(after, both));
            assertArrayEquals(new double[] {infinity}, values(after, both));
        }
        var nan = Map.of("a", NDArray.scalar(Double.NaN), "b", NDArray.scalar(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(values(after, nan)[0]));
    }

    @Test
    void aTieSplitsTheGradientEvenlyAsWrittenOut() {
        // d/da log(e^a + e^b) = e^a / (e^a + e^b), which is 1/2 where a = b
        Node a = scalar("a");
        Node b = scalar("b");
        Node cost = log(GraphOps.add(exp(a), exp(b)));
        var tie = Map.of("a", NDArray.scalar(0.0), "b", NDArray.scalar(0.0));
        assertArrayEquals(new double[] {0.5}, values(Autodiff.grad(cost, a), tie));
        assertArrayEquals(new double[] {0.5}, values(Autodiff.grad(cost, b), tie));
        var apart = Map.of("a", NDArray.scalar(1.0), "b", NDArray.scalar(-2.0));
        assertArrayEquals(new double[] {1 / (1 + Math.exp(-3))}, values(Autodiff.grad(cost, a), apart), 1e-15);
        assertArrayEquals(new double[] {1 / (1 + Math.exp(3))}, values(Autodiff.grad(cost, b), apart), 1e-15);
    }
}
