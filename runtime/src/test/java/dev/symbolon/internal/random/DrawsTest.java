package dev.symbolon.internal.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The draw definition: independent of how blocks are shared out, and of the right distributions. */
class DrawsTest {
    private static final int N = 100_000;
    private static final DrawCall CALL = new DrawCall(1234, 5);

    @Test
    void blocksFilledInAnyPartitionGiveTheSameDraw() {
        int size = 5 * Draws.BLOCK + 17;
        for (Draws.Kind kind : Draws.Kind.values()) {
            double[] whole = Draws.float64(kind, CALL, 3, 0.4, size);
            int blocks = Draws.blocks(size);
            for (int threads : new int[] {2, 3, 6}) {
                double[] parts = new double[size];
                // the blocks dealt out as threads would take them, last part first
                for (int t = threads - 1; t >= 0; t--) {
                    Draws.fill(kind, CALL, 3, 0.4, parts, blocks * t / threads, blocks * (t + 1) / threads);
                }
                assertArrayEquals(whole, parts, kind + " in " + threads + " parts");
            }
            float[] whole32 = Draws.float32(kind, CALL, 3, 0.4, size);
            float[] parts32 = new float[size];
            Draws.fill(kind, CALL, 3, 0.4, parts32, 2, blocks);
            Draws.fill(kind, CALL, 3, 0.4, parts32, 0, 2);
            assertArrayEquals(whole32, parts32, kind + " float32");
        }
    }

    @Test
    void callsKeysAndSeedsGiveDifferentStreams() {
        double[] base = Draws.float64(Draws.Kind.UNIFORM, CALL, 0, 0, 8);
        assertArrayEquals(base, Draws.float64(Draws.Kind.UNIFORM, new DrawCall(1234, 5), 0, 0, 8));
        assertFalse(Arrays.equals(base, Draws.float64(Draws.Kind.UNIFORM, new DrawCall(1234, 6), 0, 0, 8)));
        assertFalse(Arrays.equals(base, Draws.float64(Draws.Kind.UNIFORM, new DrawCall(1235, 5), 0, 0, 8)));
        assertFalse(Arrays.equals(base, Draws.float64(Draws.Kind.UNIFORM, CALL, 1, 0, 8)));
    }

    @Test
    void uniformHasMeanOneHalfAndVarianceOneTwelfthInZeroToOne() {
        double[] u = Draws.float64(Draws.Kind.UNIFORM, CALL, 0, 0, N);
        assertTrue(Arrays.stream(u).allMatch(v -> v >= 0 && v < 1));
        assertMoments(u, 0.5, 1.0 / 12, 1.0 / 80);
        float[] f = Draws.float32(Draws.Kind.UNIFORM, CALL, 0, 0, N);
        double[] asDouble = new double[N];
        for (int i = 0; i < N; i++) {
            assertTrue(f[i] >= 0 && f[i] < 1);
            asDouble[i] = f[i];
        }
        assertMoments(asDouble, 0.5, 1.0 / 12, 1.0 / 80);
    }

    @Test
    void normalHasMeanZeroAndVarianceOne() {
        assertMoments(Draws.float64(Draws.Kind.NORMAL, CALL, 0, 0, N), 0, 1, 3);
    }

    @Test
    void bernoulliIsOneWithProbabilityP() {
        double p = 0.3;
        double[] b = Draws.float64(Draws.Kind.BERNOULLI, CALL, 0, p, N);
        assertTrue(Arrays.stream(b).allMatch(v -> v == 0 || v == 1));
        assertMoments(b, p, p * (1 - p), p * (1 - p) * (1 - 3 * p * (1 - p)));
    }

    /**
     * Sample mean and variance within 5 standard errors: the mean's is sqrt(variance / n), the sample
     * variance's about sqrt((mu4 - variance^2) / n), given the distribution's fourth central moment.
     */
    private static void assertMoments(double[] x, double mean, double variance, double fourthMoment) {
        double m = Arrays.stream(x).average().orElseThrow();
        double v = Arrays.stream(x).map(e -> (e - m) * (e - m)).sum() / (x.length - 1);
        assertEquals(mean, m, 5 * Math.sqrt(variance / x.length), "mean");
        assertEquals(variance, v, 5 * Math.sqrt((fourthMoment - variance * variance) / x.length), "variance");
    }

    @Test
    void aSeedRestartsTheCallsOfAState() {
        RandomState a = new RandomState();
        RandomState b = new RandomState();
        a.seed(9);
        b.seed(9);
        assertEquals(new DrawCall(9, 0), a.nextCall());
        assertEquals(new DrawCall(9, 1), a.nextCall());
        assertEquals(new DrawCall(9, 0), b.nextCall());
        a.seed(9);
        assertEquals(new DrawCall(9, 0), a.nextCall());
    }
}
