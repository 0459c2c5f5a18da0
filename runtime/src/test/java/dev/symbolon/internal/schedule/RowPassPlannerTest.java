package dev.symbolon.internal.schedule;

import static dev.symbolon.internal.ir.GraphOps.add;
import static dev.symbolon.internal.ir.GraphOps.binaryCrossentropy;
import static dev.symbolon.internal.ir.GraphOps.constant;
import static dev.symbolon.internal.ir.GraphOps.dot;
import static dev.symbolon.internal.ir.GraphOps.mul;
import static dev.symbolon.internal.ir.GraphOps.reduce;
import static dev.symbolon.internal.ir.GraphOps.sub;
import static dev.symbolon.internal.ir.GraphOps.unary;
import static dev.symbolon.runtime.DType.FLOAT64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.internal.rewrite.Optimizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which products, loops and gradients' products of a schedule become one pass over a matrix's rows. */
class RowPassPlannerTest {
    private static final Node X = GraphOps.input("x", Type.of(FLOAT64, 2));
    private static final Node X2 = GraphOps.input("x2", Type.of(FLOAT64, 2));
    private static final Node Y = GraphOps.input("y", Type.of(FLOAT64, 1));
    private static final Node W = GraphOps.shared("w", Type.of(FLOAT64, 1));
    private static final Node B = GraphOps.shared("b", Type.of(FLOAT64, 0));

    @Test
    void theLogisticStepIsOnePassWithNoProductLeft() {
        Node cost = reduce(Op.MEAN, binaryCrossentropy(unary(Op.SIGMOID, add(dot(X, W), B)), Y), false);
        List<Node> grads = Autodiff.grad(cost, List.of(W, B));
        Node rate = constant(0.1, FLOAT64);
        List<Node> roots = Optimizer.optimize(List.of(cost, sub(W, mul(rate, grads.get(0))),
                sub(B, mul(rate, grads.get(1)))));
        List<Node> order = TopologicalOrder.of(roots);
        List<EmissionStep> before = FusionPlanner.plan(order, roots);
        assertEquals(2, products(before), "matVec and vecMat before: " + before);

        List<EmissionStep> steps = RowPassPlanner.plan(before, roots);

        List<RowPass> passes = steps.stream().filter(s -> s instanceof RowPass).map(s -> (RowPass) s).toList();
        assertEquals(1, passes.size(), steps.toString());
        assertEquals(0, products(steps), steps.toString());
        RowPass pass = passes.get(0);
        assertSame(X, pass.matrix());
        assertSame(X, pass.gradient().input(1));
        assertEquals(2, pass.groups().size(), "the loss's loop and the residual's loop: " + pass.groups());
        assertEquals(List.of(), List.copyOf(pass.materialized()), "no per-row value is read after the pass");
        assertTrue(pass.hoisted().stream().allMatch(s -> s.nodes().get(0).op() == Op.SIZE),
                "the mean's size is computed before the loop: " + pass.hoisted());
        assertEquals(order.size(), nodes(steps).size(), "every node is computed once");
    }

    @Test
    void aGradientOfAnotherMatrixIsNoPass() {
        Node z = dot(X, W);
        Node g = dot(sub(unary(Op.SIGMOID, z), Y), X2);
        assertEquals(0, passes(List.of(g)));
    }

    @Test
    void aGradientWhoseVectorDoesNotReadTheProductIsNoPass() {
        Node z = dot(X, W);
        Node g = dot(mul(Y, Y), X);
        assertEquals(0, passes(List.of(reduce(Op.SUM, unary(Op.EXP, z), false), g)));
    }

    @Test
    void aRowValueThatAWholeArrayOpNeedsBeforeTheGradientIsNoPass() {
        Node z = dot(X, W);
        Node g = dot(mul(z, unary(Op.SIGMOID, GraphOps.softmax(Op.SOFTMAX, z))), X);
        assertEquals(0, passes(List.of(g)));
    }

    @Test
    void aResidualThatReadsTheMeanOfTheProductIsNoPass() {
        Node z = unary(Op.TANH, dot(X, W));
        Node g = dot(sub(z, reduce(Op.MEAN, z, false)), X);
        assertEquals(0, passes(List.of(g)));
    }

    @Test
    void theProductAndAResidualReadAfterThePassKeepTheirArrays() {
        Node z = dot(X, W);
        Node r = mul(unary(Op.TANH, z), Y);
        Node g = dot(r, X);
        List<Node> roots = List.of(g, z, reduce(Op.MAX, r, false));
        List<EmissionStep> steps = RowPassPlanner.plan(FusionPlanner.plan(TopologicalOrder.of(roots), roots), roots);
        RowPass pass = (RowPass) steps.stream().filter(s -> s instanceof RowPass).findFirst().orElseThrow();
        assertTrue(pass.materialized().contains(z));
        assertTrue(pass.materialized().contains(r));
        assertEquals(2, pass.materialized().size());
    }

    private static int passes(List<Node> roots) {
        List<EmissionStep> steps = RowPassPlanner.plan(FusionPlanner.plan(TopologicalOrder.of(roots), roots), roots);
        return (int) steps.stream().filter(s -> s instanceof RowPass).count();
    }

    private static long products(List<EmissionStep> steps) {
        return steps.stream().filter(s -> s instanceof EmissionStep.Single single && single.node().op() == Op.DOT)
                .count();
    }

    private static List<Node> nodes(List<EmissionStep> steps) {
        List<Node> nodes = new ArrayList<>();
        for (EmissionStep step : steps) {
            nodes.addAll(step.nodes());
            if (step instanceof RowPass pass) {
                pass.hoisted().forEach(h -> nodes.addAll(h.nodes()));
            }
        }
        return nodes;
    }
}
