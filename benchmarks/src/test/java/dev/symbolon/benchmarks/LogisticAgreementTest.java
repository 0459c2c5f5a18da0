package dev.symbolon.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** W1 and W2's implementations, agreeing on a reduced size; no timing. */
class LogisticAgreementTest {
    private final LogisticData data = LogisticData.generate(1, 40, 30);

    @Test
    void symbolonAndEjmlAgreeWithTheLoops() {
        assertDoesNotThrow(() -> StepAgreement.check(10, new LogisticLoops(data), new LogisticSymbolon(data), new LogisticEjml(data)));
    }

    @Test
    void theRunTimeFunctionTakesTheCompiledStepsExactly() {
        TrainingStep compiled = new LogisticSymbolon(data);
        TrainingStep runtime = new LogisticRuntime(data);
        for (int step = 0; step < 5; step++) {
            assertEquals(compiled.step(), runtime.step(), "cost of step " + step);
        }
        assertArrayEquals(compiled.parameters().get("w"), runtime.parameters().get("w"));
        assertArrayEquals(compiled.parameters().get("b"), runtime.parameters().get("b"));
    }

    @Test
    void theCheckLeavesEveryImplementationAtItsStart() {
        TrainingStep loops = new LogisticLoops(data);
        TrainingStep symbolon = new LogisticSymbolon(data);
        double firstCost = new LogisticLoops(data).step();
        StepAgreement.check(3, loops, symbolon);
        assertEquals(firstCost, loops.step());
        assertEquals(firstCost, symbolon.step(), 1e-12);
    }

    @Test
    void aStepOnOtherDataFailsTheCheck() {
        LogisticData other = LogisticData.generate(2, 40, 30);
        assertThrows(IllegalStateException.class, () -> StepAgreement.check(1, new LogisticLoops(data), new LogisticSymbolon(other)));
    }
}
