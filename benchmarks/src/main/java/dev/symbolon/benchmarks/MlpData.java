package dev.symbolon.benchmarks;

import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The data of workload W4, made as the peers' {@code gen_data.py} makes it, from a fixed seed:
 * standard normal inputs, each labelled with the argmax of a random linear teacher plus noise of
 * standard deviation 2, and initial weights scaled by {@code sqrt(1/fan-in)}; biases start at 0.
 * Training cycles through the inputs in consecutive batches.
 *
 * @param x the inputs, {@code n x inputs}, row-major
 * @param labels the class of each input, in {@code [0, classes)}
 * @param w1 the initial input-to-hidden weights, {@code inputs x hidden}, row-major
 * @param w2 the initial hidden-to-output weights, {@code hidden x classes}, row-major
 */
record MlpData(int n, int inputs, int hidden, int classes, int batch, double[] x, int[] labels, double[] w1, double[] w2) {
    static final double LEARNING_RATE = 0.1;

    /** The arrays {@code w4_X}, {@code w4_y}, {@code w4_W1} and {@code w4_W2} of {@link PeerData}'s directory. */
    static MlpData read(Path dir, int n, int inputs, int hidden, int classes, int batch) {
        double[] classOfInput = PeerData.read(dir, "w4_y", n);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (int) classOfInput[i];
        }
        return new MlpData(n, inputs, hidden, classes, batch, PeerData.read(dir, "w4_X", n * inputs), labels,
                PeerData.read(dir, "w4_W1", inputs * hidden), PeerData.read(dir, "w4_W2", hidden * classes));
    }

    static MlpData generate(long seed, int n, int inputs, int hidden, int classes, int batch) {
        if (n % batch != 0) {
            throw new IllegalArgumentException("n = " + n + " is not a whole number of batches of " + batch);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = gaussians(random, n * inputs, 1);
        double[] teacher = gaussians(random, inputs * classes, 1);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                double score = 2 * random.nextGaussian();
                for (int p = 0; p < inputs; p++) {
                    score += x[i * inputs + p] * teacher[p * classes + c];
                }
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
            labels[i] = best;
        }
        double[] w1 = gaussians(random, inputs * hidden, Math.sqrt(1.0 / inputs));
        double[] w2 = gaussians(random, hidden * classes, Math.sqrt(1.0 / hidden));
        return new MlpData(n, inputs, hidden, classes, batch, x, labels, w1, w2);
    }

    int batches() {
        return n / batch;
    }

    private static double[] gaussians(SplittableRandom random, int count, double scale) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = scale * random.nextGaussian();
        }
        return values;
    }
}
