package dev.symbolon.samples.lenet;

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
 * The UCI handwritten digits bundled with this sample (1797 images of 8x8 pixels, 0 to 16, as
 * scikit-learn ships them), one image a line with its label last; every fifth image is held out for
 * testing, as the tutorial sample holds it out.
 */
public final class Digits {
    static final int SIDE = 8;
    static final double MAX_PIXEL = 16;

    private Digits() {
    }

    public static DataSet load() {
        List<double[]> train = new ArrayList<>();
        List<double[]> test = new ArrayList<>();
        try (InputStream in = Digits.class.getResourceAsStream("digits.csv.gz");
             var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            int i = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine(), i++) {
                String[] fields = line.split(",");
                double[] row = new double[fields.length];
                for (int j = 0; j < fields.length; j++) {
                    row[j] = Double.parseDouble(fields[j]);
                }
                (i % 5 == 4 ? test : train).add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DataSet("digits (bundled)", images(train), images(test));
    }

    private static Images images(List<double[]> rows) {
        int size = SIDE * SIDE;
        double[] pixels = new double[rows.size() * size];
        long[] labels = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            double[] row = rows.get(i);
            for (int j = 0; j < size; j++) {
                pixels[i * size + j] = row[j] / MAX_PIXEL;
            }
            labels[i] = (long) row[size];
        }
        return new Images(pixels, labels, SIDE, SIDE);
    }
}
