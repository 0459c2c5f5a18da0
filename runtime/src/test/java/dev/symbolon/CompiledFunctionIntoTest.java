package dev.symbolon;

import static dev.symbolon.T.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.function.RuntimeFunction;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import dev.symbolon.runtime.SharedVariable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@code callInto}: a run-time function's outputs written into the caller's arrays, compiled and interpreted. */
class CompiledFunctionIntoTest {
    @Test
    void outputsAreWrittenIntoTheTargetsAndUpdatesApply() {
        forBothRunners(() -> {
            SharedVariable wState = SharedVariable.of("w", NDArray.of(new double[] {1, 2, 3}));
            Vector w = wState.vector();
            Vector x = vector("x");
            CompiledFunction f = function(List.of(x), List.of(w.sum(), w.times(x), x.plus(1.0)), Map.of(w, w.plus(x)));
            double[] backing = new double[7];
            NDArray product = NDArray.zeros(DType.FLOAT64, 3);
            NDArray shifted = NDArray.view(backing, 2, 3);
            List<NDArray> out = f.callInto(Arrays.asList(null, product, shifted), NDArray.of(new double[] {2, 3, 4}));
            assertEquals(6.0, out.get(0).getDouble());
            assertSame(product, out.get(1));
            assertSame(shifted, out.get(2));
            assertArrayEquals(new double[] {2, 6, 12}, product.toDoubleArray());
            assertArrayEquals(new double[] {0, 0, 3, 4, 5, 0, 0}, backing);
            assertArrayEquals(new double[] {3, 5, 7}, wState.getValue().toDoubleArray());
            return null;
        });
    }

    @Test
    void aTargetOfAnotherShapeThrowsBeforeAnyUpdate() {
        forBothRunners(() -> {
            SharedVariable wState = SharedVariable.of("w", NDArray.of(new double[] {1, 2, 3}));
            Vector w = wState.vector();
            Vector x = vector("x");
            CompiledFunction f = function(List.of(x), List.of(w.times(x)), Map.of(w, w.plus(x)));
            ShapeException e = assertThrows(ShapeException.class, () -> f.callInto(List.of(NDArray.zeros(DType.FLOAT64, 4)),
                    NDArray.of(new double[] {1, 1, 1})));
            assertTrue(e.getMessage().contains("functionInto: output value has shape [3], but its target has shape [4]"),
                    e.getMessage());
            assertArrayEquals(new double[] {1, 2, 3}, wState.getValue().toDoubleArray());
            IllegalArgumentException dtype = assertThrows(IllegalArgumentException.class, () -> f.callInto(
                    List.of(NDArray.zeros(DType.FLOAT32, 3)), NDArray.of(new double[] {1, 1, 1})));
            assertTrue(dtype.getMessage().startsWith("functionInto: output value is a float64 array"), dtype.getMessage());
            IllegalArgumentException count = assertThrows(IllegalArgumentException.class, () -> f.callInto(List.of(),
                    NDArray.of(new double[] {1, 1, 1})));
            assertEquals("functionInto: 0 targets given for 1 outputs; pass one per output (null for a scalar's)",
                    count.getMessage());
            return null;
        });
    }

    private static void forBothRunners(Supplier<Void> test) {
        test.get();
        String previous = System.setProperty(RuntimeFunction.COMPILER_PROPERTY, "interpreter");
        try {
            test.get();
        } finally {
            if (previous == null) {
                System.clearProperty(RuntimeFunction.COMPILER_PROPERTY);
            } else {
                System.setProperty(RuntimeFunction.COMPILER_PROPERTY, previous);
            }
        }
    }
}
