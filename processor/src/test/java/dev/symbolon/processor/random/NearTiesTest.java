package dev.symbolon.processor.random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.runtime.NDArray;
import org.junit.jupiter.api.Test;

class NearTiesTest {
    private static final NDArray ROWS = NDArray.of(new double[][] {
        {0.2744368457017603, 0.27443684570176025, 0.1},
        {0.5, 0.5000001, 0.1},
    });

    @Test
    void aRunnerUpWithinRoundingOfTheWinnerIsATie() {
        // row 0's two largest differ in the last bit, as two ways of rounding the same sum do
        assertTrue(NearTies.hasNearTie(ROWS, new int[] {1}, true));
    }

    @Test
    void valuesApartByMoreThanRoundingOrTiedAwayFromTheWinnerAreNot() {
        assertFalse(NearTies.hasNearTie(NDArray.of(new double[][] {{1, 2}, {3, 4}}), new int[] {0}, true));
        assertFalse(NearTies.hasNearTie(NDArray.of(new double[] {0.1, 0.1, 3.0}), new int[] {0}, true));
        assertTrue(NearTies.hasNearTie(NDArray.of(new double[] {0.1, 0.1, 3.0}), new int[] {0}, false));
    }
}
