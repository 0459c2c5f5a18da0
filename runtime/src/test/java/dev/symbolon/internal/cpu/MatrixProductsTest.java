package dev.symbolon.internal.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.symbolon.runtime.ShapeException;
import org.junit.jupiter.api.Test;

class MatrixProductsTest {
    private static final int[] A_SHAPE = {2, 3};
    private static final int[] B_SHAPE = {3, 2};

    @Test
    void everyFormInEveryDtype() {
        double[] a = {1, 2, 3, 4, 5, 6};
        double[] b = {7, 8, 9, 10, 11, 12};
        double[] expected = {58, 64, 139, 154};
        assertArrayEquals(expected, MatrixProducts.matMul(a, A_SHAPE, b, B_SHAPE, "dot", "P.java:1"));
        assertArrayEquals(new float[] {58, 64, 139, 154}, MatrixProducts.matMul(new float[] {1, 2, 3, 4, 5, 6},
                A_SHAPE, new float[] {7, 8, 9, 10, 11, 12}, B_SHAPE, "dot", "P.java:1"));
        assertArrayEquals(new int[] {58, 64, 139, 154}, MatrixProducts.matMul(new int[] {1, 2, 3, 4, 5, 6},
                A_SHAPE, new int[] {7, 8, 9, 10, 11, 12}, B_SHAPE, "dot", "P.java:1"));
        assertArrayEquals(new long[] {58, 64, 139, 154}, MatrixProducts.matMul(new long[] {1, 2, 3, 4, 5, 6},
                A_SHAPE, new long[] {7, 8, 9, 10, 11, 12}, B_SHAPE, "dot", "P.java:1"));
        assertArrayEquals(new double[] {14, 32}, MatrixProducts.matVec(a, A_SHAPE, new double[] {1, 2, 3}, "dot", "P"));
        assertArrayEquals(new double[] {9, 12, 15}, MatrixProducts.vecMat(new double[] {1, 2}, a, A_SHAPE, "dot", "P"));
        assertEquals(32.0, MatrixProducts.dot(new double[] {1, 2, 3}, new double[] {4, 5, 6}, "dot", "P"));
        assertArrayEquals(new double[] {3, 4, 6, 8},
                MatrixProducts.outer(new double[] {1, 2}, new double[] {3, 4}, "outer", "P"));
    }

    @Test
    void innerDimensionsMustAgree() {
        ShapeException e = assertThrows(ShapeException.class,
                () -> MatrixProducts.matVec(new double[6], A_SHAPE, new double[2], "dot", "P.java:9"));
        assertEquals("dot: inner dimensions differ: 3 and 2 at P.java:9", e.getMessage());
    }

    @Test
    void aResultTooLargeForAJavaArrayIsAShapeErrorOfTheOp() {
        for (int n : new int[] {46_341, 65_536}) {
            ShapeException outer = assertThrows(ShapeException.class,
                    () -> MatrixProducts.outer(new double[n], new double[n], "outer", "P.java:4"));
            assertEquals("outer: the result of shape [" + n + ", " + n + "] has more elements than a Java array holds"
                    + " (2147483647) at P.java:4", outer.getMessage());
            ShapeException product = assertThrows(ShapeException.class, () -> MatrixProducts.matMul(new float[n],
                    new int[] {n, 1}, new float[n], new int[] {1, n}, "dot", "P.java:5"));
            assertEquals("dot: the result of shape [" + n + ", " + n + "] has more elements than a Java array holds"
                    + " (2147483647) at P.java:5", product.getMessage());
        }
    }
}
