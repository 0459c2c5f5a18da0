package dev.symbolon.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** A small classification problem, fixed by a seed: Gaussian features, labels from a noisy linear rule. */
record Examples(double[][] x, double[] y) {
    static Examples generate(int rows, int features, long seed) {
        Random random = new Random(seed);
        double[] truth = new double[features];
        for (int j = 0; j < features; j++) {
            truth[j] = random.nextGaussian();
        }
        double[][] x = new double[rows][features];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            double score = 0;
            for (int j = 0; j < features; j++) {
                x[i][j] = random.nextGaussian();
                score += truth[j] * x[i][j];
            }
            y[i] = score + random.nextGaussian() > 0 ? 1 : 0;
        }
        return new Examples(x, y);
    }

    /** One row per example: the features as {@code double[]}, then the label. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            rows.add(RowFactory.create(x[i], y[i]));
        }
        return rows;
    }

    double[] initialWeights() {
        double[] w = new double[x[0].length];
        for (int j = 0; j < w.length; j++) {
            w[j] = 0.01 * (j + 1);
        }
        return w;
    }
}
