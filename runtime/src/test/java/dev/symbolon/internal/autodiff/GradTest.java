package dev.symbolon.internal.autodiff;

import static dev.symbolon.T.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.Matrix;
import dev.symbolon.Scalar;
import dev.symbolon.T;
import dev.symbolon.Tensor;
import dev.symbolon.Vector;
import dev.symbolon.internal.ir.GraphException;
import dev.symbolon.runtime.DType;
import org.junit.jupiter.api.Test;

class GradTest {
    @Test
    void theGradientHasTheTypeOfWrt() {
        Matrix w = Matrix.input("w", DType.FLOAT32);
        Vector b = Vector.input("b", DType.FLOAT32);
        Vector x = Vector.input("x", DType.FLOAT32);
        Scalar cost = sum(sigmoid(w.dot(x).plus(b)));
        Matrix gw = grad(cost, w);
        Vector gb = grad(cost, b);
        assertEquals(w.node().type(), gw.node().type());
        assertEquals(b.node().type(), gb.node().type());
        Tensor t = Tensor.input("t", DType.FLOAT64, 3);
        assertEquals(t.node().type(), grad(t.square().mean(), t).node().type());
    }

    @Test
    void aGradientCanBeDifferentiatedAgain() {
        Scalar x = Scalar.input("x");
        Scalar slope = grad(x.sigmoid(), x);
        Scalar curvature = grad(slope, x);
        assertEquals(x.node().type(), curvature.node().type());
    }

    @Test
    void aNonScalarCostIsRejectedWithItsType() {
        Vector v = Vector.input("v");
        GraphException e = assertThrows(GraphException.class, () -> grad(v.exp(), v));
        assertTrue(e.getMessage().contains("grad needs a scalar cost"), e.getMessage());
        assertTrue(e.getMessage().contains("Vector float64[?]"), e.getMessage());
    }

    @Test
    void gradOfPlainDoublesOnlyHasMeaningWhenCompiled() {
        var e = assertThrows(UnsupportedOperationException.class, () -> grad(1.0, 2.0));
        assertTrue(e.getMessage().contains("@Symbolic"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> grad(Scalar.input("c"), 2.0));
    }
}
