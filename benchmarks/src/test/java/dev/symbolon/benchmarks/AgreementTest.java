package dev.symbolon.benchmarks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AgreementTest {
    @Test
    void valuesWithinTheToleranceAgree() {
        assertDoesNotThrow(() -> Agreement.requireClose("cost", 0.5, 0.5 * (1 + 0.5e-9)));
        assertDoesNotThrow(() -> Agreement.requireClose("w", new double[] {100, 1e-3}, new double[] {100, 1e-3 + 1e-8}));
    }

    @Test
    void aDifferenceOrANaNFailsNamingWhat() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Agreement.requireClose("cost at step 2", 0.5, 0.5 * (1 + 2e-9)));
        assertTrue(e.getMessage().startsWith("cost at step 2 disagrees"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> Agreement.requireClose("cost", 0.5, Double.NaN));
    }

    @Test
    void anArrayElementIsJudgedOnTheScaleOfTheArray() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Agreement.requireClose("w", new double[] {1, 2, 3}, new double[] {1, 2 + 1e-8, 3}));
        assertTrue(e.getMessage().contains("at element 1"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> Agreement.requireClose("w", new double[2], new double[3]));
    }
}
