package dev.symbolon.internal.cpu;

import java.util.Arrays;

/**
 * Float64 matrix-vector products on {@link Dots}: {@code A x} as one dot product per row of A, and
 * {@code x A} as one scaled row of A added per element of x. Large matrices use every core: rows of
 * {@code A x} in fixed chunks (each element one dot product, so nothing depends on the split), and
 * for {@code x A} fixed chunks of A's rows, each summed into a partial result of its own, the
 * partials then added in chunk order. The chunks depend on the shape only, never on the number of
 * threads, so neither does a result.
 */
final class MatrixVector {
    /** Matrices of at least this many elements (2 MiB) are split over the cores: below, forking costs more than it saves. */
    static final int PARALLEL_ELEMENTS = 1 << 18;
    /** Elements of A per chunk: a few hundred microseconds of streaming. */
    private static final int CHUNK_ELEMENTS = 1 << 17;

    private MatrixVector() {}

    /** {@code y = A x} for A {@code m x k}, row-major. */
    static double[] times(double[] a, int m, int k, double[] x, double[] y) {
        Dots dots = Dots.INSTANCE;
        Parallel.Range rows = (from, to) -> {
            for (int i = from; i < to; i++) {
                y[i] = dots.dot(a, i * k, x, 0, k);
            }
        };
        if ((long) m * k >= PARALLEL_ELEMENTS) {
            Parallel.forRange(m, Math.max(1, CHUNK_ELEMENTS / Math.max(1, k)), rows);
        } else {
            rows.run(0, m);
        }
        return y;
    }

    /** {@code y = x A} for A {@code k x n}, row-major; {@code y} starts zero. */
    static double[] timesLeft(double[] x, double[] a, int k, int n, double[] y) {
        Dots dots = Dots.INSTANCE;
        // y may be a work buffer of an earlier call: the sums start from zero
        Arrays.fill(y, 0, n, 0.0);
        if ((long) k * n < PARALLEL_ELEMENTS || n == 0) {
            for (int p = 0; p < k; p++) {
                dots.axpy(x[p], a, p * n, y, 0, n);
            }
            return y;
        }
        int grain = Math.max(1, CHUNK_ELEMENTS / n);
        int chunks = Parallel.chunks(k, grain);
        double[] partials = new double[Math.multiplyExact(chunks, n)];
        Parallel.forRange(k, grain, (from, to) -> {
            int at = from / grain * n;
            for (int p = from; p < to; p++) {
                dots.axpy(x[p], a, p * n, partials, at, n);
            }
        });
        for (int c = 0; c < chunks; c++) {
            dots.axpy(1.0, partials, c * n, y, 0, n);
        }
        return y;
    }
}
