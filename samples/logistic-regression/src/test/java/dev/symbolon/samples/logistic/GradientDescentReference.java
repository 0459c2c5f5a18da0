package dev.symbolon.samples.logistic;

import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedState;
import dev.symbolon.runtime.SharedVariable;
import dev.symbolon.samples.logistic.data.Examples;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The model written out by hand in plain loops, the oracle the compiled model is checked against:
 * {@code p = sigmoid(x w + b)}, {@code cost = mean(-y log p - (1 - y) log(1 - p)) + l2 * sum(w^2)},
 * {@code gw = x^T (p - y) / N + 2 l2 w}, {@code gb = mean(p - y)}, both applied from the same
 * values before the step.
 */
final class GradientDescentReference implements Model<Examples> {
    private double[] w;
    private double b;

    /** Starts at these weights and a bias of 0, as the command's models do. */
    GradientDescentReference(double[] initialWeights) {
        this(initialWeights, 0);
    }

    GradientDescentReference(double[] initialWeights, double initialBias) {
        this.w = initialWeights.clone();
        this.b = initialBias;
    }

    @Override
    public Examples load(Examples examples) {
        return examples;
    }

    @Override
    public double train(Examples data, double learningRate, double l2) {
        double[][] x = data.features();
        double[] y = data.labels();
        double[] p = predict(data);
        int n = y.length;
        double[] gw = new double[w.length];
        double gb = 0;
        for (int i = 0; i < n; i++) {
            double error = p[i] - y[i];
            for (int j = 0; j < w.length; j++) {
                gw[j] += x[i][j] * error;
            }
            gb += error;
        }
        double cost = cost(p, y, l2);
        for (int j = 0; j < w.length; j++) {
            w[j] -= learningRate * (gw[j] / n + 2 * l2 * w[j]);
        }
        b -= learningRate * (gb / n);
        return cost;
    }

    @Override
    public double cost(Examples data, double l2) {
        return cost(predict(data), data.labels(), l2);
    }

    private double cost(double[] p, double[] y, double l2) {
        double xent = 0;
        for (int i = 0; i < y.length; i++) {
            xent += -y[i] * Math.log(p[i]) - (1 - y[i]) * Math.log(1 - p[i]);
        }
        double penalty = 0;
        for (double wj : w) {
            penalty += wj * wj;
        }
        return xent / y.length + l2 * penalty;
    }

    @Override
    public double[] predict(Examples data) {
        double[][] x = data.features();
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double z = b;
            for (int j = 0; j < w.length; j++) {
                z += x[i][j] * w[j];
            }
            p[i] = 1 / (1 + Math.exp(-z));
        }
        return p;
    }

    @Override
    public double[] weights() {
        return w.clone();
    }

    @Override
    public double bias() {
        return b;
    }

    /** The state in the compiled model's layout, through the same runtime class its generated methods use. */
    @Override
    public void saveState(Path file) throws IOException {
        SharedVariable wState = SharedVariable.of("w", NDArray.of(w));
        SharedVariable bState = SharedVariable.of("b", b);
        SharedState.of(wState, bState).save(file);
    }

    @Override
    public void loadState(Path file) throws IOException {
        SharedVariable wState = SharedVariable.of("w", NDArray.zeros(DType.FLOAT64, 0));
        SharedVariable bState = SharedVariable.of("b", 0.0);
        SharedState.of(wState, bState).load(file);
        w = wState.getValue().toDoubleArray();
        b = bState.doubleValue();
    }

    @Override
    public String device() {
        return "plain Java";
    }
}
