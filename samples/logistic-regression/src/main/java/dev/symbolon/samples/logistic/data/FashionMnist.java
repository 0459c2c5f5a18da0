package dev.symbolon.samples.logistic.data;

import dev.symbolon.samples.logistic.SampleException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fashion-MNIST as one class against the rest: 28x28 grey images of clothing in ten classes, read
 * from the four standard IDX files, with the pixels as features and label 1 for the chosen class.
 * The data set's own split is kept: 60000 training and 10000 test images.
 */
public final class FashionMnist {
    /** Where Debian's {@code dataset-fashion-mnist} package puts the files. */
    public static final Path DEFAULT_DIR = Path.of("/usr/share/datasets/fashion-mnist");
    /** The class names, indexed by label. */
    public static final List<String> CLASSES = List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private FashionMnist() {
    }

    /**
     * Reads {@code train-images-idx3-ubyte.gz}, {@code train-labels-idx1-ubyte.gz} and their
     * {@code t10k-} counterparts from {@code dir} (each also found without {@code .gz}).
     *
     * @param positiveClass the label, 0 to 9, that becomes class 1; all others become class 0
     * @throws SampleException if a file is missing, unreadable or inconsistent with the others
     */
    public static Problem load(Path dir, int positiveClass) throws SampleException {
        if (positiveClass < 0 || positiveClass >= CLASSES.size()) {
            throw new IllegalArgumentException("positive class " + positiveClass + " is not between 0 and 9");
        }
        if (!Files.isDirectory(dir)) {
            throw new SampleException(dir + " is not a folder");
        }
        Images trainImages = read(dir, "train", positiveClass);
        Examples train = trainImages.examples();
        Examples test = read(dir, "t10k", positiveClass).examples();
        if (train.featureCount() != test.featureCount()) {
            throw new SampleException("the training images in " + dir + " have " + train.featureCount()
                    + " pixels, the test images " + test.featureCount());
        }
        String positive = CLASSES.get(positiveClass);
        return new Problem("Fashion-MNIST, " + positive + " against the rest", train, test,
                pixelNames(train.featureCount(), trainImages.width()), "other", positive);
    }

    /** Images as examples, one pixel a feature in row-major order, and the width of an image. */
    private record Images(Examples examples, int width) {}

    /** {@code pixel_<row>_<column>} for each pixel, in the order of the features. */
    static List<String> pixelNames(int pixels, int width) {
        List<String> names = new ArrayList<>(pixels);
        for (int j = 0; j < pixels; j++) {
            names.add("pixel_" + j / width + "_" + j % width);
        }
        return names;
    }

    private static Images read(Path dir, String prefix, int positiveClass) throws SampleException {
        LabelledImages read = LabelledImages.read(dir, prefix);
        IdxFile images = read.images();
        int count = read.count();
        int pixels = images.dim(1) * images.dim(2);
        byte[] data = images.data();
        double[][] x = new double[count][pixels];
        double[] y = new double[count];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < pixels; j++) {
                x[i][j] = data[i * pixels + j] & 0xff;
            }
            y[i] = read.labels()[i] == positiveClass ? 1 : 0;
        }
        return new Images(new Examples(x, y), images.dim(2));
    }
}
