package dev.symbolon.samples.logistic;

/**
 * How well predicted probabilities match 0/1 labels, a probability of at least 0.5 counting as a
 * prediction of class 1: the confusion matrix and the scores read from it.
 */
public record BinaryMetrics(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {
    static final double THRESHOLD = 0.5;

    public static BinaryMetrics of(double[] probabilities, double[] labels) {
        if (probabilities.length != labels.length) {
            throw new IllegalArgumentException(probabilities.length + " predictions for " + labels.length + " labels");
        }
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (int i = 0; i < labels.length; i++) {
            boolean predicted = probabilities[i] >= THRESHOLD;
            boolean actual = labels[i] == 1;
            if (predicted && actual) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (actual) {
                fn++;
            } else {
                tn++;
            }
        }
        return new BinaryMetrics(tp, fp, tn, fn);
    }

    public int total() {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }

    public double accuracy() {
        return (double) (truePositives + trueNegatives) / total();
    }

    /** The share of predicted positives that are positive; 0 when nothing is predicted positive, as scikit-learn does. */
    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    /** The share of actual positives predicted positive; 0 when there are none, as scikit-learn does. */
    public double recall() {
        int actual = truePositives + falseNegatives;
        return actual == 0 ? 0 : (double) truePositives / actual;
    }
}
