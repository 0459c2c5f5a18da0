package dev.symbolon.internal.shape;

import dev.symbolon.runtime.ShapeException;

/** Shape arithmetic and shape text shared by values, shared variables and generated code. */
public final class Shapes {
    private Shapes() {
    }

    /**
     * The number of elements of an array of this shape: the one place where dimensions are
     * multiplied, so that a count past what a Java array holds is an error, never a wrapped int.
     *
     * @throws ShapeException if a dimension is negative or the count exceeds
     *         {@code Integer.MAX_VALUE}, the most a Java array holds
     */
    public static int size(int[] shape) {
        boolean empty = false;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0) {
                throw new ShapeException(
                        "shape " + format(shape) + " has a negative dimension " + shape[i] + " at axis " + i);
            }
            empty |= shape[i] == 0;
        }
        if (empty) {
            return 0;
        }
        // each factor is below 2^31 and the product is checked before it passes 2^31, so a long never overflows
        long size = 1;
        for (int dimension : shape) {
            size *= dimension;
            if (size > Integer.MAX_VALUE) {
                throw new ShapeException("shape " + format(shape) + " has more elements than a Java array holds ("
                        + Integer.MAX_VALUE + ")");
            }
        }
        return (int) size;
    }

    /** The row-major strides of {@code shape}: how many elements one step along each dimension moves. */
    public static int[] strides(int[] shape) {
        int[] strides = new int[shape.length];
        int stride = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= shape[d];
        }
        return strides;
    }

    /** The shape as NumPy prints it, so that messages read alike: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    public static String format(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(shape[i]);
        }
        return text.append(')').toString();
    }
}
