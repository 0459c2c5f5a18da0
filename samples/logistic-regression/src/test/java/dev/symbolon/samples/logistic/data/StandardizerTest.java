package dev.symbolon.samples.logistic.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StandardizerTest {
    @Test
    void fitsMeanAndPopulationDeviationPerColumn() {
        Standardizer s = Standardizer.fit(new double[][] {{1, 10}, {3, 10}, {5, 10}});
        assertArrayEquals(new double[] {3, 10}, s.mean(), 0);
        assertArrayEquals(new double[] {Math.sqrt(8.0 / 3), 0}, s.std(), 1e-15);
    }

    @Test
    void appliesTrainingStatisticsToOtherRowsAndOnlyCentresConstantColumns() {
        Standardizer s = Standardizer.fit(new double[][] {{0, 7}, {2, 7}});
        double[][] scaled = s.apply(new double[][] {{4, 9}, {1, 7}});
        assertArrayEquals(new double[] {3, 2}, scaled[0], 0);
        assertArrayEquals(new double[] {0, 0}, scaled[1], 0);
    }

    @Test
    void leavesItsInputAlone() {
        double[][] rows = {{1}, {3}};
        Standardizer.fit(rows).apply(rows);
        assertArrayEquals(new double[] {1}, rows[0], 0);
    }

    @Test
    void rejectsRowsOfAnotherWidth() {
        Standardizer s = Standardizer.fit(new double[][] {{1, 2}});
        assertThrows(IllegalArgumentException.class, () -> s.apply(new double[][] {{1}}));
    }
}
