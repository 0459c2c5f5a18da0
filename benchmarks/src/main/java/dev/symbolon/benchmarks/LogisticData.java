package dev.symbolon.benchmarks;

import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The data of workloads W1 and W2, made as the peers' {@code gen_data.py} makes it, from a fixed seed:
 * standard normal features, labels drawn from {@code sigmoid(4 x.w_true / sqrt(features))}, and small
 * initial weights (0.01 times a standard normal) so that the naive cross-entropy stays finite.
 *
 * @param x the features, {@code n x features}, row-major
 * @param y the labels, 0 or 1
 * @param w0 the initial weights; the initial bias is 0
 */
record LogisticData(int n, int features, double[] x, double[] y, double[] w0) {
    static final double LEARNING_RATE = 0.1;
    static final double L2 = 0.01;

    /** The arrays {@code <tag>_X}, {@code <tag>_y} and {@code <tag>_w0} of {@link PeerData}'s directory. */
    static LogisticData read(Path dir, String tag, int n, int features) {
        return new LogisticData(n, features, PeerData.read(dir, tag + "_X", n * features),
                PeerData.read(dir, tag + "_y", n), PeerData.read(dir, tag + "_w0", features));
    }

    static LogisticData generate(long seed, int n, int features) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n * features];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        double[] wTrue = new double[features];
        for (int j = 0; j < features; j++) {
            wTrue[j] = random.nextGaussian();
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double z = 0;
            for (int j = 0; j < features; j++) {
                z += x[i * features + j] * wTrue[j];
            }
            z = 4 * z / Math.sqrt(features);
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        }
        double[] w0 = new double[features];
        for (int j = 0; j < features; j++) {
            w0[j] = 0.01 * random.nextGaussian();
        }
        return new LogisticData(n, features, x, y, w0);
    }
}
