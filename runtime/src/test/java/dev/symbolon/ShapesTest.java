package dev.symbolon;

import static dev.symbolon.T.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.ir.GraphException;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;
import org.junit.jupiter.api.Test;

/** Ranks of reductions, products and reshapes, and the axes they record. */
class ShapesTest {
    private final Matrix m = Matrix.input("m");
    private final Vector v = Vector.input("v");
    private final Tensor t = Tensor.input("t", DType.FLOAT64, 3);

    @Test
    void reductionsWithoutAnAxisReduceEverything() {
        Scalar s = t.sum();
        assertEquals(Op.SUM, s.node().op());
        assertArrayEquals(new int[] {0, 1, 2}, s.node().axes());
        assertEquals(Op.ARGMAX, argmax(m).node().op());
    }

    @Test
    void anAxisRemovesOneDimension() {
        Vector columns = m.sum(0);
        assertArrayEquals(new int[] {0}, columns.node().axes());
        assertArrayEquals(new int[] {1}, mean(m, -1).node().axes());
        assertEquals(0, v.max(0).node().rank());
        Tensor reduced = t.min(1);
        assertEquals(2, reduced.rank());
        assertArrayEquals(new int[] {1}, reduced.node().axes());
        assertEquals(1, t.sum(0).sum(0).rank());
    }

    @Test
    void anAxisOutOfRangeIsAGraphException() {
        GraphException e = assertThrows(GraphException.class, () -> m.sum(2));
        assertTrue(e.getMessage().contains("axis 2 is out of range"), e.getMessage());
    }

    @Test
    void dotForms() {
        Matrix w = Matrix.input("w");
        assertEquals(Op.DOT, dot(w, v).node().op());
        assertEquals(0, v.dot(v).node().rank());
        assertEquals(1, dot(v, w).node().rank());
        assertEquals(2, w.dot(m).node().rank());
        assertEquals(Op.OUTER, outer(v, v).node().op());
    }

    @Test
    void transposeAndReshape() {
        assertArrayEquals(new int[] {1, 0}, transpose(m).node().permutation());
        assertArrayEquals(new int[] {2, 0, 1}, t.transpose(2, 0, 1).node().permutation());
        assertArrayEquals(new int[] {-1}, m.reshape(-1).node().shape());
        assertArrayEquals(new int[] {3, -1}, reshape(v, 3, -1).node().shape());
        assertEquals(4, m.reshape(2, 1, 3, -1).rank());
    }

    @Test
    void softmaxAndLossesKeepOrDropTheClassAxis() {
        assertEquals(2, softmax(m).node().rank());
        assertEquals(1, logSoftmax(v).node().rank());
        assertEquals(1, categoricalCrossentropy(m, m).node().rank());
        assertEquals(0, categoricalCrossentropy(v, v).node().rank());
        assertEquals(1, binaryCrossentropy(v, v).node().rank());
    }

    @Test
    void broadcastingFollowsNumPy() {
        assertEquals(2, m.plus(v).node().rank());
        assertEquals(2, v.plus(m).node().rank());
        assertEquals(3, v.plus(t).rank());
        assertEquals(1, Scalar.input("s").plus(v).node().rank());
    }
}
