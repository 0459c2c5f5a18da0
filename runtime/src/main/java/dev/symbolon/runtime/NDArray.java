package dev.symbolon.runtime;

import dev.symbolon.internal.access.Internals;
import dev.symbolon.internal.shape.Shapes;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.jspecify.annotations.Nullable;

/**
 * A dense, row-major array with a dtype and a shape: the value type that compiled methods take and
 * return in place of {@code Vector}, {@code Matrix} and {@code Tensor}. Rank 0 is a scalar.
 *
 * <p>The elements live in one primitive array of the dtype's Java type ({@code double[]} for float64,
 * {@code float[]} for float32, {@code int[]}, {@code long[]}, {@code boolean[]}). The factories
 * {@code of} and {@code scalar} copy their argument and every {@code to...Array} method returns a copy,
 * so a user sees an immutable value unless they hand over an array with the adopting factories
 * ({@link #wrap(double[], int...)} and friends), for zero-copy exchange with ejml and kernels; whoever
 * writes to such an array must own it. A view ({@link #view(double[], int, int...)}, {@link #rows(int, int)})
 * is part of such an array, from an offset: a mini-batch without a copy, under the same rule. Generated code reaches the backing array through
 * {@code dev.symbolon.internal.access.Internals}, which users never call.
 *
 * <p>Conversions between dtypes follow Java's primitive casts: floats to integers truncate toward zero,
 * bool reads as 0 or 1, and a number converts to bool as {@code x != 0}.
 */
public final class NDArray {
    private final DType dtype;
    private final int[] shape;
    private final int size;
    private final Object data;
    /** Where element 0 lies in {@code data}: nonzero for a view of part of an array. */
    private final int offset;

    static {
        Internals.register(new RuntimeInternals());
    }

    private NDArray(DType dtype, int[] shape, Object data) {
        this(dtype, shape, data, 0);
    }

    private NDArray(DType dtype, int[] shape, Object data, int offset) {
        this.dtype = dtype;
        this.shape = shape;
        this.size = Shapes.size(shape);
        this.data = data;
        this.offset = offset;
    }

    // ---- copying factories -------------------------------------------------------------------

    /**
     * A float64 vector of these doubles, copied.
     *
     * @param values the elements
     * @return a new rank-1 array of {@code values.length} elements
     */
    public static NDArray of(double[] values) {
        return new NDArray(DType.FLOAT64, new int[] {vector(values).length}, values.clone());
    }

    /**
     * A float32 vector of these floats, copied.
     *
     * @param values the elements
     * @return a new rank-1 array of {@code values.length} elements
     */
    public static NDArray of(float[] values) {
        return new NDArray(DType.FLOAT32, new int[] {vector(values).length}, values.clone());
    }

    /**
     * A int32 vector of these ints, copied.
     *
     * @param values the elements
     * @return a new rank-1 array of {@code values.length} elements
     */
    public static NDArray of(int[] values) {
        return new NDArray(DType.INT32, new int[] {vector(values).length}, values.clone());
    }

    /**
     * A int64 vector of these longs, copied.
     *
     * @param values the elements
     * @return a new rank-1 array of {@code values.length} elements
     */
    public static NDArray of(long[] values) {
        return new NDArray(DType.INT64, new int[] {vector(values).length}, values.clone());
    }

    /**
     * A bool vector of these booleans, copied.
     *
     * @param values the elements
     * @return a new rank-1 array of {@code values.length} elements
     */
    public static NDArray of(boolean[] values) {
        return new NDArray(DType.BOOL, new int[] {vector(values).length}, values.clone());
    }

    /**
     * A matrix from its rows, copied. An array of no rows has shape (0, 0).
     *
     * @throws IllegalArgumentException if the rows differ in length
     *
     * @param rows the rows, all of one length
     * @return a new float64 rank-2 array
     */
    public static NDArray of(double[][] rows) {
        return ofRows(DType.FLOAT64, rows, double[]::new);
    }

    /**
     * A float32 matrix from its rows, copied, as {@link #of(double[][])}.
     *
     * @param rows the rows, all of one length
     * @return a new rank-2 array
     * @throws IllegalArgumentException if the rows differ in length
     */
    public static NDArray of(float[][] rows) {
        return ofRows(DType.FLOAT32, rows, float[]::new);
    }

    /**
     * A int32 matrix from its rows, copied, as {@link #of(double[][])}.
     *
     * @param rows the rows, all of one length
     * @return a new rank-2 array
     * @throws IllegalArgumentException if the rows differ in length
     */
    public static NDArray of(int[][] rows) {
        return ofRows(DType.INT32, rows, int[]::new);
    }

    /**
     * A int64 matrix from its rows, copied, as {@link #of(double[][])}.
     *
     * @param rows the rows, all of one length
     * @return a new rank-2 array
     * @throws IllegalArgumentException if the rows differ in length
     */
    public static NDArray of(long[][] rows) {
        return ofRows(DType.INT64, rows, long[]::new);
    }

    /**
     * A bool matrix from its rows, copied, as {@link #of(double[][])}.
     *
     * @param rows the rows, all of one length
     * @return a new rank-2 array
     * @throws IllegalArgumentException if the rows differ in length
     */
    public static NDArray of(boolean[][] rows) {
        return ofRows(DType.BOOL, rows, boolean[]::new);
    }

    /**
     * A rank-3 array from nested arrays, copied; likewise for float, int, long and boolean.
     *
     * @throws IllegalArgumentException if the nested arrays are ragged
     *
     * @param values the elements, indexed {@code values[i][j][k]}
     * @return a new float64 rank-3 array
     */
    public static NDArray of(double[][][] values) {
        return NestedArrays.read(values);
    }

    /**
     * A float32 rank-3 array from nested arrays, copied.
     *
     * @param values the elements, indexed {@code values[i][j][k]}
     * @return a new rank-3 array
     * @throws IllegalArgumentException if the nested arrays are ragged
     */
    public static NDArray of(float[][][] values) {
        return NestedArrays.read(values);
    }

    /**
     * A int32 rank-3 array from nested arrays, copied.
     *
     * @param values the elements, indexed {@code values[i][j][k]}
     * @return a new rank-3 array
     * @throws IllegalArgumentException if the nested arrays are ragged
     */
    public static NDArray of(int[][][] values) {
        return NestedArrays.read(values);
    }

    /**
     * A int64 rank-3 array from nested arrays, copied.
     *
     * @param values the elements, indexed {@code values[i][j][k]}
     * @return a new rank-3 array
     * @throws IllegalArgumentException if the nested arrays are ragged
     */
    public static NDArray of(long[][][] values) {
        return NestedArrays.read(values);
    }

    /**
     * A bool rank-3 array from nested arrays, copied.
     *
     * @param values the elements, indexed {@code values[i][j][k]}
     * @return a new rank-3 array
     * @throws IllegalArgumentException if the nested arrays are ragged
     */
    public static NDArray of(boolean[][][] values) {
        return NestedArrays.read(values);
    }

    /**
     * An array of any rank from nested Java arrays of double, float, int, long or boolean
     * ({@code double[][][][]}, ...), copied; the innermost element type gives the dtype.
     *
     * @throws IllegalArgumentException if {@code nested} is not such an array or is ragged
     *
     * @param nested a Java array of any rank whose innermost elements are primitives
     * @return a new array of that rank, shape and dtype
     */
    public static NDArray ofNested(Object nested) {
        return NestedArrays.read(nested);
    }

    /**
     * A float64 scalar (rank 0, shape {@code ()}).
     *
     * @param value the element
     * @return a new rank-0 array
     */
    public static NDArray scalar(double value) {
        return new NDArray(DType.FLOAT64, new int[0], new double[] {value});
    }

    /**
     * A float32 scalar (rank 0, shape {@code ()}).
     *
     * @param value the element
     * @return a new rank-0 array
     */
    public static NDArray scalar(float value) {
        return new NDArray(DType.FLOAT32, new int[0], new float[] {value});
    }

    /**
     * A int32 scalar (rank 0, shape {@code ()}).
     *
     * @param value the element
     * @return a new rank-0 array
     */
    public static NDArray scalar(int value) {
        return new NDArray(DType.INT32, new int[0], new int[] {value});
    }

    /**
     * A int64 scalar (rank 0, shape {@code ()}).
     *
     * @param value the element
     * @return a new rank-0 array
     */
    public static NDArray scalar(long value) {
        return new NDArray(DType.INT64, new int[0], new long[] {value});
    }

    /**
     * A bool scalar (rank 0, shape {@code ()}).
     *
     * @param value the element
     * @return a new rank-0 array
     */
    public static NDArray scalar(boolean value) {
        return new NDArray(DType.BOOL, new int[0], new boolean[] {value});
    }

    /**
     * An array of this dtype and shape filled with zeros ({@code false} for bool).
     *
     * @param dtype the element type
     * @param shape the length of each axis (none for a scalar)
     * @return a new array
     */
    public static NDArray zeros(DType dtype, int... shape) {
        Objects.requireNonNull(dtype, "NDArray.zeros: dtype is null");
        Objects.requireNonNull(shape, "NDArray.zeros: shape is null");
        int[] ownShape = shape.clone();
        return new NDArray(dtype, ownShape, allocate(dtype, Shapes.size(ownShape)));
    }

    private static <A> A vector(A values) {
        return Objects.requireNonNull(values, "NDArray.of: the array is null");
    }

    private static NDArray ofRows(DType dtype, Object[] rows, IntFunction<Object> allocate) {
        Objects.requireNonNull(rows, "NDArray.of: the matrix is null");
        int columns = 0;
        for (int r = 0; r < rows.length; r++) {
            Objects.requireNonNull(rows[r], "NDArray.of: row " + r + " is null");
            int length = java.lang.reflect.Array.getLength(rows[r]);
            if (r == 0) {
                columns = length;
            } else if (length != columns) {
                throw new IllegalArgumentException("NDArray.of: row " + r + " has " + length
                        + " elements, but row 0 has " + columns + "; the rows of a matrix must have equal lengths");
            }
        }
        int[] shape = {rows.length, columns};
        Object data = allocate.apply(Shapes.size(shape));
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, data, r * columns, columns);
        }
        return new NDArray(dtype, shape, data);
    }

    // ---- adopting factories (no copy) ---------------------------------------------------------

    /**
     * An array over {@code data} itself, not a copy: later writes to {@code data} show in the array.
     * For kernels and callers that hand over an array they no longer use.
     *
     * @throws IllegalArgumentException if {@code data} does not hold exactly the shape's element count
     *
     * @param data the elements in row-major order; later writes to it show in the array
     * @param shape the length of each axis
     * @return an array sharing {@code data}
     */
    public static NDArray wrap(double[] data, int... shape) {
        return adopt(DType.FLOAT64, data, data == null ? 0 : data.length, shape);
    }

    /**
     * A float32 array over {@code data} itself, not a copy, as {@link #wrap(double[], int...)}.
     *
     * @param data the elements in row-major order; later writes to it show in the array
     * @param shape the length of each axis
     * @return an array sharing {@code data}
     * @throws IllegalArgumentException if {@code data} does not hold exactly the shape's element count
     */
    public static NDArray wrap(float[] data, int... shape) {
        return adopt(DType.FLOAT32, data, data == null ? 0 : data.length, shape);
    }

    /**
     * A int32 array over {@code data} itself, not a copy, as {@link #wrap(double[], int...)}.
     *
     * @param data the elements in row-major order; later writes to it show in the array
     * @param shape the length of each axis
     * @return an array sharing {@code data}
     * @throws IllegalArgumentException if {@code data} does not hold exactly the shape's element count
     */
    public static NDArray wrap(int[] data, int... shape) {
        return adopt(DType.INT32, data, data == null ? 0 : data.length, shape);
    }

    /**
     * A int64 array over {@code data} itself, not a copy, as {@link #wrap(double[], int...)}.
     *
     * @param data the elements in row-major order; later writes to it show in the array
     * @param shape the length of each axis
     * @return an array sharing {@code data}
     * @throws IllegalArgumentException if {@code data} does not hold exactly the shape's element count
     */
    public static NDArray wrap(long[] data, int... shape) {
        return adopt(DType.INT64, data, data == null ? 0 : data.length, shape);
    }

    /**
     * A bool array over {@code data} itself, not a copy, as {@link #wrap(double[], int...)}.
     *
     * @param data the elements in row-major order; later writes to it show in the array
     * @param shape the length of each axis
     * @return an array sharing {@code data}
     * @throws IllegalArgumentException if {@code data} does not hold exactly the shape's element count
     */
    public static NDArray wrap(boolean[] data, int... shape) {
        return adopt(DType.BOOL, data, data == null ? 0 : data.length, shape);
    }

    /**
     * A float64 matrix over the ejml matrix's data array, not a copy: a write through either shows in
     * the other, as long as the ejml matrix is not reshaped (which may replace its array).
     *
     * @throws IllegalArgumentException if the data array has spare capacity beyond rows times columns;
     *         {@code m.copy()} gives a matrix without it
     *
     * @param m the ejml matrix whose data array the result shares
     * @return a float64 rank-2 array
     */
    public static NDArray wrap(DMatrixRMaj m) {
        Objects.requireNonNull(m, "NDArray.wrap: the matrix is null");
        return adoptMatrix(DType.FLOAT64, m.data, m.data.length, m.numRows, m.numCols);
    }

    /**
     * A float32 matrix over the ejml matrix's data array, not a copy, as {@link #wrap(DMatrixRMaj)}.
     *
     * @param m the ejml matrix whose data array the result shares
     * @return a float32 rank-2 array
     * @throws IllegalArgumentException if the data array has spare capacity beyond rows times columns
     */
    public static NDArray wrap(FMatrixRMaj m) {
        Objects.requireNonNull(m, "NDArray.wrap: the matrix is null");
        return adoptMatrix(DType.FLOAT32, m.data, m.data.length, m.numRows, m.numCols);
    }

    // ---- views of part of an array (no copy) --------------------------------------------------

    /**
     * A view of part of {@code data}, not a copy: the elements {@code data[offset]} to {@code
     * data[offset + size - 1]} in row-major order, where size is the product of the shape. Writes to
     * {@code data} show in the view. A mini-batch of rows of a larger matrix is such a view (see
     * {@link #rows(int, int)}); compiled methods read it where it lies (see API.md, "Values").
     *
     * @param data the backing array; later writes to it show in the view
     * @param offset the index in {@code data} of the view's first element
     * @param shape the length of each axis
     * @return a view sharing {@code data}
     * @throws IllegalArgumentException if the elements do not lie within {@code data}
     */
    public static NDArray view(double[] data, int offset, int... shape) {
        return adoptView(DType.FLOAT64, data, data == null ? 0 : data.length, offset, shape);
    }

    /**
     * A float32 view of part of {@code data}, not a copy, as {@link #view(double[], int, int...)}.
     *
     * @param data the backing array; later writes to it show in the view
     * @param offset the index in {@code data} of the view's first element
     * @param shape the length of each axis
     * @return a view sharing {@code data}
     * @throws IllegalArgumentException if the elements do not lie within {@code data}
     */
    public static NDArray view(float[] data, int offset, int... shape) {
        return adoptView(DType.FLOAT32, data, data == null ? 0 : data.length, offset, shape);
    }

    /**
     * An int32 view of part of {@code data}, not a copy, as {@link #view(double[], int, int...)}.
     *
     * @param data the backing array; later writes to it show in the view
     * @param offset the index in {@code data} of the view's first element
     * @param shape the length of each axis
     * @return a view sharing {@code data}
     * @throws IllegalArgumentException if the elements do not lie within {@code data}
     */
    public static NDArray view(int[] data, int offset, int... shape) {
        return adoptView(DType.INT32, data, data == null ? 0 : data.length, offset, shape);
    }

    /**
     * An int64 view of part of {@code data}, not a copy, as {@link #view(double[], int, int...)}.
     *
     * @param data the backing array; later writes to it show in the view
     * @param offset the index in {@code data} of the view's first element
     * @param shape the length of each axis
     * @return a view sharing {@code data}
     * @throws IllegalArgumentException if the elements do not lie within {@code data}
     */
    public static NDArray view(long[] data, int offset, int... shape) {
        return adoptView(DType.INT64, data, data == null ? 0 : data.length, offset, shape);
    }

    /**
     * A bool view of part of {@code data}, not a copy, as {@link #view(double[], int, int...)}.
     *
     * @param data the backing array; later writes to it show in the view
     * @param offset the index in {@code data} of the view's first element
     * @param shape the length of each axis
     * @return a view sharing {@code data}
     * @throws IllegalArgumentException if the elements do not lie within {@code data}
     */
    public static NDArray view(boolean[] data, int offset, int... shape) {
        return adoptView(DType.BOOL, data, data == null ? 0 : data.length, offset, shape);
    }

    /**
     * The rows {@code from} (inclusive) to {@code to} (exclusive) along the first axis, as a view of
     * this array's data, not a copy: a mini-batch of a data set without copying it. The other axes
     * are kept whole, so the rows lie one after another in the backing array.
     *
     * @param from the first row of the view
     * @param to the row after the last one; {@code from} gives an empty view
     * @return a view of {@code to - from} rows sharing this array's data
     * @throws IllegalStateException if this array is a scalar
     * @throws IndexOutOfBoundsException unless {@code 0 <= from <= to <= shape()[0]}
     */
    public NDArray rows(int from, int to) {
        if (shape.length == 0) {
            throw new IllegalStateException("rows(" + from + ", " + to + ") needs an array of rank 1 or more, not a scalar");
        }
        if (from < 0 || from > to || to > shape[0]) {
            throw new IndexOutOfBoundsException("rows(" + from + ", " + to + ") of an array of shape "
                    + Shapes.format(shape) + ": pass 0 <= from <= to <= " + shape[0]);
        }
        int[] part = shape.clone();
        part[0] = to - from;
        int rowSize = shape[0] == 0 ? 0 : size / shape[0];
        return new NDArray(dtype, part, data, offset + from * rowSize);
    }

    private static NDArray adoptView(DType dtype, Object data, int length, int offset, int[] shape) {
        Objects.requireNonNull(data, "NDArray.view: the data array is null");
        Objects.requireNonNull(shape, "NDArray.view: shape is null");
        int[] ownShape = shape.clone();
        int size = Shapes.size(ownShape);
        if (offset < 0 || offset > length - size) {
            throw new IllegalArgumentException("NDArray.view: shape " + Shapes.format(ownShape) + " needs " + size
                    + " elements from offset " + offset + ", but the array has " + length
                    + "; pass 0 <= offset <= " + Math.max(0, length - size));
        }
        return new NDArray(dtype, ownShape, data, offset);
    }

    static NDArray adopt(DType dtype, Object data, int length, int[] shape) {
        Objects.requireNonNull(data, "NDArray.wrap: the data array is null");
        Objects.requireNonNull(shape, "NDArray.wrap: shape is null");
        int[] ownShape = shape.clone();
        int size = Shapes.size(ownShape);
        if (length != size) {
            throw new IllegalArgumentException("NDArray.wrap: shape " + Shapes.format(ownShape) + " needs "
                    + size + " elements, but the array has " + length);
        }
        return new NDArray(dtype, ownShape, data);
    }

    private static NDArray adoptMatrix(DType dtype, Object data, int length, int rows, int columns) {
        if (length != rows * columns) {
            throw new IllegalArgumentException("NDArray.wrap: the " + rows + "x" + columns
                    + " matrix keeps " + length + " elements in its data array, not " + rows * columns
                    + "; only an exactly sized array can be shared (m.copy() gives one)");
        }
        return new NDArray(dtype, new int[] {rows, columns}, data);
    }

    // ---- shape and dtype ----------------------------------------------------------------------

    /** {@return the element type} */
    public DType dtype() {
        return dtype;
    }

    /** {@return the length of each axis; a copy, so changing it changes nothing} */
    public int[] shape() {
        return shape.clone();
    }

    /** {@return the number of axes: 0 for a scalar, 1 for a vector, 2 for a matrix} */
    public int rank() {
        return shape.length;
    }

    /** {@return the number of elements, the product of the shape} */
    public int size() {
        return size;
    }

    /**
     * The same elements in another shape, sharing this array's data as NumPy's reshape does. One
     * dimension may be -1 to take whatever the others leave.
     *
     * @throws ShapeException if the element counts differ
     *
     * @param newShape the length of each axis; at most one may be -1
     * @return an array of the same data in the new shape
     */
    public NDArray reshape(int... newShape) {
        Objects.requireNonNull(newShape, "reshape: shape is null");
        int[] target = newShape.clone();
        int inferred = -1;
        int known = 1;
        for (int i = 0; i < target.length; i++) {
            if (target[i] == -1 && inferred < 0) {
                inferred = i;
            } else if (target[i] < 0) {
                throw new IllegalArgumentException("reshape: shape " + Shapes.format(newShape)
                        + " has a negative dimension at axis " + i + " (only one -1 is allowed)");
            } else {
                known *= target[i];
            }
        }
        if (inferred >= 0 && known != 0 && size % known == 0) {
            target[inferred] = size / known;
        }
        if (inferred >= 0 && target[inferred] == -1 || Shapes.size(target) != size) {
            throw new ShapeException("cannot reshape array of size " + size + " into shape " + Shapes.format(newShape));
        }
        return new NDArray(dtype, target, data, offset);
    }

    /**
     * A copy in another dtype, converted as the class comment says (Java's primitive casts); a plain copy
     * for the same dtype.
     *
     * @param target the dtype of the result
     * @return a new array of the same shape
     */
    public NDArray astype(DType target) {
        Objects.requireNonNull(target, "astype: dtype is null");
        Object converted = switch (target) {
            case FLOAT64 -> toDoubleArray();
            case FLOAT32 -> toFloatArray();
            case INT32 -> toIntArray();
            case INT64 -> toLongArray();
            case BOOL -> toBooleanArray();
        };
        return new NDArray(target, shape, converted);
    }

    /** {@return a copy with its own data array} */
    public NDArray copy() {
        return astype(dtype);
    }

    // ---- elements -----------------------------------------------------------------------------

    /**
     * The element at this index, one entry per axis (none for a scalar), converted to double. A
     * negative entry counts from the end of its axis, as in NumPy.
     *
     * @param index one index per axis; negative ones count from the end
     * @return the element, converted to double
     * @throws IllegalArgumentException if the index count is not the rank or an index is out of range
     */
    public double getDouble(int... index) {
        return doubleAt(flatIndex(index));
    }

    /**
     * The element at this index, as {@link #getDouble(int...)} finds it, converted to long; exact for
     * every integer dtype.
     *
     * @param index one index per axis; negative ones count from the end
     * @return the element, converted to long
     * @throws IllegalArgumentException if the index count is not the rank or an index is out of range
     */
    public long getLong(int... index) {
        return longAt(flatIndex(index));
    }

    private int flatIndex(int[] index) {
        Objects.requireNonNull(index, "index is null");
        if (index.length != shape.length) {
            throw new IllegalArgumentException(index.length + " indices given for an array of rank "
                    + shape.length + " (shape " + Shapes.format(shape) + ")");
        }
        int flat = 0;
        for (int axis = 0; axis < index.length; axis++) {
            int i = index[axis] < 0 ? index[axis] + shape[axis] : index[axis];
            if (i < 0 || i >= shape[axis]) {
                throw new IndexOutOfBoundsException("index " + index[axis] + " is out of bounds for axis "
                        + axis + " with size " + shape[axis]);
            }
            flat = flat * shape[axis] + i;
        }
        return flat;
    }

    double doubleAt(int i) {
        return switch (dtype) {
            case FLOAT64 -> ((double[]) data)[offset + i];
            case FLOAT32 -> ((float[]) data)[offset + i];
            case INT32 -> ((int[]) data)[offset + i];
            case INT64 -> ((long[]) data)[offset + i];
            case BOOL -> ((boolean[]) data)[offset + i] ? 1 : 0;
        };
    }

    float floatAt(int i) {
        return switch (dtype) {
            case FLOAT64 -> (float) ((double[]) data)[offset + i];
            case FLOAT32 -> ((float[]) data)[offset + i];
            case INT32 -> ((int[]) data)[offset + i];
            case INT64 -> ((long[]) data)[offset + i];
            case BOOL -> ((boolean[]) data)[offset + i] ? 1 : 0;
        };
    }

    long longAt(int i) {
        return switch (dtype) {
            case FLOAT64 -> (long) ((double[]) data)[offset + i];
            case FLOAT32 -> (long) ((float[]) data)[offset + i];
            case INT32 -> ((int[]) data)[offset + i];
            case INT64 -> ((long[]) data)[offset + i];
            case BOOL -> ((boolean[]) data)[offset + i] ? 1 : 0;
        };
    }

    int intAt(int i) {
        return switch (dtype) {
            case FLOAT64 -> (int) ((double[]) data)[offset + i];
            case FLOAT32 -> (int) ((float[]) data)[offset + i];
            case INT32 -> ((int[]) data)[offset + i];
            case INT64 -> (int) ((long[]) data)[offset + i];
            case BOOL -> ((boolean[]) data)[offset + i] ? 1 : 0;
        };
    }

    boolean booleanAt(int i) {
        return switch (dtype) {
            case FLOAT64 -> ((double[]) data)[offset + i] != 0;
            case FLOAT32 -> ((float[]) data)[offset + i] != 0;
            case INT32 -> ((int[]) data)[offset + i] != 0;
            case INT64 -> ((long[]) data)[offset + i] != 0;
            case BOOL -> ((boolean[]) data)[offset + i];
        };
    }

    // ---- copies out ---------------------------------------------------------------------------

    /** {@return the elements in row-major order as doubles, copied; from any dtype} */
    public double[] toDoubleArray() {
        if (dtype == DType.FLOAT64) {
            return Arrays.copyOfRange((double[]) data, offset, offset + size);
        }
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = doubleAt(i);
        }
        return out;
    }

    /** {@return the elements in row-major order as floats, copied; from any dtype} */
    public float[] toFloatArray() {
        if (dtype == DType.FLOAT32) {
            return Arrays.copyOfRange((float[]) data, offset, offset + size);
        }
        float[] out = new float[size];
        for (int i = 0; i < size; i++) {
            out[i] = floatAt(i);
        }
        return out;
    }

    /** {@return the elements in row-major order as ints, copied; from any dtype} */
    public int[] toIntArray() {
        if (dtype == DType.INT32) {
            return Arrays.copyOfRange((int[]) data, offset, offset + size);
        }
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = intAt(i);
        }
        return out;
    }

    /** {@return the elements in row-major order as longs, copied; from any dtype} */
    public long[] toLongArray() {
        if (dtype == DType.INT64) {
            return Arrays.copyOfRange((long[]) data, offset, offset + size);
        }
        long[] out = new long[size];
        for (int i = 0; i < size; i++) {
            out[i] = longAt(i);
        }
        return out;
    }

    /** {@return the elements in row-major order as booleans ({@code x != 0}), copied; from any dtype} */
    public boolean[] toBooleanArray() {
        if (dtype == DType.BOOL) {
            return Arrays.copyOfRange((boolean[]) data, offset, offset + size);
        }
        boolean[] out = new boolean[size];
        for (int i = 0; i < size; i++) {
            out[i] = booleanAt(i);
        }
        return out;
    }

    /**
     * The rows of a matrix as doubles, copied; from any dtype.
     *
     * @throws IllegalStateException if this array is not of rank 2
     *
     * @return a new array of rows
     */
    public double[][] toDoubleMatrix() {
        requireMatrix("toDoubleMatrix()");
        double[][] rows = new double[shape[0]][shape[1]];
        for (int r = 0; r < shape[0]; r++) {
            for (int c = 0; c < shape[1]; c++) {
                rows[r][c] = doubleAt(r * shape[1] + c);
            }
        }
        return rows;
    }

    /**
     * An ejml matrix over this array's data, not a copy: a write through either shows in the other.
     *
     * @throws IllegalStateException unless this is a float64 matrix
     *
     * @return an ejml matrix sharing this array's data
     */
    public DMatrixRMaj toDMatrixRMaj() {
        requireMatrix("toDMatrixRMaj()");
        requireWhole("toDMatrixRMaj()");
        return DMatrixRMaj.wrap(shape[0], shape[1], doubleData());
    }

    /**
     * An ejml matrix over this float32 matrix's data, not a copy, as {@link #toDMatrixRMaj()}.
     *
     * @return an ejml matrix sharing this array's data
     * @throws IllegalStateException unless this is a float32 matrix
     */
    public FMatrixRMaj toFMatrixRMaj() {
        requireMatrix("toFMatrixRMaj()");
        requireWhole("toFMatrixRMaj()");
        return FMatrixRMaj.wrap(shape[0], shape[1], floatData());
    }

    /** An ejml matrix starts at index 0 of its array and keeps no spare elements, so only a whole array is shared. */
    private void requireWhole(String method) {
        if (!isWhole()) {
            throw new IllegalStateException(method + " shares the whole backing array, but this is a view of part of one"
                    + " (from element " + offset + "); copy() gives an array of its own");
        }
    }

    /** Whether this array's elements are its whole backing array, from index 0: not a view of part of one. */
    boolean isWhole() {
        return offset == 0 && java.lang.reflect.Array.getLength(data) == size;
    }

    /** Where element 0 lies in the backing array: 0 unless this is a view of part of one. */
    int offset() {
        return offset;
    }

    private void requireMatrix(String method) {
        if (shape.length != 2) {
            throw new IllegalStateException(method + " needs an array of rank 2, but this one has shape "
                    + Shapes.format(shape));
        }
    }

    // ---- raw data (no copy) -------------------------------------------------------------------

    /**
     * The backing array itself, not a copy, for kernels that read or fill it in place; a view's
     * elements start at {@link #offset()}. Writing to it changes this array and every array that
     * shares its data ({@link #reshape}, {@link #wrap}, {@link #view}, {@link #rows}).
     *
     * @throws IllegalStateException if the dtype is not float64
     */
    double[] doubleData() {
        requireDtype(DType.FLOAT64);
        return (double[]) data;
    }

    /** As {@link #doubleData()}, for float32. */
    float[] floatData() {
        requireDtype(DType.FLOAT32);
        return (float[]) data;
    }

    /** As {@link #doubleData()}, for int32. */
    int[] intData() {
        requireDtype(DType.INT32);
        return (int[]) data;
    }

    /** As {@link #doubleData()}, for int64. */
    long[] longData() {
        requireDtype(DType.INT64);
        return (long[]) data;
    }

    /** As {@link #doubleData()}, for bool. */
    boolean[] boolData() {
        requireDtype(DType.BOOL);
        return (boolean[]) data;
    }

    private void requireDtype(DType expected) {
        if (dtype != expected) {
            throw new IllegalStateException("this array holds " + dtype + ", not " + expected
                    + " (astype(DType." + expected.name() + ") converts it)");
        }
    }

    private static Object allocate(DType dtype, int size) {
        return switch (dtype) {
            case FLOAT64 -> new double[size];
            case FLOAT32 -> new float[size];
            case INT32 -> new int[size];
            case INT64 -> new long[size];
            case BOOL -> new boolean[size];
        };
    }

    // ---- files (NumPy's .npy and .npz) -------------------------------------------------------

    /**
     * Reads a NumPy {@code .npy} file of float64, float32, int64, int32 or bool elements, in either byte
     * order and either memory order (format versions 1.0, 2.0 and 3.0).
     *
     * @throws IOException naming the file and the problem: missing, truncated, not a {@code .npy} file,
     *         another dtype (objects, which would need a pickle, are never read), or more elements than
     *         a Java array holds
     *
     * @param file the {@code .npy} file
     * @return the array it holds
     */
    public static NDArray load(Path file) throws IOException {
        Objects.requireNonNull(file, "NDArray.load: file is null");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return Npy.read(in, file.toString(), Files.size(file));
        }
    }

    /**
     * Writes this array to {@code file} as {@code numpy.save} does (little-endian, C order), so that
     * {@code numpy.load} reads it back exactly. The file is replaced atomically: a crash leaves the old
     * file or the new one, never part of it.
     *
     * @param file the file to write; replaced if it exists
     * @throws IOException if the file cannot be written
     */
    public void save(Path file) throws IOException {
        Objects.requireNonNull(file, "NDArray.save: file is null");
        AtomicFile.write(file, out -> Npy.write(this, out));
    }

    /**
     * Reads a NumPy {@code .npz} archive ({@code numpy.savez} or {@code numpy.savez_compressed}): each
     * {@code <name>.npy} entry as {@link #load} reads it, by name, in the archive's order.
     *
     * @throws IOException naming the file, and the entry where one is at fault
     *
     * @param file the {@code .npz} archive
     * @return the arrays by entry name, in the archive's order
     */
    public static Map<String, NDArray> loadAll(Path file) throws IOException {
        Objects.requireNonNull(file, "NDArray.loadAll: file is null");
        return Npz.read(file);
    }

    /**
     * Writes the arrays to {@code file} as {@code numpy.savez} does: a zip of stored {@code <name>.npy}
     * entries in the map's order. The file is replaced atomically, as {@link #save} replaces one.
     *
     * @param file the file to write; replaced if it exists
     * @param arrays the arrays by entry name (without {@code .npy})
     * @throws IOException if the file cannot be written
     */
    public static void saveAll(Path file, Map<String, NDArray> arrays) throws IOException {
        Objects.requireNonNull(file, "NDArray.saveAll: file is null");
        Objects.requireNonNull(arrays, "NDArray.saveAll: arrays is null");
        Map<String, NDArray> copy = new LinkedHashMap<>();
        arrays.forEach((name, array) -> {
            Objects.requireNonNull(name, "NDArray.saveAll: a name is null");
            Objects.requireNonNull(array, () -> "NDArray.saveAll: the array named '" + name + "' is null");
            copy.put(name, array);
        });
        AtomicFile.write(file, out -> Npz.write(copy, out));
    }

    // ---- object methods -----------------------------------------------------------------------

    /**
     * Equal when dtype, shape and every element are equal. Floats compare as {@link Double#equals}
     * does: NaN equals NaN, and 0.0 differs from -0.0.
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof NDArray other
                && dtype == other.dtype
                && Arrays.equals(shape, other.shape)
                && sameElements(other);
    }

    /** Element by element, as {@code Arrays.equals} compares each primitive type, over each one's own range. */
    private boolean sameElements(NDArray other) {
        int to = offset + size;
        int otherTo = other.offset + size;
        return switch (dtype) {
            case FLOAT64 -> Arrays.equals((double[]) data, offset, to, (double[]) other.data, other.offset, otherTo);
            case FLOAT32 -> Arrays.equals((float[]) data, offset, to, (float[]) other.data, other.offset, otherTo);
            case INT32 -> Arrays.equals((int[]) data, offset, to, (int[]) other.data, other.offset, otherTo);
            case INT64 -> Arrays.equals((long[]) data, offset, to, (long[]) other.data, other.offset, otherTo);
            case BOOL -> Arrays.equals((boolean[]) data, offset, to, (boolean[]) other.data, other.offset, otherTo);
        };
    }

    @Override
    public int hashCode() {
        Object elements = isWhole() ? data : switch (dtype) {
            case FLOAT64 -> toDoubleArray();
            case FLOAT32 -> toFloatArray();
            case INT32 -> toIntArray();
            case INT64 -> toLongArray();
            case BOOL -> toBooleanArray();
        };
        return Objects.hash(dtype, Arrays.hashCode(shape), Arrays.deepHashCode(new Object[] {elements}));
    }

    /** The elements as NumPy's {@code str} prints them: {@code [[ 6.  8.]\n [10. 12.]]}, {@code 6.0}. */
    @Override
    public String toString() {
        return NDArrayFormat.format(this);
    }
}
