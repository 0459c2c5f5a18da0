package dev.symbolon;

import static dev.symbolon.T.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import org.junit.jupiter.api.Test;

class SymbolicValueTest {
    @Test
    void ofPicksTheHandleOfTheNodesRank() {
        assertInstanceOf(Scalar.class, SymbolicValue.of(GraphOps.input("a", Type.of(DType.FLOAT64, 0))));
        assertInstanceOf(Vector.class, SymbolicValue.of(GraphOps.input("a", Type.of(DType.FLOAT64, 1))));
        assertInstanceOf(Matrix.class, SymbolicValue.of(GraphOps.input("a", Type.of(DType.FLOAT64, 2))));
        assertInstanceOf(Tensor.class, SymbolicValue.of(GraphOps.input("a", Type.of(DType.FLOAT64, 3))));
    }

    @Test
    void leavesHaveTheirNamesTypesAndOps() {
        assertEquals(Type.of(DType.FLOAT64, 1), Vector.input("x").node().type());
        assertEquals(Type.of(DType.INT32, 2), Matrix.input("x", DType.INT32).node().type());
        assertEquals(Type.of(DType.FLOAT32, 4), Tensor.input("x", DType.FLOAT32, 4).node().type());
        assertEquals(Op.SHARED, Matrix.shared("w", DType.FLOAT64).node().op());
        assertEquals("w", Matrix.shared("w", DType.FLOAT64).node().name());
        Scalar c = Scalar.constant(0.1, DType.FLOAT32);
        assertEquals(Op.CONSTANT, c.node().op());
        assertEquals((float) 0.1, c.node().value());
        assertEquals(DType.FLOAT64, Scalar.constant(2).node().type().dtype());
    }

    @Test
    void theSameExpressionTwiceIsTheSameNodeAndEqualHandles() {
        Matrix x = Matrix.input("x");
        Vector b = Vector.input("b");
        Matrix first = x.plus(b).sigmoid().times(2.0);
        Matrix second = sigmoid(add(x, b)).times(2.0);
        assertSame(first.node(), second.node());
        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertNotEquals(first, x.plus(b).tanh().times(2.0));
    }

    @Test
    void theHandlesBuildTheOpsTheyName() {
        Vector v = Vector.input("v");
        assertEquals(Op.NEG, v.unaryMinus().node().op());
        assertSame(v.neg().node(), v.unaryMinus().node());
        assertEquals(Op.SOFTPLUS, v.softplus().node().op());
        assertEquals(Op.MAXIMUM, v.maximum(0.0).node().op());
        assertEquals(Op.REM, v.rem(3.0).node().op());
        Matrix m = Matrix.input("m");
        assertEquals(Op.TRANSPOSE, m.T().node().op());
        assertSame(m.transpose().node(), m.T().node());
        assertEquals(Op.LOG_SOFTMAX, m.logSoftmax().node().op());
        assertEquals(Op.WHERE, where(m.gt(0.0), m, 0.0).node().op());
    }

    @Test
    void aLiteralOnTheLeftIsTheFirstOperand() {
        Vector v = Vector.input("v");
        Vector d = sub(1.0, v);
        assertEquals(Op.SUB, d.node().op());
        assertEquals(Op.CONSTANT, d.node().input(0).op());
        assertSame(v.node(), d.node().input(1));
    }

    @Test
    void toStringDescribesTheNode() {
        Vector v = Vector.input("v");
        assertEquals(v.node().describe(), v.toString());
        assertEquals("v float64[?]", v.toString().substring(0, "v float64[?]".length()));
    }
}
