package dev.symbolon.samples.lenet;

/** A training and a test set of images of one size, with what to call them in the output. */
public record DataSet(String description, Images train, Images test) {
    public static final int CLASSES = 10;
}
