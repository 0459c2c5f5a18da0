package dev.symbolon.internal.cpu;

/**
 * The float64 matrix product {@code C = op(A) op(B)} or {@code C += op(A) op(B)} over row-major
 * ranges of arrays, where {@code op(X)} is {@code X} or its transpose, read in place: one
 * implementation with the Vector API (packed, register-tiled) and one with scalar loops, chosen once
 * by {@link VectorSupport}.
 *
 * <p>Every element is one chain of fused multiply-adds in increasing {@code p}, starting from zero
 * (or from the element's value when accumulating): {@code c = fma(op(A)[i][p], op(B)[p][j], c)}.
 * So both implementations give the same bits as that triple loop, for any blocking, and for any
 * number of threads: large products split the rows of C into fixed chunks on {@link Parallel}, each
 * element computed by one thread.
 */
public interface Gemm {
    /** The implementation this JVM uses. */
    Gemm INSTANCE = VectorSupport.load(Gemm.class, "VectorGemm", ScalarGemm::new);

    /**
     * Products of at least this many floating-point operations ({@code 2mnk}) use every core; below
     * it, forking (about ten microseconds) costs more than it saves (docs/BENCHMARKS.md).
     */
    long PARALLEL_FLOPS = 1L << 21;

    /** Rows of C per parallel chunk: a multiple of every implementation's register tile. */
    int ROW_CHUNK = 64;

    /**
     * {@code C[i][j] (+)= sum_p op(A)[i][p] op(B)[p][j]} for {@code i < m, j < n, p < k}, where
     * {@code X[r][s]} is {@code x[xOff + r * ldx + s]}, {@code op(A)[i][p]} is {@code A[p][i]} when
     * {@code transA}, and {@code op(B)[p][j]} is {@code B[j][p]} when {@code transB}. Without
     * {@code accumulate}, C's previous values are not read. Writes nothing outside C's {@code m x n}
     * elements.
     */
    void multiply(int m, int n, int k, double[] a, int aOff, int lda, boolean transA, double[] b, int bOff, int ldb,
            boolean transB, double[] c, int cOff, int ldc, boolean accumulate);

    /** Whether a product of these dimensions is large enough for every core. */
    static boolean parallel(int m, int n, int k) {
        return 2.0 * m * n * k >= PARALLEL_FLOPS && m > ROW_CHUNK;
    }
}
