package dev.symbolon.samples.lenet;

import dev.symbolon.samples.logistic.SampleException;
import dev.symbolon.samples.logistic.data.FashionMnist;
import dev.symbolon.samples.logistic.data.IdxFile;
import dev.symbolon.samples.logistic.data.LabelledImages;
import java.nio.file.Path;

/**
 * Fashion-MNIST with its ten classes, read by the logistic-regression sample's IDX reader: 60000
 * training and 10000 test images of 28x28, pixels 0 to 255.
 */
public final class FashionMnistImages {
    static final double MAX_PIXEL = 255;

    private FashionMnistImages() {
    }

    /** Whether {@code dir} holds the data set, gzip'd or not. */
    public static boolean isInstalled(Path dir) {
        return LabelledImages.isInstalled(dir);
    }

    /** Reads the four standard files from {@code dir}. */
    public static DataSet load(Path dir) throws SampleException {
        return new DataSet("Fashion-MNIST", read(dir, "train"), read(dir, "t10k"));
    }

    private static Images read(Path dir, String prefix) throws SampleException {
        LabelledImages read = LabelledImages.read(dir, prefix);
        IdxFile images = read.images();
        if (images.dim(1) % 4 != 0 || images.dim(2) % 4 != 0) {
            throw new SampleException(read.imagesFile() + " holds images of " + images.dim(1) + "x" + images.dim(2)
                    + ", whose sides do not divide by 4, as two 2x2 poolings need");
        }
        byte[] data = images.data();
        double[] pixels = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            pixels[i] = (data[i] & 0xff) / MAX_PIXEL;
        }
        long[] y = new long[read.count()];
        for (int i = 0; i < y.length; i++) {
            y[i] = read.labels()[i];
        }
        return new Images(pixels, y, images.dim(1), images.dim(2));
    }

    /** Where Debian's {@code dataset-fashion-mnist} package puts the files. */
    public static Path defaultDir() {
        return FashionMnist.DEFAULT_DIR;
    }
}
