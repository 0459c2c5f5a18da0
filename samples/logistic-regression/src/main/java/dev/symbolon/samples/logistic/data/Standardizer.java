package dev.symbolon.samples.logistic.data;

/**
 * Scales each feature column to zero mean and unit variance, with statistics taken from the
 * training set only, so that nothing about the test set leaks into training. The variance is the
 * population variance, as scikit-learn's {@code StandardScaler} computes it.
 */
public final class Standardizer {
    private final double[] mean;
    private final double[] std;

    private Standardizer(double[] mean, double[] std) {
        this.mean = mean;
        this.std = std;
    }

    /** The mean and standard deviation of each column of {@code rows}. */
    public static Standardizer fit(double[][] rows) {
        int width = rows[0].length;
        double[] mean = new double[width];
        for (double[] row : rows) {
            for (int j = 0; j < width; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < width; j++) {
            mean[j] /= rows.length;
        }
        double[] std = new double[width];
        for (double[] row : rows) {
            for (int j = 0; j < width; j++) {
                double d = row[j] - mean[j];
                std[j] += d * d;
            }
        }
        for (int j = 0; j < width; j++) {
            std[j] = Math.sqrt(std[j] / rows.length);
        }
        return new Standardizer(mean, std);
    }

    /**
     * New rows of {@code (x - mean) / std}. A column that is constant in the training set (a blank
     * border pixel, say) is only centred, since dividing by its zero deviation would make it NaN.
     */
    public double[][] apply(double[][] rows) {
        double[][] result = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            double[] row = rows[i];
            if (row.length != mean.length) {
                throw new IllegalArgumentException("row " + i + " has " + row.length + " features, fitted on " + mean.length);
            }
            double[] scaled = new double[row.length];
            for (int j = 0; j < row.length; j++) {
                double centred = row[j] - mean[j];
                scaled[j] = std[j] == 0 ? centred : centred / std[j];
            }
            result[i] = scaled;
        }
        return result;
    }

    public double[] mean() {
        return mean.clone();
    }

    public double[] std() {
        return std.clone();
    }
}
