package dev.symbolon.benchmarks;

import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The data of workload W3, made as the peers' {@code gen_data.py} makes it, from a fixed seed:
 * {@code x} is 3 times a standard normal, {@code y} a standard normal.
 */
record ElementwiseData(double[] x, double[] y) {
    /** The arrays {@code w3_x} and {@code w3_y} of {@link PeerData}'s directory. */
    static ElementwiseData read(Path dir, int n) {
        return new ElementwiseData(PeerData.read(dir, "w3_x", n), PeerData.read(dir, "w3_y", n));
    }

    static ElementwiseData generate(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 3 * random.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            y[i] = random.nextGaussian();
        }
        return new ElementwiseData(x, y);
    }
}
