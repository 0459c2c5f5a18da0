package dev.symbolon.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.access.Internals;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Views of part of an array: every reader sees only their own elements, and no copy is made. */
class NDArrayViewTest {
    private static final double[] DATA = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};

    @Test
    void rowsAreAViewOfTheirElements() {
        NDArray matrix = NDArray.wrap(DATA.clone(), 4, 3);
        NDArray middle = matrix.rows(1, 3);
        assertArrayEquals(new int[] {2, 3}, middle.shape());
        assertArrayEquals(new double[] {3, 4, 5, 6, 7, 8}, middle.toDoubleArray());
        assertEquals(8.0, middle.getDouble(1, 2));
        assertEquals(NDArray.of(new double[][] {{3, 4, 5}, {6, 7, 8}}), middle);
        assertEquals(NDArray.of(new double[][] {{3, 4, 5}, {6, 7, 8}}).hashCode(), middle.hashCode());
        assertEquals(3, Internals.offset(middle));
        assertTrue(Internals.doubleData(middle) == Internals.doubleData(matrix), "rows() shares the data");
        assertEquals(0, matrix.rows(4, 4).size());
        assertThrows(IndexOutOfBoundsException.class, () -> matrix.rows(2, 5));
        assertThrows(IllegalStateException.class, () -> NDArray.scalar(1.0).rows(0, 1));
    }

    @Test
    void aViewAtAnOffsetReadsOnlyItsElements() {
        NDArray view = NDArray.view(DATA, 5, 2, 2);
        assertArrayEquals(new double[] {5, 6, 7, 8}, view.toDoubleArray());
        assertArrayEquals(new float[] {5, 6, 7, 8}, view.toFloatArray());
        assertArrayEquals(new long[] {5, 6, 7, 8}, view.astype(DType.INT64).toLongArray());
        assertEquals(view.copy(), view);
        assertArrayEquals(new double[] {6, 7}, view.reshape(4).rows(1, 3).toDoubleArray());
        assertEquals("[[5. 6.]\n [7. 8.]]", view.toString());
        assertNotEquals(NDArray.view(DATA, 4, 2, 2), view);
        assertEquals(NDArray.scalar(7.0), NDArray.view(DATA, 7));
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class, () -> NDArray.view(DATA, 10, 3));
        assertEquals("NDArray.view: shape (3,) needs 3 elements from offset 10, but the array has 12; pass 0 <= offset"
                + " <= 9", outside.getMessage());
        assertThrows(IllegalStateException.class, () -> view.toDMatrixRMaj());
        assertEquals(4, NDArray.view(new int[] {1, 2, 3, 4}, 3).getLong());
    }

    @Test
    void sharedVariablesAndWholeCopyAView() {
        NDArray view = NDArray.view(DATA, 2, 3);
        SharedVariable w = SharedVariable.of("w", view);
        assertEquals(0, Internals.offset(Internals.value(w)));
        assertEquals(view, w.getValue());
        NDArray whole = Internals.whole(view);
        assertEquals(0, Internals.offset(whole));
        assertEquals(3, Internals.doubleData(whole).length);
        NDArray already = NDArray.of(new double[] {1, 2});
        assertTrue(Internals.whole(already) == already, "a whole array is not copied");
        Internals.assign(w, NDArray.view(DATA, 6, 3));
        assertEquals(0, Internals.offset(Internals.value(w)));
        assertArrayEquals(new double[] {6, 7, 8}, w.getValue().toDoubleArray());
    }

    @Test
    void aViewIsSavedAsItsElements(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("view.npy");
        NDArray view = NDArray.wrap(DATA.clone(), 4, 3).rows(2, 4);
        view.save(file);
        assertEquals(view, NDArray.load(file));
    }
}
