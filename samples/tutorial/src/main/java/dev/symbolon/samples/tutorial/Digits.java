package dev.symbolon.samples.tutorial;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The UCI handwritten digits (1797 images of 8x8 pixels, 0..16, as scikit-learn ships them), one
 * image a line with its label last. Features are standardized with the training part's mean and
 * deviation; every fifth image is held out for testing.
 *
 * @param trainX standardized training images, one a row
 * @param trainY their labels, 0..9
 * @param testX the held-out images, standardized like the training ones
 * @param testY their labels
 */
public record Digits(double[][] trainX, long[] trainY, double[][] testX, long[] testY) {
    public static final int FEATURES = 64;
    public static final int CLASSES = 10;

    /** Reads the copy bundled with this sample. */
    public static Digits load() {
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = Digits.class.getResourceAsStream("digits.csv.gz");
             var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",");
                double[] row = new double[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    row[i] = Double.parseDouble(fields[i]);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<double[]> train = new ArrayList<>();
        List<double[]> test = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            (i % 5 == 4 ? test : train).add(rows.get(i));
        }
        double[] mean = new double[FEATURES];
        double[] deviation = new double[FEATURES];
        for (int j = 0; j < FEATURES; j++) {
            for (double[] row : train) {
                mean[j] += row[j] / train.size();
            }
            for (double[] row : train) {
                deviation[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / train.size();
            }
            // a pixel that is blank in every training image stays 0
            deviation[j] = deviation[j] == 0 ? 1 : Math.sqrt(deviation[j]);
        }
        return new Digits(features(train, mean, deviation), labels(train), features(test, mean, deviation),
                labels(test));
    }

    private static double[][] features(List<double[]> rows, double[] mean, double[] deviation) {
        double[][] x = new double[rows.size()][FEATURES];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < FEATURES; j++) {
                x[i][j] = (rows.get(i)[j] - mean[j]) / deviation[j];
            }
        }
        return x;
    }

    private static long[] labels(List<double[]> rows) {
        return rows.stream().mapToLong(row -> (long) row[FEATURES]).toArray();
    }
}
