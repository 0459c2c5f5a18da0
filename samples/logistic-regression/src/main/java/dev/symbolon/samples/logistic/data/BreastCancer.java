package dev.symbolon.samples.logistic.data;

import dev.symbolon.samples.logistic.SampleException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Breast Cancer Wisconsin (Diagnostic) data bundled with this sample: 569 tumours, 30 features
 * each, labelled 0 (malignant) or 1 (benign). The CSV's first line is
 * {@code count,features,name of class 0,name of class 1}; every other line is the features, then the label.
 * Origin: UCI Machine Learning Repository (CC BY 4.0), in the copy shipped with scikit-learn.
 */
public final class BreastCancer {
    static final String RESOURCE = "breast_cancer.csv";
    /**
     * The features in the CSV's column order, as scikit-learn names them: the mean, the standard error
     * and the worst (mean of the three largest) of ten measurements of the cell nuclei in an image.
     */
    public static final List<String> FEATURE_NAMES = names();
    /** The share of examples held out for testing. */
    static final double TEST_FRACTION = 0.2;

    private BreastCancer() {
    }

    private static List<String> names() {
        List<String> measurements = List.of("radius", "texture", "perimeter", "area", "smoothness", "compactness",
                "concavity", "concave points", "symmetry", "fractal dimension");
        List<String> names = new ArrayList<>();
        measurements.forEach(m -> names.add("mean " + m));
        measurements.forEach(m -> names.add(m + " error"));
        measurements.forEach(m -> names.add("worst " + m));
        return List.copyOf(names);
    }

    /** The bundled data, split 80/20 by a shuffle with this seed. */
    public static Problem load(long seed) {
        InputStream in = BreastCancer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the bundled " + RESOURCE + " is missing from the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            return parse(reader, RESOURCE, FEATURE_NAMES, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SampleException e) {
            throw new IllegalStateException("the bundled " + RESOURCE + " is corrupt: " + e.getMessage(), e);
        }
    }

    static Problem parse(BufferedReader reader, String source, List<String> featureNames, long seed)
            throws IOException, SampleException {
        String header = reader.readLine();
        if (header == null) {
            throw new SampleException(source + " is empty");
        }
        String[] head = header.split(",");
        if (head.length != 4) {
            throw new SampleException(source + " line 1: expected count,features,class0,class1 but found '" + header + "'");
        }
        int count = positiveInt(head[0], source);
        int featureCount = positiveInt(head[1], source);
        if (featureCount != featureNames.size()) {
            throw new SampleException(source + " line 1: " + featureCount + " features, but the data set names "
                    + featureNames.size());
        }
        double[][] x = new double[count][featureCount];
        double[] y = new double[count];
        for (int i = 0; i < count; i++) {
            int lineNumber = i + 2;
            String line = reader.readLine();
            if (line == null) {
                throw new SampleException(source + " has " + i + " examples, its header promises " + count);
            }
            String[] cells = line.split(",");
            if (cells.length != featureCount + 1) {
                throw new SampleException(source + " line " + lineNumber + ": " + cells.length
                        + " values, expected " + featureCount + " features and a label");
            }
            for (int j = 0; j < featureCount; j++) {
                x[i][j] = number(cells[j], source, lineNumber);
            }
            String label = cells[featureCount].trim();
            if (!label.equals("0") && !label.equals("1")) {
                throw new SampleException(source + " line " + lineNumber + ": label '" + label + "' is neither 0 nor 1");
            }
            y[i] = Integer.parseInt(label);
        }
        if (reader.readLine() != null) {
            throw new SampleException(source + " has more examples than the " + count + " its header promises");
        }
        TrainTestSplit split = TrainTestSplit.shuffled(new Examples(x, y), TEST_FRACTION, seed);
        return new Problem("Breast Cancer Wisconsin (Diagnostic)", split.train(), split.test(), featureNames,
                head[2].trim(), head[3].trim());
    }

    private static int positiveInt(String text, String source) throws SampleException {
        try {
            int value = Integer.parseInt(text.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the header's meaning
        }
        throw new SampleException(source + " line 1: '" + text + "' is not a positive count");
    }

    private static double number(String text, String source, int line) throws SampleException {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new SampleException(source + " line " + line + ": '" + text + "' is not a finite number");
    }
}
