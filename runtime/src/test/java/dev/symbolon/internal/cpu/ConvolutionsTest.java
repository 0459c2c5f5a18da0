package dev.symbolon.internal.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** The kernels split the batch over a ForkJoinPool; what they compute must not depend on its size. */
class ConvolutionsTest {
    @Test
    void resultsAreTheSameBitForBitOnOneThreadAndOnSeveral() throws Exception {
        int[] xShape = {13, 4, 16, 16};
        int[] wShape = {8, 4, 3, 3};
        Random random = new Random(3);
        double[] x = random.doubles(13 * 4 * 16 * 16, -1, 1).toArray();
        double[] w = random.doubles(8 * 4 * 3 * 3, -1, 1).toArray();
        int[] yShape = Convolutions.conv2dShape(xShape, wShape, 1, 1, "conv2d", "Net.java:1");
        double[] gy = random.doubles(yShape[0] * yShape[1] * yShape[2] * yShape[3], -1, 1).toArray();
        double[][] results = new double[3][];
        double[][] reference = null;
        for (int threads : new int[] {1, 2, 5}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                results = pool.submit(() -> new double[][] {
                    Convolutions.conv2d(x, xShape, w, wShape, 1, 1, "conv2d", "Net.java:1"),
                    Convolutions.conv2dInputGrad(gy, yShape, w, wShape, xShape, 1, 1, "conv2d", "Net.java:1"),
                    Convolutions.conv2dFilterGrad(x, xShape, gy, yShape, wShape, 1, 1, "conv2d", "Net.java:1")}).get();
            } finally {
                pool.shutdown();
            }
            if (reference == null) {
                reference = results;
            }
            for (int k = 0; k < results.length; k++) {
                assertArrayEquals(reference[k], results[k], 0, "kernel " + k + " on " + threads + " threads");
            }
        }
    }
}
