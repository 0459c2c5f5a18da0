package dev.symbolon.internal.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DotsTest {
    private static final boolean VECTOR_MODULE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    @Test
    void theVectorKernelsRunExactlyWhenTheJvmHasTheVectorApi() {
        assertEquals(VECTOR_MODULE, VectorSupport.enabled());
        assertEquals(VECTOR_MODULE ? "VectorDots" : "ScalarDots", Dots.INSTANCE.getClass().getSimpleName());
    }

    @Test
    void dotEqualsTheScalarLoopOnEveryLengthAndOffset() {
        SplittableRandom random = new SplittableRandom(7);
        ScalarDots scalar = new ScalarDots();
        for (int n : new int[] {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 63, 784, 1001}) {
            for (int aOff : new int[] {0, 1, 5}) {
                double[] a = random.doubles(n + aOff + 3, -1, 1).toArray();
                double[] b = random.doubles(n + 2, -1, 1).toArray();
                double expected = scalar.dot(a, aOff, b, 2, n);
                double magnitude = 0;
                for (int i = 0; i < n; i++) {
                    magnitude += Math.abs(a[aOff + i] * b[2 + i]);
                }
                assertEquals(expected, Dots.INSTANCE.dot(a, aOff, b, 2, n), 1e-15 * Math.max(1, magnitude),
                        "n=" + n + " aOff=" + aOff);
            }
        }
    }

    @Test
    void axpyAddsTheScaledRangeAndLeavesTheRestAlone() {
        SplittableRandom random = new SplittableRandom(11);
        for (int n : new int[] {0, 1, 3, 8, 13, 64, 785}) {
            double[] x = random.doubles(n + 4, -1, 1).toArray();
            double[] y = random.doubles(n + 6, -1, 1).toArray();
            double[] expected = y.clone();
            new ScalarDots().axpy(-0.75, x, 4, expected, 3, n);
            Dots.INSTANCE.axpy(-0.75, x, 4, y, 3, n);
            for (int i = 0; i < y.length; i++) {
                assertEquals(expected[i], y[i], 1e-15, "n=" + n + " element " + i);
            }
        }
    }

    @Test
    void rowDotsAndRowAxpysEqualOneRowAtATime() {
        SplittableRandom random = new SplittableRandom(13);
        ScalarDots scalar = new ScalarDots();
        for (int k : new int[] {0, 1, 7, 8, 9, 784}) {
            for (int rows = 1; rows <= Dots.ROWS; rows++) {
                double[] a = random.doubles(3 + rows * k, -1, 1).toArray();
                double[] v = random.doubles(k, -1, 1).toArray();
                double[] out = new double[Dots.ROWS];
                Dots.INSTANCE.rowDots(a, 3, k, v, rows, out);
                double[] r = random.doubles(Dots.ROWS, -1, 1).toArray();
                double[] y = random.doubles(k + 2, -1, 1).toArray();
                double[] expected = y.clone();
                Dots.INSTANCE.rowAxpys(r, a, 3, k, rows, y, 0);
                for (int row = 0; row < rows; row++) {
                    assertEquals(scalar.dot(a, 3 + row * k, v, 0, k), out[row], 1e-13, "k=" + k + " row " + row);
                    scalar.axpy(r[row], a, 3 + row * k, expected, 0, k);
                }
                for (int i = 0; i < y.length; i++) {
                    assertEquals(expected[i], y[i], 1e-14, "k=" + k + " rows=" + rows + " element " + i);
                }
            }
        }
    }
}
