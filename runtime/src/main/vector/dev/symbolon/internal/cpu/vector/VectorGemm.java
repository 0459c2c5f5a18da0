package dev.symbolon.internal.cpu.vector;

import dev.symbolon.internal.cpu.Gemm;
import dev.symbolon.internal.cpu.Parallel;
import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Gemm} with the Vector API, blocked as the BLIS family of libraries does: {@code op(B)} is
 * packed once per block of columns into panels {@code NR} columns wide (contiguous along {@code p}),
 * each chunk of {@code MC} rows of C packs its rows of {@code op(A)} per block of {@code KC} into
 * slivers {@code MR} rows tall, and an {@code MR x NR} register tile (sixteen vector accumulators)
 * multiplies one sliver by one panel. A panel (KC x NR) stays in the first-level cache while the
 * chunk's slivers pass by; the chunk's packed A (MC x KC) stays in the second. Packing pads with
 * zeros, so the tile never branches on edges; a tile that sticks out of C runs on a small copy.
 * Reading transposed operands costs only a different packing loop.
 */
public final class VectorGemm implements Gemm {
    private static final VectorSpecies<Double> S = Lanes.DOUBLES;
    private static final int L = S.length();
    private static final int MR = 8;
    private static final int NR = 2 * L;
    private static final int KC = 256;
    private static final int MC = ROW_CHUNK;
    /** At most this many doubles of packed B at a time (16 MiB), so huge products do not double their memory. */
    private static final int PACKED_B_LIMIT = 1 << 21;
    /** Doubles of packed B per parallel packing chunk (2 MiB): a copy that long outweighs a fork. */
    private static final int PACK_CHUNK = 1 << 18;

    private static final ThreadLocal<double[]> PACKED_A = new ThreadLocal<>();
    private static final ThreadLocal<double[]> PACKED_B = new ThreadLocal<>();
    private static final ThreadLocal<double[]> TILE = new ThreadLocal<>();

    static {
        if (MC % MR != 0) {
            throw new AssertionError("row chunks of " + MC + " are not whole tiles of " + MR);
        }
    }

    @Override
    public void multiply(int m, int n, int k, double[] a, int aOff, int lda, boolean transA, double[] b, int bOff,
            int ldb, boolean transB, double[] c, int cOff, int ldc, boolean accumulate) {
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            if (!accumulate) {
                for (int i = 0; i < m; i++) {
                    Arrays.fill(c, cOff + i * ldc, cOff + i * ldc + n, 0.0);
                }
            }
            return;
        }
        boolean parallel = Gemm.parallel(m, n, k);
        int nc = Math.max(NR, PACKED_B_LIMIT / k / NR * NR);
        double[] packedB = take(PACKED_B, k * Math.min(roundUp(n, NR), nc));
        try {
            for (int j0 = 0; j0 < n; j0 += nc) {
                int cols = Math.min(nc, n - j0);
                int panels = (cols + NR - 1) / NR;
                int first = j0;
                Parallel.Range pack = (from, to) -> {
                    for (int panel = from; panel < to; panel++) {
                        packB(k, b, bOff, ldb, transB, first + panel * NR, Math.min(NR, cols - panel * NR), packedB,
                                panel * k * NR);
                    }
                };
                Parallel.Range rows = (from, to) -> rowChunks(from, to, first, cols, k, a, aOff, lda, transA,
                        packedB, c, cOff, ldc, accumulate);
                if (parallel) {
                    Parallel.forRange(panels, Math.max(1, PACK_CHUNK / (k * NR)), pack);
                    Parallel.forRange(m, MC, rows);
                } else {
                    pack.run(0, panels);
                    rows.run(0, m);
                }
            }
        } finally {
            PACKED_B.set(packedB);
        }
    }

    /** Rows {@code [from, to)} of C, columns {@code [j0, j0 + cols)}, from the packed panels of those columns. */
    private static void rowChunks(int from, int to, int j0, int cols, int k, double[] a, int aOff, int lda,
            boolean transA, double[] packedB, double[] c, int cOff, int ldc, boolean accumulate) {
        double[] packedA = take(PACKED_A, MC * KC);
        double[] tile = take(TILE, MR * NR);
        try {
            for (int i0 = from; i0 < to; i0 += MC) {
                rowChunk(i0, Math.min(to, i0 + MC), j0, cols, k, a, aOff, lda, transA, packedB, c, cOff, ldc,
                        accumulate, packedA, tile);
            }
        } finally {
            PACKED_A.set(packedA);
            TILE.set(tile);
        }
    }

    /** At most {@code MC} rows {@code [i0, i1)} of C, with {@code packedA} and {@code tile} to work in. */
    private static void rowChunk(int i0, int i1, int j0, int cols, int k, double[] a, int aOff, int lda,
            boolean transA, double[] packedB, double[] c, int cOff, int ldc, boolean accumulate, double[] packedA,
            double[] tile) {
        int rows = i1 - i0;
        int slivers = (rows + MR - 1) / MR;
        int panels = (cols + NR - 1) / NR;
        for (int p0 = 0; p0 < k; p0 += KC) {
            int kc = Math.min(KC, k - p0);
            for (int s = 0; s < slivers; s++) {
                packA(kc, a, aOff, lda, transA, i0 + s * MR, Math.min(MR, rows - s * MR), p0, packedA, s * kc * MR);
            }
            boolean load = p0 > 0 || accumulate;
            for (int panel = 0; panel < panels; panel++) {
                int j = j0 + panel * NR;
                int width = Math.min(NR, cols - panel * NR);
                int bIdx = (panel * k + p0) * NR;
                for (int s = 0; s < slivers; s++) {
                    int i = i0 + s * MR;
                    int height = Math.min(MR, rows - s * MR);
                    int cIdx = cOff + i * ldc + j;
                    if (height == MR && width == NR) {
                        kernel(kc, packedA, s * kc * MR, packedB, bIdx, c, cIdx, ldc, load);
                    } else {
                        edge(kc, packedA, s * kc * MR, packedB, bIdx, c, cIdx, ldc, load, height, width, tile);
                    }
                }
            }
        }
    }

    /** A tile that sticks out of C: computed on a full-size copy of its part of C, then copied back. */
    private static void edge(int kc, double[] ap, int aIdx, double[] bp, int bIdx, double[] c, int cIdx, int ldc,
            boolean load, int height, int width, double[] tile) {
        Arrays.fill(tile, 0.0);
        if (load) {
            for (int r = 0; r < height; r++) {
                System.arraycopy(c, cIdx + r * ldc, tile, r * NR, width);
            }
        }
        kernel(kc, ap, aIdx, bp, bIdx, tile, 0, NR, true);
        for (int r = 0; r < height; r++) {
            System.arraycopy(tile, r * NR, c, cIdx + r * ldc, width);
        }
    }

    /**
     * Columns {@code [j, j + width)} of {@code op(B)}, all {@code k} rows, into {@code NR}-wide rows
     * of {@code packed} from {@code at}, zero past {@code width}.
     */
    private static void packB(int k, double[] b, int bOff, int ldb, boolean transB, int j, int width, double[] packed,
            int at) {
        if (transB) {
            if (width < NR) {
                Arrays.fill(packed, at, at + k * NR, 0.0);
            }
            for (int jj = 0; jj < width; jj++) {
                int from = bOff + (j + jj) * ldb;
                for (int p = 0; p < k; p++) {
                    packed[at + p * NR + jj] = b[from + p];
                }
            }
        } else {
            for (int p = 0; p < k; p++) {
                int to = at + p * NR;
                System.arraycopy(b, bOff + p * ldb + j, packed, to, width);
                if (width < NR) {
                    Arrays.fill(packed, to + width, to + NR, 0.0);
                }
            }
        }
    }

    /**
     * Rows {@code [i, i + height)} of {@code op(A)}, columns {@code [p0, p0 + kc)}, into
     * {@code MR}-tall columns of {@code packed} from {@code at}, zero past {@code height}.
     */
    private static void packA(int kc, double[] a, int aOff, int lda, boolean transA, int i, int height, int p0,
            double[] packed, int at) {
        if (height < MR) {
            Arrays.fill(packed, at, at + kc * MR, 0.0);
        }
        if (transA) {
            for (int p = 0; p < kc; p++) {
                System.arraycopy(a, aOff + (p0 + p) * lda + i, packed, at + p * MR, height);
            }
        } else {
            for (int r = 0; r < height; r++) {
                int from = aOff + (i + r) * lda + p0;
                for (int p = 0; p < kc; p++) {
                    packed[at + p * MR + r] = a[from + p];
                }
            }
        }
    }

    /**
     * The {@code MR x NR} tile of C at {@code cIdx} (rows {@code ldc} apart) gets the product of a
     * packed sliver of A and a packed panel of B over {@code kc} steps, each accumulator one chain of
     * fused multiply-adds, started from C when {@code load} and from zero otherwise.
     */
    private static void kernel(int kc, double[] ap, int aIdx, double[] bp, int bIdx, double[] c, int cIdx, int ldc,
            boolean load) {
        DoubleVector c00, c01, c10, c11, c20, c21, c30, c31, c40, c41, c50, c51, c60, c61, c70, c71;
        if (load) {
            c00 = DoubleVector.fromArray(S, c, cIdx);
            c01 = DoubleVector.fromArray(S, c, cIdx + L);
            c10 = DoubleVector.fromArray(S, c, cIdx + 1 * ldc);
            c11 = DoubleVector.fromArray(S, c, cIdx + 1 * ldc + L);
            c20 = DoubleVector.fromArray(S, c, cIdx + 2 * ldc);
            c21 = DoubleVector.fromArray(S, c, cIdx + 2 * ldc + L);
            c30 = DoubleVector.fromArray(S, c, cIdx + 3 * ldc);
            c31 = DoubleVector.fromArray(S, c, cIdx + 3 * ldc + L);
            c40 = DoubleVector.fromArray(S, c, cIdx + 4 * ldc);
            c41 = DoubleVector.fromArray(S, c, cIdx + 4 * ldc + L);
            c50 = DoubleVector.fromArray(S, c, cIdx + 5 * ldc);
            c51 = DoubleVector.fromArray(S, c, cIdx + 5 * ldc + L);
            c60 = DoubleVector.fromArray(S, c, cIdx + 6 * ldc);
            c61 = DoubleVector.fromArray(S, c, cIdx + 6 * ldc + L);
            c70 = DoubleVector.fromArray(S, c, cIdx + 7 * ldc);
            c71 = DoubleVector.fromArray(S, c, cIdx + 7 * ldc + L);
        } else {
            DoubleVector zero = DoubleVector.zero(S);
            c00 = zero;
            c01 = zero;
            c10 = zero;
            c11 = zero;
            c20 = zero;
            c21 = zero;
            c30 = zero;
            c31 = zero;
            c40 = zero;
            c41 = zero;
            c50 = zero;
            c51 = zero;
            c60 = zero;
            c61 = zero;
            c70 = zero;
            c71 = zero;
        }
        for (int p = 0, ai = aIdx, bi = bIdx; p < kc; p++, ai += MR, bi += NR) {
            DoubleVector b0 = DoubleVector.fromArray(S, bp, bi);
            DoubleVector b1 = DoubleVector.fromArray(S, bp, bi + L);
            DoubleVector a0 = DoubleVector.broadcast(S, ap[ai]);
            c00 = b0.fma(a0, c00);
            c01 = b1.fma(a0, c01);
            DoubleVector a1 = DoubleVector.broadcast(S, ap[ai + 1]);
            c10 = b0.fma(a1, c10);
            c11 = b1.fma(a1, c11);
            DoubleVector a2 = DoubleVector.broadcast(S, ap[ai + 2]);
            c20 = b0.fma(a2, c20);
            c21 = b1.fma(a2, c21);
            DoubleVector a3 = DoubleVector.broadcast(S, ap[ai + 3]);
            c30 = b0.fma(a3, c30);
            c31 = b1.fma(a3, c31);
            DoubleVector a4 = DoubleVector.broadcast(S, ap[ai + 4]);
            c40 = b0.fma(a4, c40);
            c41 = b1.fma(a4, c41);
            DoubleVector a5 = DoubleVector.broadcast(S, ap[ai + 5]);
            c50 = b0.fma(a5, c50);
            c51 = b1.fma(a5, c51);
            DoubleVector a6 = DoubleVector.broadcast(S, ap[ai + 6]);
            c60 = b0.fma(a6, c60);
            c61 = b1.fma(a6, c61);
            DoubleVector a7 = DoubleVector.broadcast(S, ap[ai + 7]);
            c70 = b0.fma(a7, c70);
            c71 = b1.fma(a7, c71);
        }
        c00.intoArray(c, cIdx);
        c01.intoArray(c, cIdx + L);
        c10.intoArray(c, cIdx + 1 * ldc);
        c11.intoArray(c, cIdx + 1 * ldc + L);
        c20.intoArray(c, cIdx + 2 * ldc);
        c21.intoArray(c, cIdx + 2 * ldc + L);
        c30.intoArray(c, cIdx + 3 * ldc);
        c31.intoArray(c, cIdx + 3 * ldc + L);
        c40.intoArray(c, cIdx + 4 * ldc);
        c41.intoArray(c, cIdx + 4 * ldc + L);
        c50.intoArray(c, cIdx + 5 * ldc);
        c51.intoArray(c, cIdx + 5 * ldc + L);
        c60.intoArray(c, cIdx + 6 * ldc);
        c61.intoArray(c, cIdx + 6 * ldc + L);
        c70.intoArray(c, cIdx + 7 * ldc);
        c71.intoArray(c, cIdx + 7 * ldc + L);
    }

    private static double[] take(ThreadLocal<double[]> buffers, int size) {
        // taken out while in use, so a nested product on this thread (a pool thread helping) gets its own
        double[] buffer = buffers.get();
        buffers.set(null);
        return buffer != null && buffer.length >= size ? buffer : new double[size];
    }

    private static int roundUp(int n, int multiple) {
        return (n + multiple - 1) / multiple * multiple;
    }
}
