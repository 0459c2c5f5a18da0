package dev.symbolon.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Arrays of rank 3 and more from nested Java arrays. */
class NestedArraysTest {
    @Test
    void aRank3ArrayKeepsItsShapeAndRowMajorOrder() {
        NDArray a = NDArray.of(new double[][][] {{{1, 2, 3}, {4, 5, 6}}, {{7, 8, 9}, {10, 11, 12}}});
        assertArrayEquals(new int[] {2, 2, 3}, a.shape());
        assertEquals(DType.FLOAT64, a.dtype());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, a.toDoubleArray());
        assertEquals(6.0, a.getDouble(0, 1, 2));
    }

    @Test
    void theInnermostElementTypeGivesTheDtype() {
        assertEquals(DType.FLOAT32, NDArray.of(new float[][][] {{{1}}}).dtype());
        assertEquals(DType.INT32, NDArray.of(new int[][][] {{{1}}}).dtype());
        assertEquals(DType.INT64, NDArray.of(new long[][][] {{{1}}}).dtype());
        assertEquals(DType.BOOL, NDArray.of(new boolean[][][] {{{true}}}).dtype());
        NDArray rank4 = NDArray.ofNested(new int[][][][] {{{{1, 2}}, {{3, 4}}}});
        assertArrayEquals(new int[] {1, 2, 1, 2}, rank4.shape());
        assertArrayEquals(new int[] {1, 2, 3, 4}, rank4.toIntArray());
    }

    @Test
    void theArrayIsCopied() {
        double[][][] values = {{{1, 2}}};
        NDArray a = NDArray.of(values);
        values[0][0][0] = 99;
        assertEquals(1.0, a.getDouble(0, 0, 0));
    }

    @Test
    void belowAnEmptyDimensionSizesAreZero() {
        // new double[0][3] holds no rows, so nothing says they would have had 3 elements, as in NumPy
        assertArrayEquals(new int[] {2, 0, 0}, NDArray.of(new double[][][] {new double[0][3], new double[0][3]}).shape());
        assertArrayEquals(new int[] {1, 2, 0}, NDArray.of(new double[][][] {{{}, {}}}).shape());
    }

    @Test
    void raggedArraysAreRefusedNamingTheElement() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NDArray.of(new double[][][] {{{1, 2}, {3, 4}}, {{5, 6}, {7}}}));
        assertEquals("NDArray.ofNested: element [1][1] has 1 elements, but its first sibling has 2;"
                + " nested arrays must be rectangular", e.getMessage());
    }

    @Test
    void nullsAndNonArraysAreRefused() {
        NullPointerException npe = assertThrows(NullPointerException.class,
                () -> NDArray.of(new double[][][] {{{1}}, null}));
        assertTrue(npe.getMessage().contains("element [1] is null"), npe.getMessage());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NDArray.ofNested(new String[][] {{"a"}}));
        assertTrue(e.getMessage().contains("not String[][]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NDArray.ofNested(3.0));
    }
}
