package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.exp;
import static dev.symbolon.internal.rewrite.Graphs.literal;
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

class LogSumExpRuleTest {
    private static final double LN2 = Math.log(2);

    @Test
    void logSumExpOfVectorShiftsByTheMaximum() {
        Node before = log(GraphOps.sum(exp(vector("v"))));
        Node after = optimized(before);
        String m = "where(eq(abs(supremum[0]keep(v)), Infinity), 0, supremum[0]keep(v))";
        assertEquals("add(sum[0](" + m + "), log(sum[0](exp(sub(v, " + m + ")))))", show(after));
        assertEquals(before.type(), after.type());
        var v = Map.of("v", NDArray.of(new double[] {1000, 1000}));
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY}, values(before, v));
        assertArrayEquals(new double[] {1000 + LN2}, values(after, v));
    }

    @Test
    void allMinusInfinityGivesMinusInfinityNotNaN() {
        Node after = optimized(log(GraphOps.sum(exp(vector("v")))));
        var v = Map.of("v", NDArray.of(new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}));
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY}, values(after, v));
    }

    @Test
    void rowsOfMatrixWithKeepDims() {
        Node before = log(GraphOps.reduce(Op.SUM, exp(matrix("m")), true, 1));
        Node after = optimized(before);
        assertEquals(before.type(), after.type());
        assertEquals(Op.ADD, after.op());
        assertEquals(Op.WHERE, after.input(0).op(), "keepDims adds the kept maximum itself: " + show(after));
        var m = Map.of("m", NDArray.of(new double[][] {{1000, 1000}, {-1000, -1000}}));
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}, values(before, m));
        assertArrayEquals(new double[] {1000 + LN2, -1000 + LN2}, values(after, m), 1e-12);
    }

    @Test
    void columnsOfMatrixWithoutKeepDims() {
        Node before = log(GraphOps.sum(exp(matrix("m")), 0));
        Node after = optimized(before);
        assertEquals(before.type(), after.type());
        var m = Map.of("m", NDArray.of(new double[][] {{1000, -1000}, {1000, -1000}}));
        assertArrayEquals(new double[] {1000 + LN2, -1000 + LN2}, values(after, m), 1e-12);
    }

    @Test
    void literalMinusVectorTakesTheAxesOfTheDifference() {
        Node v = vector("v");
        Node before = log(GraphOps.sum(exp(GraphOps.sub(literal(1, v), v))));
        Node after = optimized(before);
        assertEquals(Op.ADD, after.op(), show(after));
        var input = Map.of("v", NDArray.of(new double[] {1000, 1000}));
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY}, values(before, input));
        assertArrayEquals(new double[] {-999 + LN2}, values(after, input), 1e-12);
    }

    @Test
    void everyBroadcastOfADifferenceIsShiftedOnce() {
        Node v = vector("v");
        Node m = matrix("m");
        var input = Map.of("v", NDArray.of(new double[] {1000, -1000}),
                "m", NDArray.of(new double[][] {{0, 0}, {0, 0}}));
        double lse = 1000 + Math.log1p(Math.exp(-2000));
        Node[] befores = {
            log(GraphOps.sum(exp(GraphOps.sub(v, literal(1, v))))),
            log(GraphOps.sum(exp(GraphOps.sub(v, m)))),
            log(GraphOps.sum(exp(GraphOps.sub(m, v)), 1)),
            log(GraphOps.sum(exp(GraphOps.sub(GraphOps.reduce(Op.SUM, m, true, 1), GraphOps.neg(v))), 1)),
        };
        double[][] expected = {{lse - 1}, {lse + LN2}, {lse, lse}, {lse, lse}};
        for (int i = 0; i < befores.length; i++) {
            Node after = optimized(befores[i]);
            assertEquals(befores[i].type(), after.type());
            assertArrayEquals(expected[i], values(after, input), 1e-9, show(befores[i]));
            assertEquals(after, optimized(after), "a second optimization leaves it: " + show(after));
        }
    }

    @Test
    void emptyAxisGivesMinusInfinityAsWritten() {
        Node m = matrix("m");
        var input = Map.of("m", NDArray.wrap(new double[0], 2, 0));
        double[] minusInfinities = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (boolean keepDims : new boolean[] {false, true}) {
            Node before = log(GraphOps.reduce(Op.SUM, exp(m), keepDims, 1));
            Node after = optimized(before);
            assertEquals(Op.ADD, after.op(), show(after));
            assertArrayEquals(minusInfinities, values(before, input));
            assertArrayEquals(minusInfinities, values(after, input));
        }
        Node everything = optimized(log(GraphOps.sum(exp(m))));
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY}, values(everything, input));
    }

    @Test
    void logSumExpFunctionIsStabilizedAlongAnAxisAndOverAll() {
        Node m = matrix("m");
        Node rows = GraphOps.logSumExp(m, 1);
        assertEquals("log(sum[1](exp(m)))", show(rows));
        var values = Map.of("m", NDArray.of(new double[][] {{1000, 1000, 999}, {-1000, -1001, -1002}}));
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}, values(rows, values));
        assertArrayEquals(new double[] {1000.8619948040582, -999.5923940355556}, values(optimized(rows), values),
                1e-12);
        assertArrayEquals(new double[] {1000.8619948040582}, values(optimized(GraphOps.logSumExp(m)), values), 1e-12);
    }
}
