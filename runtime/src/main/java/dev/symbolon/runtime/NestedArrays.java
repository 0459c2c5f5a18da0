package dev.symbolon.runtime;

import dev.symbolon.internal.shape.Shapes;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads nested Java arrays of any rank ({@code double[][][]}, {@code int[][][][]}, ...) into an {@link NDArray}. */
final class NestedArrays {
    private NestedArrays() {}

    /**
     * A copy of {@code nested} as an NDArray whose dtype is that of the innermost primitive array.
     *
     * @throws IllegalArgumentException if it is not a nested array of double, float, int, long or
     *     boolean, or if it is ragged: sub-arrays at one depth differ in length
     * @throws NullPointerException if it or a sub-array is null
     */
    static NDArray read(Object nested) {
        Objects.requireNonNull(nested, "NDArray.ofNested: the array is null");
        Class<?> element = nested.getClass();
        int rank = 0;
        while (element.isArray()) {
            element = element.getComponentType();
            rank++;
        }
        if (rank == 0) {
            throw new IllegalArgumentException("NDArray.ofNested takes a Java array, not a " + nested.getClass().getName());
        }
        DType dtype = dtypeOf(element, nested);
        // The shape follows the first element at each depth; collectRows then checks every other one.
        int[] shape = new int[rank];
        Object probe = nested;
        for (int d = 0; d < rank && probe != null; d++) {
            shape[d] = Array.getLength(probe);
            probe = d < rank - 1 && shape[d] > 0 ? Array.get(probe, 0) : null;
        }
        List<Object> rows = new ArrayList<>();
        collectRows(nested, 0, rank, shape, "", rows);
        int columns = shape[rank - 1];
        Object data = Array.newInstance(element, Shapes.size(shape));
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, data, r * columns, columns);
        }
        return NDArray.adopt(dtype, data, Array.getLength(data), shape);
    }

    /** Appends the innermost arrays of {@code array} in row-major order, checking every length against {@code shape}. */
    private static void collectRows(Object array, int depth, int rank, int[] shape, String path, List<Object> rows) {
        Objects.requireNonNull(array, () -> "NDArray.ofNested: element " + path + " is null");
        int length = Array.getLength(array);
        if (length != shape[depth]) {
            throw new IllegalArgumentException("NDArray.ofNested: element " + (path.isEmpty() ? "at the top" : path)
                    + " has " + length + " elements, but its first sibling has " + shape[depth]
                    + "; nested arrays must be rectangular");
        }
        if (depth == rank - 1) {
            rows.add(array);
            return;
        }
        for (int i = 0; i < length; i++) {
            collectRows(Array.get(array, i), depth + 1, rank, shape, path + "[" + i + "]", rows);
        }
    }

    private static DType dtypeOf(Class<?> element, Object nested) {
        if (element == double.class) {
            return DType.FLOAT64;
        } else if (element == float.class) {
            return DType.FLOAT32;
        } else if (element == int.class) {
            return DType.INT32;
        } else if (element == long.class) {
            return DType.INT64;
        } else if (element == boolean.class) {
            return DType.BOOL;
        }
        throw new IllegalArgumentException("NDArray.ofNested takes nested arrays of double, float, int, long or"
                + " boolean, not " + nested.getClass().getSimpleName());
    }
}
