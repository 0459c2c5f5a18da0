package dev.symbolon.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SharedVariableTest {

    @Test
    void ofKeepsACopyOfTheValueWithItsDtypeAndRank() {
        double[] weights = {1, 2};
        SharedVariable w = SharedVariable.of("w", NDArray.wrap(weights, 2));
        weights[0] = 99;
        assertEquals(DType.FLOAT64, w.dtype());
        assertEquals(1, w.rank());
        assertEquals(NDArray.of(new double[] {1, 2}), w.getValue());
        SharedVariable b = SharedVariable.of("b", 0.5);
        assertEquals(DType.FLOAT64, b.dtype());
        assertEquals(0, b.rank());
        assertEquals(0.5, b.doubleValue());
        assertThrows(ShapeException.class, () -> w.setValue(new double[][] {{1}}));
    }

    @Test
    void scalarsStartAtZero() {
        SharedVariable state = new SharedVariable("state", DType.INT32, 0);
        assertTrue(state.isSet());
        assertEquals(0, state.intValue());
        assertEquals(NDArray.scalar(0), state.getValue());
    }

    @Test
    void scalarSettersConvertToTheDeclaredDtype() {
        SharedVariable state = new SharedVariable("state", DType.INT32, 0);
        state.setValue(301);
        assertEquals(301, state.intValue());
        assertEquals(301L, state.longValue());
        assertEquals(301.0, state.doubleValue());
        state.setValue(2.9);
        assertEquals(DType.INT32, state.getValue().dtype());
        assertEquals(2, state.intValue());

        SharedVariable rate = new SharedVariable("rate", DType.FLOAT64, 0);
        rate.setValue(3L);
        assertEquals(DType.FLOAT64, rate.getValue().dtype());
        assertEquals(3.0, rate.doubleValue());
    }

    @Test
    void arraySettersConvertToTheDeclaredDtype() {
        SharedVariable w = new SharedVariable("w", DType.FLOAT32, 2);
        w.setValue(new double[][] {{1.5, 2}, {3, 4}});
        assertEquals(NDArray.of(new float[][] {{1.5f, 2}, {3, 4}}), w.getValue());
        w.setValue(new int[][] {{7}});
        assertEquals(NDArray.of(new float[][] {{7}}), w.getValue());
        w.setValue(new long[][] {{8, 9}});
        assertEquals(NDArray.of(new float[][] {{8, 9}}), w.getValue());
        w.setValue(NDArray.of(new boolean[][] {{true, false}}));
        assertEquals(NDArray.of(new float[][] {{1, 0}}), w.getValue());

        SharedVariable b = new SharedVariable("b", DType.INT64, 1);
        b.setValue(new float[] {1.9f, -2.9f});
        assertArrayEquals(new long[] {1, -2}, b.getValue().longData());
        b.setValue(new int[] {5});
        assertArrayEquals(new long[] {5}, b.getValue().longData());
        b.setValue(new long[] {6, 7});
        assertArrayEquals(new long[] {6, 7}, b.getValue().longData());
        b.setValue(new double[] {8});
        assertArrayEquals(new long[] {8}, b.getValue().longData());
        new SharedVariable("m", DType.FLOAT64, 2).setValue(new float[][] {{1}});
    }

    @Test
    void setValueCopiesItsArgument() {
        SharedVariable w = new SharedVariable("w", DType.FLOAT64, 1);
        double[] values = {1, 2};
        w.setValue(values);
        values[0] = 99;
        assertEquals(1.0, w.getValue().getDouble(0));

        NDArray array = NDArray.of(new double[] {3, 4});
        w.setValue(array);
        array.doubleData()[0] = 99;
        assertEquals(3.0, w.getValue().getDouble(0));
    }

    @Test
    void getValueReturnsACopy() {
        SharedVariable w = new SharedVariable("w", DType.FLOAT64, 1);
        w.setValue(new double[] {1, 2});
        w.getValue().doubleData()[0] = 99;
        assertEquals(1.0, w.getValue().getDouble(0));
    }

    @Test
    void nonScalarsStartUnsetAndSayHowToSetThem() {
        SharedVariable w = new SharedVariable("w", DType.FLOAT64, 2);
        assertFalse(w.isSet());
        var e = assertThrows(IllegalStateException.class, w::getValue);
        assertEquals("shared variable 'w' has no value yet: call w().setValue(...) before the first call that reads it",
                e.getMessage());
        assertThrows(IllegalStateException.class, w::value);
        w.setValue(new double[][] {{1}});
        assertTrue(w.isSet());
    }

    @Test
    void aValueOfAnotherRankIsAShapeError() {
        SharedVariable w = new SharedVariable("w", DType.FLOAT64, 2);
        var e = assertThrows(ShapeException.class, () -> w.setValue(new double[] {1, 2, 3}));
        assertEquals("shared variable 'w' has rank 2, but the value given has shape (3,)", e.getMessage());
        assertThrows(ShapeException.class, () -> w.setValue(1.0));
        assertFalse(w.isSet());
    }

    @Test
    void scalarReadersRefuseArrays() {
        SharedVariable b = new SharedVariable("b", DType.FLOAT64, 1);
        b.setValue(new double[] {1});
        var e = assertThrows(IllegalStateException.class, b::doubleValue);
        assertEquals("shared variable 'b' has rank 1, so doubleValue() does not apply: it reads scalars; "
                + "use getValue() instead", e.getMessage());
        assertThrows(IllegalStateException.class, b::intValue);
        assertThrows(IllegalStateException.class, b::longValue);
    }

    @Test
    void generatedCodeReadsAndAssignsWithoutCopies() {
        SharedVariable w = new SharedVariable("w", DType.FLOAT64, 1);
        NDArray updated = NDArray.of(new double[] {5, 6});
        w.assign(updated);
        assertSame(updated, w.value());
        var dtype = assertThrows(IllegalArgumentException.class, () -> w.assign(NDArray.of(new float[] {1})));
        assertEquals("shared variable 'w' holds float64, but the value assigned is float32", dtype.getMessage());
        assertThrows(ShapeException.class, () -> w.assign(NDArray.scalar(1.0)));
    }

    @Test
    void nullValuesAreRefusedWithTheName() {
        SharedVariable w = new SharedVariable("w", DType.FLOAT64, 1);
        var e = assertThrows(NullPointerException.class, () -> w.setValue((double[]) null));
        assertEquals("shared variable 'w': setValue(null)", e.getMessage());
        assertThrows(NullPointerException.class, () -> w.setValue((NDArray) null));
    }

    @Test
    void describesItselfByNameAndValue() {
        SharedVariable w = new SharedVariable("w", DType.INT32, 1);
        assertEquals("w", w.name());
        assertEquals(DType.INT32, w.dtype());
        assertEquals(1, w.rank());
        assertEquals("w = <unset>", w.toString());
        w.setValue(new int[] {1, 2});
        assertEquals("w = [1 2]", w.toString());
    }
}
