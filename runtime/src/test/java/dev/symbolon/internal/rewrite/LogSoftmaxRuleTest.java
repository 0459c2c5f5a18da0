package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.log;
import static dev.symbolon.internal.rewrite.Graphs.matrix;
import static dev.symbolon.internal.rewrite.Graphs.optimized;
import static dev.symbolon.internal.rewrite.Graphs.show;
import static dev.symbolon.internal.rewrite.Graphs.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.IndexingOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogSoftmaxRuleTest {
    @Test
    void logOfSoftmaxIsLogSoftmax() {
        Node before = log(GraphOps.softmax(Op.SOFTMAX, matrix("z")));
        Node after = optimized(before);
        assertEquals("logSoftmax(z)", show(after));
        assertEquals(before.type(), after.type());
        var z = Map.of("z", NDArray.of(new double[][] {{0, -1000}}));
        assertArrayEquals(new double[] {0, Double.NEGATIVE_INFINITY}, values(before, z));
        assertArrayEquals(new double[] {0, -1000}, values(after, z));
    }

    @Test
    void logOfAPickOfSoftmaxIsThePickOfLogSoftmax() {
        Node labels = GraphOps.input("y", Type.of(DType.INT64, 2));
        Node before = log(IndexingOps.takeAlongAxis(GraphOps.softmax(Op.SOFTMAX, matrix("z")), labels, 1));
        Node after = optimized(before);
        assertEquals(Op.TAKE_ALONG_AXIS, after.op());
        assertEquals("logSoftmax(z)", show(after.input(0)));
        assertEquals(before.type(), after.type());
        // softmax underflows to 0 at -1000 next to 0 and 5, and at 0 and -5 next to 800
        var zy = Map.of("z", NDArray.of(new double[][] {{0, -1000, 5}, {800, 0, -5}}),
                "y", NDArray.of(new long[][] {{1}, {2}}));
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}, values(before, zy));
        assertArrayEquals(new double[] {-1005.0067153484891, -805.0}, values(after, zy), 1e-9);
    }

    @Test
    void theGradientOfTheNegativeLogLikelihoodOfLabelsIsSoftmaxMinusOneHot() {
        Node z = matrix("z");
        Node labels = GraphOps.input("y", Type.of(DType.INT64, 2));
        Node cost = GraphOps.neg(GraphOps.sum(log(IndexingOps.takeAlongAxis(GraphOps.softmax(Op.SOFTMAX, z),
                labels, 1))));
        Node grad = optimized(Autodiff.grad(cost, z));
        var zy = Map.of("z", NDArray.of(new double[][] {{0, -1000, 5}, {800, 0, -5}}),
                "y", NDArray.of(new long[][] {{1}, {2}}));
        assertArrayEquals(new double[] {0.006692850924284856, -1.0, 0.9933071490757153, 1.0, 0.0, -1.0},
                values(grad, zy), 1e-12);
    }
}
