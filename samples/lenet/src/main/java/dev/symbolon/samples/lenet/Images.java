package dev.symbolon.samples.lenet;

import dev.symbolon.runtime.NDArray;

/**
 * Grey images with their class labels, pixels scaled to [0, 1] and stored one image after another,
 * row by row.
 *
 * @param pixels {@code count * height * width} values
 * @param labels one class, 0 to 9, per image
 */
public record Images(double[] pixels, long[] labels, int height, int width) {
    public Images {
        if (pixels.length != (long) labels.length * height * width) {
            throw new IllegalArgumentException(pixels.length + " pixels are not " + labels.length + " images of "
                    + height + "x" + width);
        }
    }

    public int count() {
        return labels.length;
    }

    /** The images {@code order[from..to)} as a {@code [n, 1, height, width]} batch. */
    public NDArray batch(int[] order, int from, int to) {
        int size = height * width;
        double[] x = new double[(to - from) * size];
        for (int i = from; i < to; i++) {
            System.arraycopy(pixels, order[i] * size, x, (i - from) * size, size);
        }
        return NDArray.wrap(x, to - from, 1, height, width);
    }

    /** The labels of {@code order[from..to)}. */
    public NDArray labels(int[] order, int from, int to) {
        long[] y = new long[to - from];
        for (int i = from; i < to; i++) {
            y[i - from] = labels[order[i]];
        }
        return NDArray.wrap(y, y.length);
    }
}
