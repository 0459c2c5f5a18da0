package dev.symbolon.benchmarks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

/** W4's implementations, agreeing on a reduced size; no timing. */
class MlpAgreementTest {
    @Test
    void symbolonAndEjmlAgreeWithTheLoopsOverMoreThanOnePassOfTheBatches() {
        MlpData data = MlpData.generate(4, 64, 20, 8, 3, 16);
        assertDoesNotThrow(() -> StepAgreement.check(6, new MlpLoops(data), new MlpSymbolon(data), new MlpEjml(data)));
    }
}
