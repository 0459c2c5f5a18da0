package dev.symbolon.samples.lenet;

import dev.symbolon.samples.logistic.SampleException;
import dev.symbolon.samples.logistic.data.FashionMnist;
import dev.symbolon.samples.logistic.data.IdxFile;
import java.nio.file.Files;
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
        return Files.isDirectory(dir) && (Files.exists(dir.resolve("train-images-idx3-ubyte.gz"))
                || Files.exists(dir.resolve("train-images-idx3-ubyte")));
    }

    /** Reads the four standard files from {@code dir}. */
    public static DataSet load(Path dir) throws SampleException {
        return new DataSet("Fashion-MNIST", read(dir, "train"), read(dir, "t10k"));
    }

    private static Images read(Path dir, String prefix) throws SampleException {
        Path imagesFile = find(dir, prefix + "-images-idx3-ubyte");
        Path labelsFile = find(dir, prefix + "-labels-idx1-ubyte");
        IdxFile images = IdxFile.read(imagesFile, 3);
        IdxFile labels = IdxFile.read(labelsFile, 1);
        int count = images.dim(0);
        if (labels.dim(0) != count) {
            throw new SampleException(imagesFile + " holds " + count + " images but " + labelsFile
                    + " holds " + labels.dim(0) + " labels");
        }
        if (images.dim(1) % 4 != 0 || images.dim(2) % 4 != 0) {
            throw new SampleException(imagesFile + " holds images of " + images.dim(1) + "x" + images.dim(2)
                    + ", whose sides do not divide by 4, as two 2x2 poolings need");
        }
        byte[] data = images.data();
        double[] pixels = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            pixels[i] = (data[i] & 0xff) / MAX_PIXEL;
        }
        long[] y = new long[count];
        for (int i = 0; i < count; i++) {
            y[i] = labels.data()[i] & 0xff;
            if (y[i] >= DataSet.CLASSES) {
                throw new SampleException(labelsFile + ": label " + y[i] + " of image " + i + " is not a class 0 to 9");
            }
        }
        return new Images(pixels, y, images.dim(1), images.dim(2));
    }

    /** The gzip'd file as distributed, else the same name unpacked, else (for the message) the gzip'd name. */
    private static Path find(Path dir, String name) {
        Path gzipped = dir.resolve(name + ".gz");
        Path plain = dir.resolve(name);
        return !Files.exists(gzipped) && Files.exists(plain) ? plain : gzipped;
    }

    /** Where Debian's {@code dataset-fashion-mnist} package puts the files. */
    public static Path defaultDir() {
        return FashionMnist.DEFAULT_DIR;
    }
}
