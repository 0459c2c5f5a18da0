package dev.symbolon.samples.logistic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.samples.logistic.data.Examples;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The oracle itself checked: its step is {@code -rate} times the cost's gradient, taken by central differences. */
class GradientDescentReferenceTest {
    private static final double L2 = 0.03;
    private static final double RATE = 0.5;
    private static final double H = 1e-6;

    @Test
    void stepFollowsTheNumericalGradientOfTheCost() {
        Random random = new Random(7);
        double[][] x = new double[6][3];
        double[] y = {0, 1, 1, 0, 1, 0};
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextGaussian();
            }
        }
        Examples data = new Examples(x, y);
        double[] w0 = {0.3, -0.2, 0.5};
        double b0 = -0.4;

        double[] expectedW = new double[3];
        for (int j = 0; j < 3; j++) {
            double[] up = w0.clone();
            double[] down = w0.clone();
            up[j] += H;
            down[j] -= H;
            double slope = (cost(up, b0, data) - cost(down, b0, data)) / (2 * H);
            expectedW[j] = w0[j] - RATE * slope;
        }
        double biasSlope = (cost(w0, b0 + H, data) - cost(w0, b0 - H, data)) / (2 * H);

        GradientDescentReference model = new GradientDescentReference(w0, b0);
        double before = model.train(data, RATE, L2);

        assertEquals(cost(w0, b0, data), before, 1e-15);
        assertArrayEquals(expectedW, model.weights(), 1e-8);
        assertEquals(b0 - RATE * biasSlope, model.bias(), 1e-8);
    }

    @Test
    void predictionsAreTheSigmoidOfTheScores() {
        GradientDescentReference model = new GradientDescentReference(new double[] {2, -1});
        Examples data = new Examples(new double[][] {{1, 2}, {0.5, -1}}, new double[] {0, 1});
        assertArrayEquals(new double[] {0.5, 1 / (1 + Math.exp(-2))}, model.predict(data), 1e-15);
    }

    private static double cost(double[] w, double b, Examples data) {
        return new GradientDescentReference(w, b).cost(data, L2);
    }
}
