package dev.symbolon.samples.logistic.data;

import dev.symbolon.samples.logistic.SampleException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One half of Fashion-MNIST as its IDX files hold it: the images of {@code <prefix>-images-idx3-ubyte}
 * and their labels, 0 to 9, from {@code <prefix>-labels-idx1-ubyte}, each file gzip'd as distributed or
 * unpacked.
 *
 * @param images the images, dimensions count, height and width, one byte a pixel
 * @param labels one class label per image
 * @param imagesFile the images' file, for messages
 */
public record LabelledImages(IdxFile images, int[] labels, Path imagesFile) {
    /** How many classes the labels run over. */
    public static final int CLASSES = 10;

    /**
     * Reads the images and labels of {@code prefix} ({@code train} or {@code t10k}) from {@code dir}.
     *
     * @throws SampleException if a file is missing or unreadable, the counts differ, or a label is no class
     */
    public static LabelledImages read(Path dir, String prefix) throws SampleException {
        Path imagesFile = find(dir, prefix + "-images-idx3-ubyte");
        Path labelsFile = find(dir, prefix + "-labels-idx1-ubyte");
        IdxFile images = IdxFile.read(imagesFile, 3);
        IdxFile labelFile = IdxFile.read(labelsFile, 1);
        int count = images.dim(0);
        if (labelFile.dim(0) != count) {
            throw new SampleException(imagesFile + " holds " + count + " images but " + labelsFile
                    + " holds " + labelFile.dim(0) + " labels");
        }
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = labelFile.data()[i] & 0xff;
            if (labels[i] >= CLASSES) {
                throw new SampleException(labelsFile + ": label " + labels[i] + " of image " + i
                        + " is not a class 0 to 9");
            }
        }
        return new LabelledImages(images, labels, imagesFile);
    }

    /** Whether {@code dir} holds the training images, gzip'd or not. */
    public static boolean isInstalled(Path dir) {
        return Files.isDirectory(dir) && Files.exists(find(dir, "train-images-idx3-ubyte"));
    }

    /** The number of images. */
    public int count() {
        return labels.length;
    }

    /** The gzip'd file as distributed, else the same name unpacked, else (for the message) the gzip'd name. */
    private static Path find(Path dir, String name) {
        Path gzipped = dir.resolve(name + ".gz");
        Path plain = dir.resolve(name);
        return !Files.exists(gzipped) && Files.exists(plain) ? plain : gzipped;
    }
}
