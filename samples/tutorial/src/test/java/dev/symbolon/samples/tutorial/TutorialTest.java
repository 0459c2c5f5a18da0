package dev.symbolon.samples.tutorial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The values Theano's tutorial gives for each of its programs. */
class TutorialTest {
    private final CompiledBasics basics = new CompiledBasics();

    @Test
    void scalarDifference() {
        assertEquals(20.0, basics.difference(30.5, 10.5));
    }

    @Test
    void logisticFunction() {
        assertEquals(0.5, basics.logistic(0));
        assertEquals(0.7310585786300049, basics.logistic(1), 1e-16);
        assertEquals(4.5397868702434395e-05, basics.logistic(-10), 1e-20);
    }

    @Test
    void logisticWithItsDerivativeAsTwoOutputs() {
        CompiledBasics.Slope s = basics.logisticWithSlope(3);
        assertEquals(0.9525741268224334, s.value(), 1e-16);
        assertEquals(0.045176659730912, s.slope(), 1e-15);
    }

    @Test
    void matrixAdd() {
        double[][] sum = basics.add(new double[][] {{1, 2}, {3, 4}}, new double[][] {{5, 6}, {7, 8}}).toDoubleMatrix();
        assertArrayEquals(new double[] {6, 8}, sum[0]);
        assertArrayEquals(new double[] {10, 12}, sum[1]);
    }

    @Test
    void vectorDot() {
        assertEquals(32.0, basics.dotProduct(new double[] {1, 2, 3}, new double[] {4, 5, 6}));
    }

    @Test
    void accumulatorReturnsTheStateBeforeEachUpdate() {
        var acc = new CompiledAccumulator();
        assertEquals(0, acc.state().intValue());
        assertEquals(0, acc.accumulate(1));
        assertEquals(1, acc.state().intValue());
        assertEquals(1, acc.accumulate(300));
        assertEquals(301, acc.state().intValue());
    }

    @Test
    void softmaxRegressionClassifiesHeldOutDigits() {
        DigitsTraining training = DigitsTraining.run(Digits.load());
        assertEquals(Math.log(10), training.firstCost(), 1e-12);
        assertTrue(training.lastCost() < 0.1, "cost after training: " + training.lastCost());
        assertTrue(training.testAccuracy() > 0.9, "held-out accuracy: " + training.testAccuracy());
    }

    @Test
    void theLogOfPickedProbabilitiesIsComputedAsLogSoftmax() {
        String graph = CompiledSoftmaxRegression.debugPrint("train");
        assertTrue(graph.contains("logSoftmax"), graph);
        assertFalse(graph.lines().anyMatch(line -> line.replace(" |", "").startsWith("softmax ")), graph);
    }

    @Test
    void mainPrintsTheTutorialsResults() {
        var bytes = new ByteArrayOutputStream();
        TutorialMain.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals("""
                difference(30.5, 10.5) = 20.0
                logistic(0) = 0.5
                logistic(1) = 0.7310585786300049
                logistic(-10) = 4.5397868702434395E-5
                logisticWithSlope(3): value = 0.9525741268224334, slope = 0.045176659730912
                add([[1, 2], [3, 4]], [[5, 6], [7, 8]]) = [[6.0, 8.0], [10.0, 12.0]]
                dotProduct([1, 2, 3], [4, 5, 6]) = 32.0
                state = 0
                accumulate(1) = 0, state = 1
                accumulate(300) = 1, state = 301
                softmax regression on digits, 300 steps: cost 2.3026, then 0.0654; held-out accuracy 0.967
                """, printed.replace(System.lineSeparator(), "\n"));
    }
}
