package dev.symbolon.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.shape.Shapes;
import org.junit.jupiter.api.Test;

class NDArrayTest {

    @Test
    void vectorsTakeTheDtypeOfTheirJavaArray() {
        assertEquals(DType.FLOAT64, NDArray.of(new double[] {1, 2}).dtype());
        assertEquals(DType.FLOAT32, NDArray.of(new float[] {1, 2}).dtype());
        assertEquals(DType.INT32, NDArray.of(new int[] {1, 2}).dtype());
        assertEquals(DType.INT64, NDArray.of(new long[] {1, 2}).dtype());
        assertEquals(DType.BOOL, NDArray.of(new boolean[] {true, false}).dtype());
        NDArray v = NDArray.of(new int[] {4, 5, 6});
        assertArrayEquals(new int[] {3}, v.shape());
        assertEquals(1, v.rank());
        assertEquals(3, v.size());
    }

    @Test
    void matricesAreStoredRowMajor() {
        NDArray m = NDArray.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertArrayEquals(new int[] {2, 3}, m.shape());
        assertEquals(2, m.rank());
        assertEquals(6, m.size());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, m.toDoubleArray());
        assertEquals(6.0, m.getDouble(1, 2));
        assertEquals(4.0, m.getDouble(-1, 0));
        assertArrayEquals(new float[] {1, 2, 3, 4}, NDArray.of(new float[][] {{1, 2}, {3, 4}}).toFloatArray());
        assertArrayEquals(new int[] {1, 2, 3, 4}, NDArray.of(new int[][] {{1, 2}, {3, 4}}).toIntArray());
        assertArrayEquals(new long[] {1, 2, 3, 4}, NDArray.of(new long[][] {{1, 2}, {3, 4}}).toLongArray());
        assertArrayEquals(new boolean[] {true, false}, NDArray.of(new boolean[][] {{true}, {false}}).toBooleanArray());
        assertArrayEquals(new int[] {0, 0}, NDArray.of(new double[0][]).shape());
    }

    @Test
    void scalarsHaveRankZeroAndOneElement() {
        NDArray s = NDArray.scalar(2.5);
        assertArrayEquals(new int[0], s.shape());
        assertEquals(0, s.rank());
        assertEquals(1, s.size());
        assertEquals(2.5, s.getDouble());
        assertEquals(DType.FLOAT32, NDArray.scalar(2.5f).dtype());
        assertEquals(DType.INT32, NDArray.scalar(3).dtype());
        assertEquals(DType.INT64, NDArray.scalar(3L).dtype());
        assertEquals(1L, NDArray.scalar(true).getLong());
    }

    @Test
    void factoriesCopyTheirArgument() {
        double[] values = {1, 2};
        double[][] rows = {{1, 2}};
        NDArray v = NDArray.of(values);
        NDArray m = NDArray.of(rows);
        values[0] = 99;
        rows[0][0] = 99;
        assertEquals(1.0, v.getDouble(0));
        assertEquals(1.0, m.getDouble(0, 0));
    }

    @Test
    void shapeAndCopiesOutCannotChangeTheArray() {
        NDArray v = NDArray.of(new double[] {1, 2});
        v.shape()[0] = 7;
        v.toDoubleArray()[0] = 7;
        assertArrayEquals(new int[] {2}, v.shape());
        assertEquals(1.0, v.getDouble(0));
    }

    @Test
    void everyDtypeConvertsToEveryJavaArray() {
        NDArray doubles = NDArray.of(new double[] {-1.7, 0, 2.9});
        assertArrayEquals(new float[] {-1.7f, 0, 2.9f}, doubles.toFloatArray());
        assertArrayEquals(new int[] {-1, 0, 2}, doubles.toIntArray());
        assertArrayEquals(new long[] {-1, 0, 2}, doubles.toLongArray());
        assertArrayEquals(new boolean[] {true, false, true}, doubles.toBooleanArray());

        NDArray floats = NDArray.of(new float[] {0.5f, -3.25f});
        assertArrayEquals(new double[] {0.5, -3.25}, floats.toDoubleArray());
        assertArrayEquals(new int[] {0, -3}, floats.toIntArray());
        assertArrayEquals(new long[] {0, -3}, floats.toLongArray());

        NDArray ints = NDArray.of(new int[] {-4, 0, 7});
        assertArrayEquals(new double[] {-4, 0, 7}, ints.toDoubleArray());
        assertArrayEquals(new float[] {-4, 0, 7}, ints.toFloatArray());
        assertArrayEquals(new long[] {-4, 0, 7}, ints.toLongArray());
        assertArrayEquals(new boolean[] {true, false, true}, ints.toBooleanArray());

        NDArray longs = NDArray.of(new long[] {1L << 40, -5});
        assertArrayEquals(new double[] {0x1p40, -5}, longs.toDoubleArray());
        assertArrayEquals(new float[] {0x1p40f, -5}, longs.toFloatArray());
        assertArrayEquals(new int[] {0, -5}, longs.toIntArray(), "int64 to int32 keeps the low 32 bits");

        NDArray bools = NDArray.of(new boolean[] {true, false});
        assertArrayEquals(new double[] {1, 0}, bools.toDoubleArray());
        assertArrayEquals(new float[] {1, 0}, bools.toFloatArray());
        assertArrayEquals(new int[] {1, 0}, bools.toIntArray());
        assertArrayEquals(new long[] {1, 0}, bools.toLongArray());
    }

    @Test
    void toDoubleMatrixGivesRowsFromAnyDtype() {
        assertArrayEquals(new double[][] {{6, 8}, {10, 12}},
                NDArray.of(new double[][] {{6, 8}, {10, 12}}).toDoubleMatrix());
        assertArrayEquals(new double[][] {{1, 2}, {3, 4}}, NDArray.of(new int[][] {{1, 2}, {3, 4}}).toDoubleMatrix());
    }

    @Test
    void toDoubleMatrixRefusesOtherRanks() {
        var e = assertThrows(IllegalStateException.class, () -> NDArray.of(new double[] {1, 2, 3}).toDoubleMatrix());
        assertEquals("toDoubleMatrix() needs an array of rank 2, but this one has shape (3,)", e.getMessage());
    }

    @Test
    void astypeConvertsIntoANewArray() {
        NDArray ints = NDArray.of(new int[] {1, 2});
        NDArray doubles = ints.astype(DType.FLOAT64);
        assertEquals(DType.FLOAT64, doubles.dtype());
        assertArrayEquals(new double[] {1, 2}, doubles.doubleData());
        NDArray same = ints.astype(DType.INT32);
        assertEquals(ints, same);
        assertNotSame(ints.intData(), same.intData());
        assertArrayEquals(new boolean[] {true, true}, ints.astype(DType.BOOL).boolData());
    }

    @Test
    void copyOwnsItsData() {
        NDArray original = NDArray.of(new double[] {1, 2});
        NDArray copy = original.copy();
        copy.doubleData()[0] = 5;
        assertEquals(1.0, original.getDouble(0));
        assertEquals(5.0, copy.getDouble(0));
    }

    @Test
    void zerosHasTheDtypeAndShapeAsked() {
        NDArray z = NDArray.zeros(DType.INT64, 2, 3);
        assertEquals(DType.INT64, z.dtype());
        assertArrayEquals(new int[] {2, 3}, z.shape());
        assertArrayEquals(new long[6], z.longData());
        assertArrayEquals(new boolean[2], NDArray.zeros(DType.BOOL, 2).boolData());
        assertEquals(0.0, NDArray.zeros(DType.FLOAT32).getDouble());
    }

    @Test
    void reshapeKeepsTheElementsAndSharesTheData() {
        NDArray v = NDArray.of(new double[] {1, 2, 3, 4, 5, 6});
        NDArray m = v.reshape(2, 3);
        assertArrayEquals(new int[] {2, 3}, m.shape());
        assertEquals(4.0, m.getDouble(1, 0));
        assertSame(v.doubleData(), m.doubleData());
        assertArrayEquals(new int[] {3, 2}, v.reshape(-1, 2).shape());
        assertArrayEquals(new int[0], NDArray.of(new int[] {7}).reshape().shape());
    }

    @Test
    void reshapeToAnotherSizeIsAShapeError() {
        NDArray v = NDArray.of(new double[] {1, 2, 3, 4, 5, 6});
        var e = assertThrows(ShapeException.class, () -> v.reshape(4, 2));
        assertEquals("cannot reshape array of size 6 into shape (4, 2)", e.getMessage());
        assertThrows(ShapeException.class, () -> v.reshape(-1, 4));
        assertThrows(IllegalArgumentException.class, () -> v.reshape(-1, -1));
    }

    @Test
    void equalityIsByDtypeShapeAndElements() {
        NDArray a = NDArray.of(new double[][] {{1, 2}, {3, 4}});
        assertEquals(a, NDArray.of(new double[][] {{1, 2}, {3, 4}}));
        assertEquals(a.hashCode(), NDArray.of(new double[][] {{1, 2}, {3, 4}}).hashCode());
        assertNotEquals(a, NDArray.of(new double[] {1, 2, 3, 4}));
        assertNotEquals(a, NDArray.of(new float[][] {{1, 2}, {3, 4}}));
        assertNotEquals(a, NDArray.of(new double[][] {{1, 2}, {3, 5}}));
        assertEquals(NDArray.scalar(Double.NaN), NDArray.scalar(Double.NaN));
    }

    @Test
    void wrapAdoptsTheArrayWithoutCopying() {
        double[] data = {1, 2, 3, 4, 5, 6};
        NDArray m = NDArray.wrap(data, 2, 3);
        assertSame(data, m.doubleData());
        data[5] = 60;
        assertEquals(60.0, m.getDouble(1, 2));
        assertEquals(DType.FLOAT32, NDArray.wrap(new float[] {1}, 1).dtype());
        assertEquals(DType.INT32, NDArray.wrap(new int[] {1}).dtype());
        assertEquals(DType.INT64, NDArray.wrap(new long[] {1, 2}, 2, 1).dtype());
        assertEquals(DType.BOOL, NDArray.wrap(new boolean[] {true}, 1, 1).dtype());
    }

    @Test
    void wrapChecksTheLengthAgainstTheShape() {
        var e = assertThrows(IllegalArgumentException.class, () -> NDArray.wrap(new double[5], 2, 3));
        assertEquals("NDArray.wrap: shape (2, 3) needs 6 elements, but the array has 5", e.getMessage());
    }

    @Test
    void rawAccessorsNameTheActualDtype() {
        NDArray ints = NDArray.of(new int[] {1});
        var e = assertThrows(IllegalStateException.class, ints::doubleData);
        assertEquals("this array holds int32, not float64 (astype(DType.FLOAT64) converts it)", e.getMessage());
        assertThrows(IllegalStateException.class, ints::floatData);
        assertThrows(IllegalStateException.class, ints::longData);
        assertThrows(IllegalStateException.class, ints::boolData);
        assertThrows(IllegalStateException.class, () -> NDArray.of(new double[] {1}).intData());
    }

    @Test
    void nullArraysAreRefusedWithAMessage() {
        var e = assertThrows(NullPointerException.class, () -> NDArray.of((double[]) null));
        assertEquals("NDArray.of: the array is null", e.getMessage());
        var row = assertThrows(NullPointerException.class, () -> NDArray.of(new int[][] {{1}, null}));
        assertEquals("NDArray.of: row 1 is null", row.getMessage());
        assertThrows(NullPointerException.class, () -> NDArray.wrap((long[]) null, 1));
        assertThrows(NullPointerException.class, () -> NDArray.zeros(null, 1));
    }

    @Test
    void raggedMatricesNameTheRowAndTheLengths() {
        var e = assertThrows(IllegalArgumentException.class, () -> NDArray.of(new double[][] {{1, 2}, {3, 4}, {5}}));
        assertEquals("NDArray.of: row 2 has 1 elements, but row 0 has 2; the rows of a matrix must have equal lengths",
                e.getMessage());
    }

    @Test
    void negativeDimensionsAreRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> NDArray.zeros(DType.FLOAT64, 2, -1));
        assertEquals("shape (2, -1) has a negative dimension -1 at axis 1", e.getMessage());
    }

    @Test
    void aShapeTooLargeForAJavaArrayIsAShapeErrorUnlessADimensionIsZero() {
        var e = assertThrows(ShapeException.class, () -> NDArray.zeros(DType.FLOAT64, 46_341, 46_341));
        assertEquals("shape (46341, 46341) has more elements than a Java array holds (2147483647)", e.getMessage());
        assertEquals(0, NDArray.zeros(DType.FLOAT64, 65_536, 65_536, 0).size());
        assertEquals(Integer.MAX_VALUE, Shapes.size(new int[] {Integer.MAX_VALUE, 1}));
    }

    @Test
    void indexingChecksCountAndBounds() {
        NDArray m = NDArray.of(new double[][] {{1, 2}, {3, 4}});
        var count = assertThrows(IllegalArgumentException.class, () -> m.getDouble(0));
        assertEquals("1 indices given for an array of rank 2 (shape (2, 2))", count.getMessage());
        var bounds = assertThrows(IndexOutOfBoundsException.class, () -> m.getDouble(0, 2));
        assertEquals("index 2 is out of bounds for axis 1 with size 2", bounds.getMessage());
    }

    @Test
    void shapesPrintAsNumPyPrintsThem() {
        assertEquals("()", Shapes.format(new int[0]));
        assertEquals("(3,)", Shapes.format(new int[] {3}));
        assertEquals("(2, 3)", Shapes.format(new int[] {2, 3}));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Shapes.size(new int[] {1 << 16, 1 << 16}))
                .getMessage().contains("more elements than a Java array holds"));
    }
}
