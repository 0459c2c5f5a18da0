package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.logistic;
import static dev.symbolon.internal.rewrite.Graphs.matrix;
import static dev.symbolon.internal.rewrite.Graphs.optimized;
import static dev.symbolon.internal.rewrite.Graphs.show;
import static dev.symbolon.internal.rewrite.Graphs.values;
import static dev.symbolon.internal.rewrite.Graphs.vector;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
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

    @Test
    void categoricalCrossentropyOfIntegerLabelsPicksTheLogSoftmax() {
        Node labels = GraphOps.input("y", Type.of(DType.INT32, 1));
        Node before = GraphOps.categoricalCrossentropyOfLabels(GraphOps.softmax(Op.SOFTMAX, matrix("z")), labels);
        String mask = "eq(sub(cumsum[1](broadcastLike(1, softmax(z))), 1), cast<int64>(broadcastLike[1](y, softmax(z))))";
        assertEquals("neg(log(sum[1](where(" + mask + ", softmax(z), 0))))", show(before));
        Node after = optimized(before);
        assertTrue(show(after).contains("where(" + mask + ", logSoftmax(z), -Infinity)"),
                show(after));
        var inputs = Map.of("z", NDArray.of(new double[][] {{1000, 0, -1000}, {1, 2, 3}}),
                "y", NDArray.wrap(new int[] {2, 0}, 2));
        double expected = 2 + Math.log1p(Math.exp(-1) + Math.exp(-2));
        // softmax(z)[0, 2] = exp(-2000) underflows to 0, and -log 0 is +inf; -logSoftmax(z)[0, 2] is 2000
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, expected}, values(before, inputs), 1e-12);
        assertArrayEquals(new double[] {2000, expected}, values(after, inputs), 1e-12);
    }

    @Test
    void maskedSumOfSoftmaxOverSeveralPositionsKeepsItsValue() {
        Node z = matrix("z");
        Node mask = GraphOps.compare(Op.GT, matrix("m"), GraphOps.constant(0, DType.FLOAT64));
        Node before = GraphOps.unary(Op.LOG, GraphOps.sum(GraphOps.where(mask, GraphOps.softmax(Op.SOFTMAX, z),
                GraphOps.constant(0, DType.FLOAT64)), 1));
        var inputs = Map.of("z", NDArray.of(new double[][] {{1, 2, 3}, {0, 0, 0}}),
                "m", NDArray.of(new double[][] {{1, 0, 1}, {0, 1, 1}}));
        assertArrayEquals(values(before, inputs), values(optimized(before), inputs), 1e-15);
        assertArrayEquals(new double[] {Math.log((Math.E + Math.exp(3)) / (Math.E + Math.exp(2) + Math.exp(3))),
            Math.log(2 / 3.0)}, values(optimized(before), inputs), 1e-15);
    }
}
