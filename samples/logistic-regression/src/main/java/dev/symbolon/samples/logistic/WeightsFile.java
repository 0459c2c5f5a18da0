package dev.symbolon.samples.logistic;

import dev.symbolon.samples.logistic.data.Standardizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The trained model as CSV: a row for the bias, then one per feature, named as the data names it, with
 * its weight and the mean and
 * standard deviation that standardized it, which is all it takes to apply the model to raw data:
 * {@code p = sigmoid(b + sum_j w_j * (x_j - mean_j) / std_j)} (a column with std 0 is only centred).
 * Numbers are written with all their digits ({@link Double#toString}), so they read back exactly.
 */
public final class WeightsFile {
    static final String HEADER = "term,weight,mean,std";

    private WeightsFile() {
    }

    public static void write(Path file, List<String> featureNames, double[] weights, double bias,
                             Standardizer standardizer) throws IOException {
        double[] mean = standardizer.mean();
        double[] std = standardizer.std();
        if (mean.length != weights.length || featureNames.size() != weights.length) {
            throw new IllegalArgumentException(weights.length + " weights for " + mean.length + " features and "
                    + featureNames.size() + " feature names");
        }
        try (Writer writer = Files.newBufferedWriter(file); PrintWriter out = new PrintWriter(writer)) {
            out.println(HEADER);
            out.println("bias," + bias + ",,");
            for (int j = 0; j < weights.length; j++) {
                out.println(featureNames.get(j) + "," + weights[j] + "," + mean[j] + "," + std[j]);
            }
            if (out.checkError()) {
                throw new IOException("cannot write " + file);
            }
        }
    }
}
