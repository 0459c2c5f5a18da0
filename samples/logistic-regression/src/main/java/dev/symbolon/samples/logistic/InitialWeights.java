package dev.symbolon.samples.logistic;

import java.util.Random;

/** Starting weights as in the Theano tutorial, scaled down: {@code 0.01 * N(0, 1)}, fixed by a seed. */
public final class InitialWeights {
    static final double SCALE = 0.01;

    private InitialWeights() {
    }

    public static double[] gaussian(int count, long seed) {
        Random random = new Random(seed);
        double[] w = new double[count];
        for (int i = 0; i < count; i++) {
            w[i] = SCALE * random.nextGaussian();
        }
        return w;
    }
}
