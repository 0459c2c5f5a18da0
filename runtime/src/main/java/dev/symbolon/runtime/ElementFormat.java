package dev.symbolon.runtime;

/**
 * The text of single elements as NumPy prints them: inside an array every element of a column takes
 * the same width (integers right-aligned, bools as {@code  True}/{@code False}), while a scalar prints
 * as its bare value.
 */
final class ElementFormat {
    private ElementFormat() {
    }

    /** The words for the elements at these flat indices, padded to a common width. */
    static String[] words(NDArray array, int[] indices) {
        DType dtype = array.dtype();
        if (dtype.isFloat()) {
            double[] values = new double[indices.length];
            for (int i = 0; i < indices.length; i++) {
                values[i] = array.doubleAt(indices[i]);
            }
            return FloatFormat.words(values, dtype == DType.FLOAT32);
        }
        String[] words = new String[indices.length];
        if (dtype == DType.BOOL) {
            for (int i = 0; i < indices.length; i++) {
                words[i] = array.booleanAt(indices[i]) ? " True" : "False";
            }
            return words;
        }
        int width = 0;
        for (int i = 0; i < indices.length; i++) {
            words[i] = Long.toString(array.longAt(indices[i]));
            width = Math.max(width, words[i].length());
        }
        for (int i = 0; i < words.length; i++) {
            words[i] = " ".repeat(width - words[i].length()) + words[i];
        }
        return words;
    }

    /** The single element of a rank-0 array, as Python prints the number: {@code 6.0}, {@code 6}, {@code True}. */
    static String scalar(NDArray array) {
        return switch (array.dtype()) {
            case FLOAT64 -> FloatFormat.scalar(array.doubleAt(0), false);
            case FLOAT32 -> FloatFormat.scalar(array.doubleAt(0), true);
            case INT32, INT64 -> Long.toString(array.longAt(0));
            case BOOL -> array.booleanAt(0) ? "True" : "False";
        };
    }
}
