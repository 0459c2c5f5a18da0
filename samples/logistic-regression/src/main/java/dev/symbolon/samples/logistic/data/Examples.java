package dev.symbolon.samples.logistic.data;

import java.util.Arrays;

/**
 * Examples for a binary classifier: one row of features and one label, 0 or 1, each.
 * The arrays are owned by this record; callers do not change them afterwards.
 */
public record Examples(double[][] features, double[] labels) {
    public Examples {
        if (features.length != labels.length) {
            throw new IllegalArgumentException(features.length + " rows of features but " + labels.length + " labels");
        }
        if (features.length == 0) {
            throw new IllegalArgumentException("no examples");
        }
        int width = features[0].length;
        for (int i = 0; i < features.length; i++) {
            if (features[i].length != width) {
                throw new IllegalArgumentException("row " + i + " has " + features[i].length + " features, row 0 has " + width);
            }
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("label " + labels[i] + " of row " + i + " is neither 0 nor 1");
            }
        }
    }

    public int size() {
        return labels.length;
    }

    public int featureCount() {
        return features[0].length;
    }

    /** The examples at these row indices, in this order. */
    public Examples rows(int[] indices) {
        double[][] x = new double[indices.length][];
        double[] y = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            x[i] = features[indices[i]];
            y[i] = labels[indices[i]];
        }
        return new Examples(x, y);
    }

    /** The same labels with each feature column transformed by {@code standardizer}. */
    public Examples standardized(Standardizer standardizer) {
        return new Examples(standardizer.apply(features), labels);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Examples other
                && Arrays.deepEquals(features, other.features)
                && Arrays.equals(labels, other.labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(features) + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return "Examples[" + size() + " x " + featureCount() + "]";
    }
}
