package dev.symbolon.internal.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Products large enough for every core give the bits they give on one thread. */
class ParallelProductsTest {
    private static final String[] SHAPE = {"dot", "P.java:3"};

    @Test
    void forRangeRunsEveryFixedChunkOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(1000);
        Set<String> chunks = ConcurrentHashMap.newKeySet();
        Parallel.forRange(1000, 64, (from, to) -> {
            chunks.add(from + ".." + to);
            for (int i = from; i < to; i++) {
                runs.incrementAndGet(i);
            }
        });
        for (int i = 0; i < 1000; i++) {
            assertEquals(1, runs.get(i), "element " + i);
        }
        assertEquals(16, chunks.size());
        assertTrue(chunks.contains("960..1000"));
        Parallel.forRange(0, 8, (from, to) -> {
            throw new AssertionError("an empty range has no chunk");
        });
    }

    @Test
    void aFailingChunkFailsTheCall() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> Parallel.forRange(100, 1,
                (from, to) -> {
                    if (from == 57) {
                        throw new IllegalStateException("chunk 57");
                    }
                }));
        assertTrue(failure.getMessage().contains("chunk 57"), failure.getMessage());
    }

    @Test
    void matrixProductsDoNotDependOnTheNumberOfThreads() {
        SplittableRandom random = new SplittableRandom(21);
        int[][] shapes = {{256, 784, 256}, {300, 129, 517}};
        for (int[] s : shapes) {
            double[] a = random.doubles(s[0] * s[1], -1, 1).toArray();
            double[] b = random.doubles(s[1] * s[2], -1, 1).toArray();
            int[] aShape = {s[0], s[1]};
            int[] bShape = {s[1], s[2]};
            assertTrue(Gemm.parallel(s[0], s[2], s[1]), "the shape is one that uses every core");
            assertArrayEquals(Parallel.onOneThread(() -> MatrixProducts.matMul(a, aShape, b, bShape, SHAPE[0], SHAPE[1])),
                    MatrixProducts.matMul(a, aShape, b, bShape, SHAPE[0], SHAPE[1]));
            double[] at = random.doubles(s[0] * s[1], -1, 1).toArray();
            int[] atShape = {s[1], s[0]};
            assertArrayEquals(
                    Parallel.onOneThread(() -> MatrixProducts.matMul(at, atShape, true, b, bShape, false, SHAPE[0], SHAPE[1])),
                    MatrixProducts.matMul(at, atShape, true, b, bShape, false, SHAPE[0], SHAPE[1]));
        }
    }

    @Test
    void matrixVectorProductsDoNotDependOnTheNumberOfThreads() {
        SplittableRandom random = new SplittableRandom(22);
        for (int[] s : new int[][] {{4000, 784}, {333, 1001}, {20000, 17}}) {
            int[] shape = {s[0], s[1]};
            assertTrue((long) s[0] * s[1] >= MatrixVector.PARALLEL_ELEMENTS, "the matrix is one that uses every core");
            double[] a = random.doubles(s[0] * s[1], -1, 1).toArray();
            double[] x = random.doubles(s[1], -1, 1).toArray();
            double[] r = random.doubles(s[0], -1, 1).toArray();
            assertArrayEquals(Parallel.onOneThread(() -> MatrixProducts.matVec(a, shape, x, SHAPE[0], SHAPE[1])),
                    MatrixProducts.matVec(a, shape, x, SHAPE[0], SHAPE[1]));
            assertArrayEquals(Parallel.onOneThread(() -> MatrixProducts.vecMat(r, a, shape, SHAPE[0], SHAPE[1])),
                    MatrixProducts.vecMat(r, a, shape, SHAPE[0], SHAPE[1]));
        }
    }

    @Test
    void matrixVectorProductsEqualPlainSums() {
        SplittableRandom random = new SplittableRandom(23);
        for (int[] s : new int[][] {{0, 5}, {5, 0}, {1, 1}, {3, 17}, {17, 3}, {513, 9}, {4000, 784}, {20000, 17}}) {
            int[] shape = {s[0], s[1]};
            double[] a = random.doubles((long) s[0] * s[1], -1, 1).toArray();
            double[] x = random.doubles(s[1], -1, 1).toArray();
            double[] r = random.doubles(s[0], -1, 1).toArray();
            double[] ax = MatrixProducts.matVec(a, shape, x, SHAPE[0], SHAPE[1]);
            double[] ra = MatrixProducts.vecMat(r, a, shape, SHAPE[0], SHAPE[1]);
            assertEquals(s[0], ax.length);
            assertEquals(s[1], ra.length);
            for (int i = 0; i < s[0]; i++) {
                double sum = 0;
                for (int p = 0; p < s[1]; p++) {
                    sum += a[i * s[1] + p] * x[p];
                }
                assertEquals(sum, ax[i], 1e-12 * Math.max(1, s[1]), "row " + i + " of " + s[0] + "x" + s[1]);
            }
            for (int j = 0; j < s[1]; j++) {
                double sum = 0;
                for (int p = 0; p < s[0]; p++) {
                    sum += r[p] * a[p * s[1] + j];
                }
                assertEquals(sum, ra[j], 1e-12 * Math.max(1, s[0]), "column " + j + " of " + s[0] + "x" + s[1]);
            }
        }
    }
}
