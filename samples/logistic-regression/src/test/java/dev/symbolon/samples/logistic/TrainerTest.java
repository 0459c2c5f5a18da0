package dev.symbolon.samples.logistic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.samples.logistic.data.Examples;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The training loop, run with the hand-written model. */
class TrainerTest {
    private static final Examples TRAIN = new Examples(
            new double[][] {{-2, 1}, {-1, 0}, {1, 0}, {2, -1}, {0.5, 0.5}, {-0.5, -0.5}},
            new double[] {0, 0, 1, 1, 1, 0});
    private static final Examples TEST = new Examples(new double[][] {{-1.5, 0}, {1.5, 0}}, new double[] {0, 1});

    @Test
    void recordsBothCostsAtTheWeightsBeforeEachStep() {
        double[] w0 = {0.01, -0.02};
        Trainer.Result result = Trainer.train(new GradientDescentReference(w0), TRAIN, TEST,
                new Trainer.Settings(3, 0.5, 0.01), quiet(3));

        GradientDescentReference replay = new GradientDescentReference(w0);
        for (int i = 0; i < 3; i++) {
            assertEquals(replay.cost(TEST, 0.01), result.testCosts()[i], 0);
            assertEquals(replay.train(TRAIN, 0.5, 0.01), result.trainCosts()[i], 0);
        }
        assertArrayEquals(replay.weights(), result.weights(), 0);
        assertEquals(replay.bias(), result.bias(), 0);
        assertArrayEquals(replay.predict(TEST), result.testProbabilities(), 0);
    }

    @Test
    void theCostsFallAndTheTestSetIsLearned() {
        Trainer.Result result = Trainer.train(new GradientDescentReference(new double[2]), TRAIN, TEST,
                new Trainer.Settings(100, 0.5, 0.01), quiet(100));
        assertTrue(result.trainCosts()[99] < result.trainCosts()[0] / 2);
        assertTrue(result.testCosts()[99] < result.testCosts()[0] / 2);
        assertEquals(1.0, BinaryMetrics.of(result.testProbabilities(), TEST.labels()).accuracy());
    }

    @Test
    void reportsTheFirstStepThenEveryTenthOfTheRunAndTheLast() {
        StringWriter text = new StringWriter();
        Trainer.train(new GradientDescentReference(new double[2]), TRAIN, TEST,
                new Trainer.Settings(25, 0.1, 0), new Progress(new PrintWriter(text), 25, false));
        String steps = text.toString().lines().map(line -> line.substring(5, 7).trim()).reduce((a, b) -> a + "," + b).orElseThrow();
        assertEquals("1,2,4,6,8,10,12,14,16,18,20,22,24,25", steps);
    }

    private static Progress quiet(int steps) {
        return new Progress(new PrintWriter(new StringWriter()), steps, false);
    }
}
