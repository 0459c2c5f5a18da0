package dev.symbolon.benchmarks;

import java.util.Arrays;
import java.util.Map;

/**
 * W4 written by hand in plain single-threaded loops, as the NumPy peer writes the gradient:
 * {@code h = tanh(x w1 + b1)}, {@code p = softmax(h w2 + b2)}, {@code d = (p - onehot) / batch},
 * {@code gw2 = h^T d}, {@code dz = (d w2^T) (1 - h^2)}, {@code gw1 = x^T dz}, biases by column sums.
 * The products loop in i-k-j order so that the innermost loop runs along rows. Buffers are reused
 * between steps.
 */
final class MlpLoops implements TrainingStep {
    private final MlpData data;
    private final double[] w1;
    private final double[] b1;
    private final double[] w2;
    private final double[] b2;
    private final double[] h;
    private final double[] d;
    private final double[] dz;
    private final double[] gw1;
    private final double[] gb1;
    private final double[] gw2;
    private final double[] gb2;
    private int next;

    MlpLoops(MlpData data) {
        this.data = data;
        int batch = data.batch();
        w1 = new double[data.inputs() * data.hidden()];
        b1 = new double[data.hidden()];
        w2 = new double[data.hidden() * data.classes()];
        b2 = new double[data.classes()];
        h = new double[batch * data.hidden()];
        d = new double[batch * data.classes()];
        dz = new double[batch * data.hidden()];
        gw1 = new double[w1.length];
        gb1 = new double[b1.length];
        gw2 = new double[w2.length];
        gb2 = new double[b2.length];
        reset();
    }

    @Override
    public double step() {
        int batch = data.batch();
        int inputs = data.inputs();
        int hidden = data.hidden();
        int classes = data.classes();
        double[] x = data.x();
        int first = next * batch;
        next = (next + 1) % data.batches();

        for (int i = 0; i < batch; i++) {
            int row = (first + i) * inputs;
            System.arraycopy(b1, 0, h, i * hidden, hidden);
            for (int p = 0; p < inputs; p++) {
                double xip = x[row + p];
                for (int j = 0; j < hidden; j++) {
                    h[i * hidden + j] += xip * w1[p * hidden + j];
                }
            }
            for (int j = 0; j < hidden; j++) {
                h[i * hidden + j] = Math.tanh(h[i * hidden + j]);
            }
        }

        double loss = 0;
        for (int i = 0; i < batch; i++) {
            for (int c = 0; c < classes; c++) {
                double z = b2[c];
                for (int j = 0; j < hidden; j++) {
                    z += h[i * hidden + j] * w2[j * classes + c];
                }
                d[i * classes + c] = z;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, d[i * classes + c]);
            }
            double sumExp = 0;
            for (int c = 0; c < classes; c++) {
                sumExp += Math.exp(d[i * classes + c] - max);
            }
            int label = data.labels()[first + i];
            loss += Math.log(sumExp) + max - d[i * classes + label];
            for (int c = 0; c < classes; c++) {
                d[i * classes + c] = Math.exp(d[i * classes + c] - max) / sumExp / batch;
            }
            d[i * classes + label] -= 1.0 / batch;
        }

        Arrays.fill(gw2, 0);
        Arrays.fill(gb2, 0);
        Arrays.fill(gb1, 0);
        for (int i = 0; i < batch; i++) {
            for (int j = 0; j < hidden; j++) {
                double hij = h[i * hidden + j];
                double back = 0;
                for (int c = 0; c < classes; c++) {
                    gw2[j * classes + c] += hij * d[i * classes + c];
                    back += d[i * classes + c] * w2[j * classes + c];
                }
                dz[i * hidden + j] = back * (1 - hij * hij);
                gb1[j] += dz[i * hidden + j];
            }
            for (int c = 0; c < classes; c++) {
                gb2[c] += d[i * classes + c];
            }
        }

        Arrays.fill(gw1, 0);
        for (int i = 0; i < batch; i++) {
            int row = (first + i) * inputs;
            for (int p = 0; p < inputs; p++) {
                double xip = x[row + p];
                for (int j = 0; j < hidden; j++) {
                    gw1[p * hidden + j] += xip * dz[i * hidden + j];
                }
            }
        }

        descend(w1, gw1);
        descend(b1, gb1);
        descend(w2, gw2);
        descend(b2, gb2);
        return loss / batch;
    }

    private static void descend(double[] weights, double[] gradient) {
        for (int i = 0; i < weights.length; i++) {
            weights[i] -= MlpData.LEARNING_RATE * gradient[i];
        }
    }

    @Override
    public void reset() {
        System.arraycopy(data.w1(), 0, w1, 0, w1.length);
        Arrays.fill(b1, 0);
        System.arraycopy(data.w2(), 0, w2, 0, w2.length);
        Arrays.fill(b2, 0);
        next = 0;
    }

    @Override
    public Map<String, double[]> parameters() {
        return Map.of("w1", w1.clone(), "b1", b1.clone(), "w2", w2.clone(), "b2", b2.clone());
    }
}
