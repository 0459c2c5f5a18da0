package dev.symbolon.graph.rewrite;

import static dev.symbolon.graph.rewrite.Graphs.at;
import static dev.symbolon.graph.rewrite.Graphs.exp;
import static dev.symbolon.graph.rewrite.Graphs.literal;
import static dev.symbolon.graph.rewrite.Graphs.log;
import static dev.symbolon.graph.rewrite.Graphs.logistic;
import static dev.symbolon.graph.rewrite.Graphs.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.symbolon.graph.Autodiff;
import dev.symbolon.graph.GraphException;
import dev.symbolon.graph.GraphOps;
import dev.symbolon.graph.Node;
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
