package dev.symbolon.internal.rewrite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How many transcendental functions per element the optimized graphs of two benchmark workloads
 * evaluate, and that the rewrites leave their values as the reference interpreter computes them on
 * the graphs as written: W1, a logistic-regression training step, and W3, an elementwise sum with
 * its gradient. Every transcendental op in these graphs is elementwise over the rows or elements,
 * so a count of nodes is a count per element.
 */
class TranscendentalCountTest {
    private static final List<Op> TRANSCENDENTAL = List.of(Op.EXP, Op.LOG, Op.LOG1P, Op.EXPM1, Op.SIGMOID,
            Op.SOFTPLUS, Op.TANH);

    @Test
    void logisticRegressionStepEvaluatesOneSigmoidAndOneSoftplusPerRow() {
        Node x = Graphs.matrix("x");
        Node y = Graphs.vector("y");
        Node w = GraphOps.shared("w", Type.of(DType.FLOAT64, 1));
        Node b = GraphOps.shared("b", Type.scalar(DType.FLOAT64));
        Node rate = Graphs.scalar("rate");
        Node l2 = Graphs.scalar("l2");
        Node z = GraphOps.add(GraphOps.dot(x, w), b);
        Node cost = GraphOps.add(
                GraphOps.reduce(Op.MEAN, GraphOps.binaryCrossentropy(GraphOps.unary(Op.SIGMOID, z), y), false),
                GraphOps.mul(GraphOps.sum(GraphOps.mul(w, w)), l2));
        List<Node> grads = Autodiff.grad(cost, List.of(w, b));
        List<Node> step = List.of(cost, GraphOps.sub(w, GraphOps.mul(grads.get(0), rate)),
                GraphOps.sub(b, GraphOps.mul(grads.get(1), rate)));
        List<Node> optimized = Optimizer.optimize(step);

        assertEquals(Map.of(Op.SIGMOID, 1, Op.SOFTPLUS, 1), transcendentals(optimized));
        // d cost/dz = sigmoid(z)/n - y/n, without the chains of negations autodiff wrote
        String bias = Graphs.show(optimized.get(2)).replace("add(dot(x, w), b)", "z")
                .replace("sub(softplus(z), mul(y, z))", "bce").replace("div(broadcastLike[0](1, bce), size[0](bce))", "g");
        assertEquals("sub(b, mul(sum[0](sub(mul(g, sigmoid(z)), mul(g, y))), rate))", bias);

        SplittableRandom random = new SplittableRandom(7);
        int n = 50;
        int features = 6;
        double[][] xs = new double[n][features];
        double[] ys = new double[n];
        double[] w0 = new double[features];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < features; j++) {
                xs[i][j] = 3 * random.nextGaussian();
            }
            ys[i] = random.nextBoolean() ? 1 : 0;
        }
        for (int j = 0; j < features; j++) {
            w0[j] = random.nextGaussian();
        }
        Map<String, NDArray> leaves = Map.of("x", NDArray.of(xs), "y", NDArray.of(ys), "w", NDArray.of(w0),
                "b", NDArray.scalar(0.25), "rate", NDArray.scalar(0.1), "l2", NDArray.scalar(0.01));
        assertSameValues(step, optimized, leaves, 1e-14);
    }

    @Test
    void elementwiseSumAndGradientEvaluateTwoExpAndOneLog1pPerElement() {
        Node x = Graphs.vector("x");
        Node y = Graphs.vector("y");
        Node s = GraphOps.sum(GraphOps.add(GraphOps.mul(GraphOps.unary(Op.SIGMOID, x), y),
                GraphOps.unary(Op.LOG1P, GraphOps.unary(Op.EXP, GraphOps.neg(GraphOps.unary(Op.ABS, x))))));
        List<Node> written = List.of(s, Autodiff.grad(s, x));
        List<Node> optimized = Optimizer.optimize(written);

        // sigmoid(x) for the value and its gradient; exp(-|x|) for log1p and for the gradient's sigmoid(-|x|)
        assertEquals(Map.of(Op.SIGMOID, 1, Op.EXP, 1, Op.LOG1P, 1), transcendentals(optimized));

        double[] xs = {-800, -40, -3, -0.5, -0.0, 0.0, 1e-300, 0.5, 3, 40, 800};
        double[] ys = new double[xs.length];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < ys.length; i++) {
            ys[i] = random.nextGaussian();
        }
        assertSameValues(written, optimized, Map.of("x", NDArray.of(xs), "y", NDArray.of(ys)), 0);
    }

    private static Map<Op, Integer> transcendentals(List<Node> roots) {
        Map<Op, Integer> counts = new EnumMap<>(Op.class);
        for (Node node : TopologicalOrder.of(roots)) {
            if (TRANSCENDENTAL.contains(node.op())) {
                counts.merge(node.op(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Each output of {@code optimized} against the same of {@code written}, relative to its largest magnitude. */
    private static void assertSameValues(List<Node> written, List<Node> optimized, Map<String, NDArray> leaves,
            double tolerance) {
        List<NDArray> expected = Interpreter.evaluate(written, leaf -> leaves.get(leaf.name()));
        List<NDArray> actual = Interpreter.evaluate(optimized, leaf -> leaves.get(leaf.name()));
        for (int i = 0; i < expected.size(); i++) {
            double[] e = expected.get(i).toDoubleArray();
            double scale = 0;
            for (double v : e) {
                scale = Math.max(scale, Math.abs(v));
            }
            assertArrayEquals(e, actual.get(i).toDoubleArray(), tolerance * scale, "output " + i);
        }
    }
}
