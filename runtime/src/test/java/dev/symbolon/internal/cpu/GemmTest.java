package dev.symbolon.internal.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GemmTest {
    private static final boolean VECTOR_MODULE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    private static final int[] SIZES = {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 33, 65};

    @Test
    void theVectorGemmRunsExactlyWhenTheJvmHasTheVectorApi() {
        assertEquals(VECTOR_MODULE ? "VectorGemm" : "ScalarGemm", Gemm.INSTANCE.getClass().getSimpleName());
    }

    /** The chosen kernel and the scalar one both equal the fused multiply-add triple loop to the bit. */
    @Test
    void everyShapeAndTransposeEqualsTheFusedTripleLoop() {
        SplittableRandom random = new SplittableRandom(5);
        for (int m : SIZES) {
            for (int n : SIZES) {
                for (int k : new int[] {0, 1, 2, 9, 17, 300}) {
                    for (int flags = 0; flags < 8; flags++) {
                        checkBoth(random, m, n, k, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, 0);
                    }
                }
            }
        }
    }

    /** Offsets and leading dimensions wider than the rows: nothing outside C's elements is written. */
    @Test
    void offsetsAndLeadingDimensionsReadAndWriteOnlyTheirElements() {
        SplittableRandom random = new SplittableRandom(9);
        for (int flags = 0; flags < 8; flags++) {
            checkBoth(random, 13, 19, 21, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, 3);
            checkBoth(random, 70, 40, 260, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, 5);
        }
    }

    /** W4's shapes, large enough to run on the pool, with every transpose. */
    @Test
    void largeProductsEqualTheTripleLoop() {
        SplittableRandom random = new SplittableRandom(13);
        for (int flags = 0; flags < 4; flags++) {
            checkBoth(random, 256, 256, 784, (flags & 1) != 0, (flags & 2) != 0, false, 0);
        }
        checkBoth(random, 784, 256, 256, true, false, false, 0);
        checkBoth(random, 256, 10, 256, false, false, true, 0);
        checkBoth(random, 200, 3000, 700, false, false, false, 1);
    }

    /** The fused triple loop stays within rounding of the plainly summed product. */
    @Test
    void theFusedLoopIsTheProduct() {
        double[] a = {1, 2, 3, 4, 5, 6};
        double[] b = {7, 8, 9, 10, 11, 12};
        double[] c = new double[4];
        Gemm.INSTANCE.multiply(2, 2, 3, a, 0, 3, false, b, 0, 2, false, c, 0, 2, false);
        assertArrayEquals(new double[] {58, 64, 139, 154}, c);
        Gemm.INSTANCE.multiply(2, 2, 3, a, 0, 2, true, b, 0, 3, true, c, 0, 2, true);
        // a read as the transpose of {{1, 2}, {3, 4}, {5, 6}} and b of {{7, 8, 9}, {10, 11, 12}}
        assertArrayEquals(new double[] {58 + 76, 64 + 103, 139 + 100, 154 + 136}, c);
    }

    private static void checkBoth(SplittableRandom random, int m, int n, int k, boolean transA, boolean transB,
            boolean accumulate, int pad) {
        int lda = (transA ? m : k) + pad;
        int ldb = (transB ? k : n) + pad;
        int ldc = n + pad;
        int aOff = pad;
        int bOff = 2 * pad;
        int cOff = pad;
        double[] a = random.doubles(aOff + (transA ? k : m) * lda, -1, 1).toArray();
        double[] b = random.doubles(bOff + (transB ? n : k) * ldb, -1, 1).toArray();
        double[] c0 = random.doubles(cOff + m * ldc + pad, -1, 1).toArray();
        double[] expected = c0.clone();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = accumulate ? expected[cOff + i * ldc + j] : 0;
                for (int p = 0; p < k; p++) {
                    double aip = transA ? a[aOff + p * lda + i] : a[aOff + i * lda + p];
                    double bpj = transB ? b[bOff + j * ldb + p] : b[bOff + p * ldb + j];
                    s = Math.fma(aip, bpj, s);
                }
                expected[cOff + i * ldc + j] = s;
            }
        }
        String what = m + "x" + k + " . " + k + "x" + n + " transA=" + transA + " transB=" + transB + " accumulate="
                + accumulate + " pad=" + pad;
        for (Gemm gemm : new Gemm[] {Gemm.INSTANCE, new ScalarGemm()}) {
            double[] c = c0.clone();
            gemm.multiply(m, n, k, a, aOff, lda, transA, b, bOff, ldb, transB, c, cOff, ldc, accumulate);
            assertArrayEquals(expected, c, gemm.getClass().getSimpleName() + " " + what);
        }
    }
}
