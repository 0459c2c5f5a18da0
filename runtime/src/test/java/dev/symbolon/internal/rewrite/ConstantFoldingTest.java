package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.exp;
import static dev.symbolon.internal.rewrite.Graphs.optimized;
import static dev.symbolon.internal.rewrite.Graphs.scalar;
import static dev.symbolon.internal.rewrite.Graphs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import org.junit.jupiter.api.Test;

class ConstantFoldingTest {
    private static Node c(double v) {
        return GraphOps.constant(v, DType.FLOAT64);
    }

    @Test
    void scalarConstantSubexpressionsFold() {
        Node x = scalar("x");
        Node before = GraphOps.mul(x, GraphOps.add(exp(c(0)), GraphOps.binary(Op.POW, c(2), c(3))));
        assertEquals("mul(x, add(exp(0), pow(2, 3)))", show(before));
        assertEquals("mul(x, 9)", show(optimized(before)));
    }

    @Test
    void foldingExposesIdentities() {
        Node x = scalar("x");
        assertEquals("x", show(optimized(GraphOps.mul(x, exp(c(0))))));
    }

    @Test
    void comparisonsFoldToBool() {
        Node after = optimized(GraphOps.compare(Op.GT, c(2), c(1)));
        assertEquals("1", show(after));
        assertEquals(Type.scalar(DType.BOOL), after.type());
    }

    @Test
    void float32ResultsAreRoundedAsFloat32() {
        Node third = GraphOps.div(GraphOps.constant(1, DType.FLOAT32), GraphOps.constant(3, DType.FLOAT32));
        Node after = optimized(third);
        assertEquals(Type.scalar(DType.FLOAT32), after.type());
        assertEquals((double) (1f / 3f), after.value());
    }

    @Test
    void integerOverflowFoldsWrappingAsJavaAndDivisionByZeroIsLeftToRunTime() {
        Node max = GraphOps.constant(Integer.MAX_VALUE, DType.INT32);
        Node one = GraphOps.constant(1, DType.INT32);
        Node zero = GraphOps.constant(0, DType.INT32);
        Node overflow = GraphOps.add(max, one);
        assertEquals("add(2147483647, 1)", show(overflow));
        assertEquals("-2147483648", show(optimized(overflow)));
        assertEquals("rem(1, 0)", show(optimized(GraphOps.binary(Op.REM, one, zero))));
        assertEquals("quotient(1, 0)", show(optimized(GraphOps.quotient(one, zero))));
        // the sign of the dividend, as Java's %; MIN_VALUE / -1 wraps, as Java's /
        assertEquals("-3", show(optimized(GraphOps.binary(Op.REM, GraphOps.constant(-13, DType.INT32),
                GraphOps.constant(10, DType.INT32)))));
        assertEquals("-2147483648", show(optimized(GraphOps.quotient(GraphOps.constant(Integer.MIN_VALUE, DType.INT32),
                GraphOps.constant(-1, DType.INT32)))));
    }

    @Test
    void int64ConstantsBeyondDoublePrecisionFoldExactly() {
        Node big = GraphOps.constant(9007199254740993L, DType.INT64);
        Node before = GraphOps.sub(GraphOps.mul(big, GraphOps.constant(3, DType.INT64)), GraphOps.constant(1, DType.INT64));
        assertEquals("sub(mul(9007199254740993, 3), 1)", show(before));
        Node after = optimized(before);
        assertEquals("27021597764222978", show(after));
        assertEquals(9007199254740993L * 3 - 1, after.longValue());
        Node third = optimized(GraphOps.quotient(GraphOps.constant(Long.MAX_VALUE, DType.INT64),
                GraphOps.constant(3, DType.INT64)));
        assertEquals(Long.MAX_VALUE / 3, third.longValue());
        Node greater = optimized(GraphOps.compare(Op.GT, big, GraphOps.constant(9007199254740992L, DType.INT64)));
        assertEquals("1", show(greater));
    }

    @Test
    void aCastOfAnInt64ConstantConvertsAsJavaCastsALong() {
        Node big = GraphOps.constant(9007199254740993L, DType.INT64);
        assertEquals((int) 9007199254740993L, GraphOps.cast(big, DType.INT32).longValue());
        assertEquals((double) 9007199254740993L, GraphOps.cast(big, DType.FLOAT64).value());
        assertEquals((float) (Long.MAX_VALUE - 1), GraphOps.cast(GraphOps.constant(Long.MAX_VALUE - 1, DType.INT64),
                DType.FLOAT32).value());
    }
}
