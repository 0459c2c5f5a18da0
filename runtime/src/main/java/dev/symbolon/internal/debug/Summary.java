package dev.symbolon.internal.debug;

import dev.symbolon.internal.shape.Shapes;
import dev.symbolon.runtime.NDArray;
import java.util.Arrays;

/** Values as debug messages show them: small arrays in full, larger ones by their range. */
final class Summary {
    private static final int SHOWN_IN_FULL = 8;

    private Summary() {}

    /** {@code float64() -1.0}, or {@code float64(100, 3) from -2.5 to 4.0, 3 not finite}. */
    static String of(NDArray value) {
        String type = value.dtype() + Shapes.format(value.shape());
        if (value.size() <= SHOWN_IN_FULL) {
            return type + " " + value.toString().replaceAll("\\s*\n\\s*", " ");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int nonFinite = 0;
        for (double x : value.toDoubleArray()) {
            if (Double.isFinite(x)) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            } else {
                nonFinite++;
            }
        }
        String range = nonFinite == value.size() ? "" : " from " + min + " to " + max;
        return type + range + (nonFinite > 0 ? ", " + nonFinite + " not finite" : "");
    }

    /** The row-major {@code flat} index as a multi-index: {@code [1, 2]}; {@code []} for a scalar. */
    static String index(int flat, int[] shape) {
        int[] index = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            index[d] = flat % shape[d];
            flat /= shape[d];
        }
        return Arrays.toString(index);
    }

    /** How many elements are NaN or infinite; integers and bools have none. */
    static int nonFinite(NDArray value) {
        if (!value.dtype().isFloat()) {
            return 0;
        }
        int count = 0;
        for (double x : value.toDoubleArray()) {
            count += Double.isFinite(x) ? 0 : 1;
        }
        return count;
    }

    /** The flat index of the first NaN or infinite element, or -1. */
    static int firstNonFinite(NDArray value) {
        if (!value.dtype().isFloat()) {
            return -1;
        }
        double[] values = value.toDoubleArray();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                return i;
            }
        }
        return -1;
    }
}
