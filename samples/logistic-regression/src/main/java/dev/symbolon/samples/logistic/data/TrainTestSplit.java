package dev.symbolon.samples.logistic.data;

import java.util.Random;

/** A shuffled split of examples into a training and a test set, the same for the same seed. */
public record TrainTestSplit(Examples train, Examples test) {

    /**
     * Shuffles the row indices with {@code new Random(seed)} (Fisher-Yates, so the order is fixed by
     * the seed on every JVM) and puts the first {@code round(size * testFraction)} rows in the test set.
     */
    public static TrainTestSplit shuffled(Examples all, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction " + testFraction + " is not between 0 and 1");
        }
        int n = all.size();
        int testSize = (int) Math.round(n * testFraction);
        if (testSize == 0 || testSize == n) {
            throw new IllegalArgumentException(n + " examples are too few to hold out " + testFraction + " of them");
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] test = new int[testSize];
        int[] train = new int[n - testSize];
        System.arraycopy(order, 0, test, 0, testSize);
        System.arraycopy(order, testSize, train, 0, n - testSize);
        return new TrainTestSplit(all.rows(train), all.rows(test));
    }
}
