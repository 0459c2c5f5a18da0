package dev.symbolon.benchmarks;

import java.util.Arrays;
import java.util.Map;

/**
 * W1 and W2 written by hand in plain single-threaded loops, as the NumPy peer writes the gradient:
 * {@code p = sigmoid(x w + b)}, {@code cost = mean(-y log p - (1 - y) log(1 - p)) + l2 sum(w^2)},
 * {@code gw = x^T (p - y) / n + 2 l2 w}, {@code gb = mean(p - y)}. Each row is read once: its score
 * and its share of the gradient are taken while it is in cache. Buffers are reused between steps.
 */
final class LogisticLoops implements TrainingStep {
    private final LogisticData data;
    private final double[] w;
    private final double[] gw;
    private double b;

    LogisticLoops(LogisticData data) {
        this.data = data;
        this.w = new double[data.features()];
        this.gw = new double[data.features()];
        reset();
    }

    @Override
    public double step() {
        double[] x = data.x();
        double[] y = data.y();
        int n = data.n();
        int features = data.features();
        Arrays.fill(gw, 0);
        double gb = 0;
        double xent = 0;
        for (int i = 0, row = 0; i < n; i++, row += features) {
            double z = b;
            for (int j = 0; j < features; j++) {
                z += x[row + j] * w[j];
            }
            double p = 1 / (1 + Math.exp(-z));
            xent += -y[i] * Math.log(p) - (1 - y[i]) * Math.log(1 - p);
            double error = (p - y[i]) / n;
            for (int j = 0; j < features; j++) {
                gw[j] += x[row + j] * error;
            }
            gb += error;
        }
        double penalty = 0;
        for (double wj : w) {
            penalty += wj * wj;
        }
        for (int j = 0; j < features; j++) {
            w[j] -= LogisticData.LEARNING_RATE * (gw[j] + 2 * LogisticData.L2 * w[j]);
        }
        b -= LogisticData.LEARNING_RATE * gb;
        return xent / n + LogisticData.L2 * penalty;
    }

    @Override
    public void reset() {
        System.arraycopy(data.w0(), 0, w, 0, w.length);
        b = 0;
    }

    @Override
    public Map<String, double[]> parameters() {
        return Map.of("w", w.clone(), "b", new double[] {b});
    }
}
