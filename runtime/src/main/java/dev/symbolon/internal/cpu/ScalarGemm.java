package dev.symbolon.internal.cpu;

import java.util.Arrays;

/**
 * {@link Gemm} in plain loops: the JVMs without the Vector API, and the reference for the vector one.
 * Row by row, each row of {@code op(B)} scaled and added into the row of C, over blocks of {@code p}
 * that keep that part of B in the second-level cache; the JIT vectorizes the innermost loop.
 */
public final class ScalarGemm implements Gemm {
    private static final int K_BLOCK = 128;

    @Override
    public void multiply(int m, int n, int k, double[] a, int aOff, int lda, boolean transA, double[] b, int bOff,
            int ldb, boolean transB, double[] c, int cOff, int ldc, boolean accumulate) {
        if (m == 0 || n == 0) {
            return;
        }
        double[] bRows;
        int bFirst;
        int ldbRows;
        if (transB) {
            // the inner loop runs along a row of op(B), so a transposed B is copied once into rows
            bRows = new double[k * n];
            for (int j = 0; j < n; j++) {
                for (int p = 0; p < k; p++) {
                    bRows[p * n + j] = b[bOff + j * ldb + p];
                }
            }
            bFirst = 0;
            ldbRows = n;
        } else {
            bRows = b;
            bFirst = bOff;
            ldbRows = ldb;
        }
        Parallel.Range rows = (from, to) -> {
            if (!accumulate) {
                for (int i = from; i < to; i++) {
                    Arrays.fill(c, cOff + i * ldc, cOff + i * ldc + n, 0.0);
                }
            }
            for (int p0 = 0; p0 < k; p0 += K_BLOCK) {
                int p1 = Math.min(k, p0 + K_BLOCK);
                for (int i = from; i < to; i++) {
                    int ci = cOff + i * ldc;
                    for (int p = p0; p < p1; p++) {
                        double aip = transA ? a[aOff + p * lda + i] : a[aOff + i * lda + p];
                        int bp = bFirst + p * ldbRows;
                        for (int j = 0; j < n; j++) {
                            c[ci + j] = Math.fma(aip, bRows[bp + j], c[ci + j]);
                        }
                    }
                }
            }
        };
        if (Gemm.parallel(m, n, k)) {
            Parallel.forRange(m, ROW_CHUNK, rows);
        } else {
            rows.run(0, m);
        }
    }
}
