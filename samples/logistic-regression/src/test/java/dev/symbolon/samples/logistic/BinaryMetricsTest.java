package dev.symbolon.samples.logistic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BinaryMetricsTest {
    @Test
    void countsTheConfusionMatrixWithHalfAsTheThreshold() {
        BinaryMetrics m = BinaryMetrics.of(
                new double[] {0.9, 0.5, 0.2, 0.49, 0.7, 0.1},
                new double[] {1, 1, 1, 0, 0, 0});
        assertEquals(new BinaryMetrics(2, 1, 2, 1), m);
        assertEquals(6, m.total());
        assertEquals(4.0 / 6, m.accuracy(), 1e-15);
        assertEquals(2.0 / 3, m.precision(), 1e-15);
        assertEquals(2.0 / 3, m.recall(), 1e-15);
    }

    @Test
    void precisionAndRecallAreZeroWhenUndefined() {
        BinaryMetrics m = BinaryMetrics.of(new double[] {0.1, 0.2}, new double[] {0, 0});
        assertEquals(1.0, m.accuracy());
        assertEquals(0.0, m.precision());
        assertEquals(0.0, m.recall());
    }
}
