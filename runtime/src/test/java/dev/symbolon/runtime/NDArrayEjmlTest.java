package dev.symbolon.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** NDArray and ejml matrices convert both ways over one data array. */
class NDArrayEjmlTest {

    @Test
    void wrappingAnEjmlMatrixSharesItsData() {
        DMatrixRMaj m = new DMatrixRMaj(new double[][] {{1, 2, 3}, {4, 5, 6}});
        NDArray a = NDArray.wrap(m);
        assertEquals(DType.FLOAT64, a.dtype());
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertSame(m.data, a.doubleData());
        m.set(1, 2, 60);
        assertEquals(60.0, a.getDouble(1, 2));
    }

    @Test
    void anArrayViewedAsEjmlSharesItsData() {
        NDArray a = NDArray.of(new double[][] {{1, 2}, {3, 4}});
        DMatrixRMaj m = a.toDMatrixRMaj();
        assertEquals(2, m.numRows);
        assertEquals(2, m.numCols);
        assertEquals(3.0, m.get(1, 0));
        a.doubleData()[1] = 20;
        assertEquals(20.0, m.get(0, 1));
        m.set(1, 1, 40);
        assertEquals(40.0, a.getDouble(1, 1));
    }

    @Test
    void float32MatricesShareDataBothWays() {
        FMatrixRMaj m = new FMatrixRMaj(new float[][] {{1, 2}, {3, 4}});
        NDArray a = NDArray.wrap(m);
        assertEquals(DType.FLOAT32, a.dtype());
        m.set(0, 0, 10);
        assertEquals(10.0, a.getDouble(0, 0));
        FMatrixRMaj back = a.toFMatrixRMaj();
        assertSame(m.data, back.data);
    }

    @Test
    void onlyFloat64MatricesBecomeDMatrixRMaj() {
        var rank = assertThrows(IllegalStateException.class, () -> NDArray.of(new double[] {1}).toDMatrixRMaj());
        assertEquals("toDMatrixRMaj() needs an array of rank 2, but this one has shape (1,)", rank.getMessage());
        assertThrows(IllegalStateException.class, () -> NDArray.of(new int[][] {{1}}).toDMatrixRMaj());
    }

    @Test
    void aMatrixWithSpareCapacityCannotBeShared() {
        DMatrixRMaj m = new DMatrixRMaj(3, 3);
        m.reshape(2, 2);
        var e = assertThrows(IllegalArgumentException.class, () -> NDArray.wrap(m));
        assertEquals("NDArray.wrap: the 2x2 matrix keeps 9 elements in its data array, not 4; "
                + "only an exactly sized array can be shared (m.copy() gives one)", e.getMessage());
    }
}
