package dev.symbolon.internal.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The {@code ...Into} forms write exactly what the allocating forms return, to the bit, into an array
 * that held other values before (a work buffer from an earlier call), on empty, single and odd shapes.
 */
class IntoKernelsTest {
    private static final int[][] MATRICES = {{0, 3}, {3, 0}, {1, 1}, {1, 7}, {5, 1}, {3, 4}, {17, 9}, {64, 33}};

    private final SplittableRandom random = new SplittableRandom(5);

    private double[] data(int size) {
        return random.doubles(size, -3, 3).toArray();
    }

    /** A buffer of {@code size} elements holding garbage, as a reused work array does. */
    private double[] stale(int size) {
        double[] out = new double[size];
        Arrays.fill(out, Double.NaN);
        return out;
    }

    @Test
    void productsIntoEqualTheAllocatingProducts() {
        for (int[] a : MATRICES) {
            for (int n : new int[] {0, 1, 5, 16}) {
                double[] x = data(a[0] * a[1]);
                double[] y = data(a[1] * n);
                double[] out = stale(a[0] * n);
                assertSame(out, MatrixProducts.matMulInto(x, a, y, new int[] {a[1], n}, out, "dot", "T.java:1"));
                assertArrayEquals(MatrixProducts.matMul(x, a, y, new int[] {a[1], n}, "dot", "T.java:1"), out);
            }
            double[] x = data(a[0] * a[1]);
            double[] v = data(a[1]);
            double[] w = data(a[0]);
            double[] out = stale(a[0]);
            MatrixProducts.matVecInto(x, a, v, out, "dot", "T.java:1");
            assertArrayEquals(MatrixProducts.matVec(x, a, v, "dot", "T.java:1"), out);
            out = stale(a[1]);
            MatrixProducts.vecMatInto(w, x, a, out, "dot", "T.java:1");
            assertArrayEquals(MatrixProducts.vecMat(w, x, a, "dot", "T.java:1"), out);
            out = stale(a[0] * a[1]);
            MatrixProducts.outerInto(w, v, out);
            assertArrayEquals(MatrixProducts.outer(w, v, "outer", "T.java:1"), out);
        }
    }

    @Test
    void reductionsIntoEqualTheAllocatingReductions() {
        int[][] shapes = {{0, 3}, {1, 1}, {4, 7}, {2, 3, 5}, {3, 1, 4}};
        for (int[] shape : shapes) {
            double[] x = data(Arrays.stream(shape).reduce(1, (p, q) -> p * q));
            for (int axis = 0; axis < shape.length; axis++) {
                int[] axes = {axis};
                int size = Arrays.stream(Reductions.reducedShape(shape, axes, false)).reduce(1, (p, q) -> p * q);
                assertArrayEquals(Reductions.sum(x, shape, axes), Reductions.sumInto(x, shape, axes, stale(size)));
                assertArrayEquals(Reductions.mean(x, shape, axes), Reductions.meanInto(x, shape, axes, stale(size)));
                assertArrayEquals(Reductions.supremum(x, shape, axes),
                        Reductions.supremumInto(x, shape, axes, stale(size)));
                if (shape[axis] > 0) {
                    assertArrayEquals(Reductions.max(x, shape, axes, "max", "T.java:1"),
                            Reductions.maxInto(x, shape, axes, stale(size), "max", "T.java:1"));
                    assertArrayEquals(Reductions.min(x, shape, axes, "min", "T.java:1"),
                            Reductions.minInto(x, shape, axes, stale(size), "min", "T.java:1"));
                }
            }
        }
    }

    @Test
    void softmaxTransposeAndBroadcastIntoEqualTheAllocatingForms() {
        for (int[] shape : MATRICES) {
            double[] x = data(shape[0] * shape[1]);
            assertArrayEquals(Softmax.softmax(x, shape), Softmax.softmaxInto(x, shape, stale(x.length)));
            assertArrayEquals(Softmax.logSoftmax(x, shape), Softmax.logSoftmaxInto(x, shape, stale(x.length)));
            int[] swap = {1, 0};
            assertArrayEquals(ShapeOps.gather(x, ShapeOps.transposeIndex(shape, swap)),
                    ShapeOps.transposeInto(x, shape, swap, stale(x.length)));
            double[] row = data(shape[1]);
            int[] rowShape = {shape[1]};
            boolean[] none = {false};
            assertArrayEquals(ShapeOps.gather(row, ShapeOps.broadcastIndex(rowShape, none, new int[0], shape, "b", "T")),
                    ShapeOps.broadcastInto(row, rowShape, none, new int[0], shape, stale(x.length), "b", "T"));
            double[] column = data(shape[0]);
            int[] columnShape = {shape[0]};
            assertArrayEquals(ShapeOps.gather(column, ShapeOps.broadcastIndex(columnShape, none, new int[] {1}, shape,
                    "b", "T")), ShapeOps.broadcastInto(column, columnShape, none, new int[] {1}, shape, stale(x.length),
                    "b", "T"));
        }
        int[] cube = {2, 3, 4};
        double[] x = data(24);
        int[] perm = {2, 0, 1};
        assertArrayEquals(ShapeOps.gather(x, ShapeOps.transposeIndex(cube, perm)),
                ShapeOps.transposeInto(x, cube, perm, stale(24)));
    }

    @Test
    void fitKeepsAnArrayOfTheSizeAndReplacesAnyOther() {
        double[] kept = new double[4];
        assertSame(kept, WorkArrays.fit(kept, 4));
        assertArrayEquals(new double[3], WorkArrays.fit(kept, 3));
        assertArrayEquals(new double[2], WorkArrays.fit((double[]) null, 2));
        float[] floats = new float[1];
        assertSame(floats, WorkArrays.fit(floats, 1));
    }
}
