package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.at;
import static dev.symbolon.internal.rewrite.Graphs.exp;
import static dev.symbolon.internal.rewrite.Graphs.literal;
import static dev.symbolon.internal.rewrite.Graphs.log;
import static dev.symbolon.internal.rewrite.Graphs.logistic;
import static dev.symbolon.internal.rewrite.Graphs.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.ir.GraphException;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import org.junit.jupiter.api.Test;

/** Autodiff differentiates the stabilized cost, so gradients are as stable as values. */
class StableGradientTest {
    @Test
    void gradientOfLogOfWrittenOutLogisticIsFiniteFarOut() {
        Node x = scalar("x");
        Node cost = log(logistic(x));
        Node g = Autodiff.grad(cost, x);
        // d/dx log(sigmoid x) = 1 - sigmoid(x), which is 1 at -800; written out it is 0 * inf = NaN
        assertEquals(1.0, at(g, "x", -800));
        assertEquals(1 - 1 / (1 + Math.exp(-2)), at(g, "x", 2), 1e-15);
    }

    @Test
    void gradientOfWrittenOutLogisticIsZeroNotNaNFarOut() {
        Node x = scalar("x");
        assertEquals(0.0, at(Autodiff.grad(logistic(x), x), "x", -800));
    }

    @Test
    void intermediateWrtIsNotMergedIntoARewrite() {
        // cost = log(1 + w) + w with w = exp(z): dcost/dw = 1/(1+w) + 1, although
        // log(1 + exp z) alone would become softplus(z) and hide w
        Node z = scalar("z");
        Node w = exp(z);
        Node cost = GraphOps.add(log(GraphOps.add(literal(1, w), w)), w);
        assertEquals(1.5, at(Autodiff.grad(cost, w), "z", 0), 1e-15);
        assertEquals(0.5 + 1, at(Autodiff.grad(cost, z), "z", 0), 1e-15);
    }

    @Test
    void wrtTheCostDoesNotUseIsStillAnError() {
        Node x = scalar("x");
        assertThrows(GraphException.class, () -> Autodiff.grad(log(logistic(x)), scalar("unused")));
    }
}
