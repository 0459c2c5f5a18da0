package dev.symbolon.internal.autodiff;

import dev.symbolon.Handles;
import dev.symbolon.internal.access.Internals;
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
        Matrix w = Handles.matrix("w", DType.FLOAT32);
        Vector b = Handles.vector("b", DType.FLOAT32);
        Vector x = Handles.vector("x", DType.FLOAT32);
        Scalar cost = sum(sigmoid(w.dot(x).plus(b)));
        Matrix gw = grad(cost, w);
        Vector gb = grad(cost, b);
        assertEquals(Internals.node(w).type(), Internals.node(gw).type());
        assertEquals(Internals.node(b).type(), Internals.node(gb).type());
        Tensor t = Handles.tensor("t", DType.FLOAT64, 3);
        assertEquals(Internals.node(t).type(), Internals.node(grad(t.square().mean(), t)).type());
    }

    @Test
    void aGradientCanBeDifferentiatedAgain() {
        Scalar x = Handles.scalar("x");
        Scalar slope = grad(x.sigmoid(), x);
        Scalar curvature = grad(slope, x);
        assertEquals(Internals.node(x).type(), Internals.node(curvature).type());
    }

    @Test
    void aNonScalarCostIsRejectedWithItsType() {
        Vector v = Handles.vector("v");
        GraphException e = assertThrows(GraphException.class, () -> grad(v.exp(), v));
        assertTrue(e.getMessage().contains("grad needs a scalar cost"), e.getMessage());
        assertTrue(e.getMessage().contains("Vector float64[?]"), e.getMessage());
    }

    @Test
    void gradOfPlainDoublesOnlyHasMeaningWhenCompiled() {
        var e = assertThrows(UnsupportedOperationException.class, () -> grad(1.0, 2.0));
        assertTrue(e.getMessage().contains("@Symbolic"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> grad(Handles.scalar("c"), 2.0));
    }
}
