package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.logistic;
import static dev.symbolon.internal.rewrite.Graphs.matrix;
import static dev.symbolon.internal.rewrite.Graphs.optimized;
import static dev.symbolon.internal.rewrite.Graphs.show;
import static dev.symbolon.internal.rewrite.Graphs.values;
import static dev.symbolon.internal.rewrite.Graphs.vector;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.NDArray;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The crossentropies are composites of logs, so the log rules make them stable. */
class CrossentropyStabilityTest {
    private static final String STABLE_BCE = "neg(add(mul(t, neg(softplus(neg(z)))), mul(sub(1, t), neg(softplus(z)))))";

    @Test
    void binaryCrossentropyOfSigmoidUsesSoftplus() {
        Node before = GraphOps.binaryCrossentropy(GraphOps.unary(Op.SIGMOID, vector("z")), vector("t"));
        Node after = optimized(before);
        assertEquals(STABLE_BCE, show(after));
        var inputs = Map.of("z", NDArray.of(new double[] {800, -800, 0}), "t", NDArray.of(new double[] {0, 1, 1}));
        double[] wrong = values(before, inputs);
        assertEquals(Double.POSITIVE_INFINITY, wrong[0]);
        assertEquals(Double.POSITIVE_INFINITY, wrong[1]);
        assertArrayEquals(new double[] {800, 800, Math.log(2)}, values(after, inputs), 1e-12);
    }

    @Test
    void binaryCrossentropyOfWrittenOutLogisticUsesSoftplus() {
        Node before = GraphOps.binaryCrossentropy(logistic(vector("z")), vector("t"));
        assertEquals(STABLE_BCE, show(optimized(before)));
    }

    @Test
    void categoricalCrossentropyOfSoftmaxUsesLogSoftmax() {
        Node before = GraphOps.categoricalCrossentropy(GraphOps.softmax(Op.SOFTMAX, matrix("z")), matrix("t"));
        Node after = optimized(before);
        assertEquals("neg(sum[1](mul(t, logSoftmax(z))))", show(after));
        var inputs = Map.of("z", NDArray.of(new double[][] {{0, -1000}, {1, 2}}),
                "t", NDArray.of(new double[][] {{0, 1}, {1, 0}}));
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, Math.log1p(Math.exp(1))},
                values(before, inputs), 1e-12);
        assertArrayEquals(new double[] {1000, Math.log1p(Math.exp(1))}, values(after, inputs), 1e-12);
    }
}
