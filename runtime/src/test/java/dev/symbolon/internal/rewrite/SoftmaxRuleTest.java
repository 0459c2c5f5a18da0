package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.exp;
import static dev.symbolon.internal.rewrite.Graphs.log;
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

class SoftmaxRuleTest {
    private static final double HALF = 0.5;

    @Test
    void expOverItsSumIsSoftmax() {
        Node e = exp(vector("v"));
        Node before = GraphOps.div(e, GraphOps.sum(e));
        Node after = optimized(before);
        assertEquals("softmax(v)", show(after));
        assertEquals(before.type(), after.type());
        var v = Map.of("v", NDArray.of(new double[] {1000, 1000}));
        assertArrayEquals(new double[] {Double.NaN, Double.NaN}, values(before, v));
        assertArrayEquals(new double[] {HALF, HALF}, values(after, v));
    }

    @Test
    void rowsThroughAReshapeThatKeepsTheSummedAxis() {
        Node e = exp(matrix("m"));
        Node before = GraphOps.div(e, GraphOps.reshape(GraphOps.sum(e, 1), -1, 1));
        Node after = optimized(before);
        assertEquals("softmax(m)", show(after));
        var m = Map.of("m", NDArray.of(new double[][] {{1000, 1000}, {0, 0}, {-1000, -1000}}));
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, HALF, HALF, Double.NaN, Double.NaN}, values(before, m));
        assertArrayEquals(new double[] {HALF, HALF, HALF, HALF, HALF, HALF}, values(after, m));
    }

    @Test
    void rowsWithKeepDims() {
        Node e = exp(matrix("m"));
        Node after = optimized(GraphOps.div(e, GraphOps.reduce(Op.SUM, e, true, 1)));
        assertEquals("softmax(m)", show(after));
    }

    @Test
    void columnsBroadcastRightAlignedAreATransposedSoftmax() {
        Node e = exp(matrix("m"));
        Node before = GraphOps.div(e, GraphOps.sum(e, 0));
        Node after = optimized(before);
        assertEquals("transpose[1, 0](softmax(transpose[1, 0](m)))", show(after));
        assertEquals(before.type(), after.type());
        var m = Map.of("m", NDArray.of(new double[][] {{1000, 0}, {1000, 0}}));
        assertArrayEquals(new double[] {Double.NaN, HALF, Double.NaN, HALF}, values(before, m));
        assertArrayEquals(new double[] {HALF, HALF, HALF, HALF}, values(after, m));
    }

    @Test
    void allElementsOfAMatrixAreAFlattenedSoftmax() {
        Node e = exp(matrix("m"));
        Node before = GraphOps.div(e, GraphOps.sum(e));
        Node after = optimized(before);
        assertEquals("reshapeLike(softmax(reshape[-1](m)), m)", show(after));
        var m = Map.of("m", NDArray.of(new double[][] {{1000, 1000}, {1000, 1000}}));
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, values(after, m));
    }

    @Test
    void rowSumWithoutKeptAxisIsNotASoftmax() {
        // broadcast right-aligned, the row sums divide columns: not a softmax, and a shape error unless square
        Node e = exp(matrix("m"));
        Node before = GraphOps.div(e, GraphOps.sum(e, 1));
        assertEquals(show(before), show(optimized(before)));
    }

    @Test
    void logOfExpOverItsSumIsLogSoftmax() {
        Node e = exp(vector("v"));
        Node before = log(GraphOps.div(e, GraphOps.sum(e)));
        Node after = optimized(before);
        assertEquals("logSoftmax(v)", show(after));
        var v = Map.of("v", NDArray.of(new double[] {1000, 0}));
        assertArrayEquals(new double[] {Double.NaN, Double.NEGATIVE_INFINITY}, values(before, v));
        assertArrayEquals(new double[] {0, -1000}, values(after, v));
    }

    @Test
    void logOfATransposedSoftmaxIsATransposedLogSoftmax() {
        Node e = exp(matrix("m"));
        Node after = optimized(log(GraphOps.div(e, GraphOps.sum(e, 0))));
        assertEquals("transpose[1, 0](logSoftmax(transpose[1, 0](m)))", show(after));
        var m = Map.of("m", NDArray.of(new double[][] {{0, 1}, {-1000, 1}}));
        assertArrayEquals(new double[] {0, -Math.log(2), -1000, -Math.log(2)}, values(after, m), 1e-12);
    }
}
