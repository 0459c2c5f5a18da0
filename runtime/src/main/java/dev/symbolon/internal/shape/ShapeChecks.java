package dev.symbolon.internal.shape;

import dev.symbolon.internal.access.Internals;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import dev.symbolon.runtime.SharedVariable;
import java.util.Arrays;

/**
 * The checks of compiled methods and the text of their errors. A shape error found inside a method
 * names the op and the source line ({@code add: dimension 1 differs: 3 and 2 at Basics.java:14}); the
 * method then prefixes its own name and its arguments' shapes with {@link #inCall}.
 */
public final class ShapeChecks {
    private ShapeChecks() {}

    /** A shape error of {@code op}, written at {@code position} of the user's source. */
    public static ShapeException error(String op, String position, String problem) {
        return new ShapeException(op + ": " + problem + " at " + position);
    }

    /**
     * An index outside {@code -size..size-1} of an axis, named as shape errors are: {@code take: index 7
     * is out of range for axis 0 of size 5 at Model.java:12}. Without a known position the sentence
     * ends at the size.
     */
    public static IndexOutOfRangeException indexOutOfRange(String op, String position, long index, int axis,
                                                           int size) {
        return new IndexOutOfRangeException(op + ": index " + index + " is out of range for axis " + axis
                + " of size " + size + (position == null ? "" : " at " + position));
    }

    /** Requires two sizes of output dimension {@code dim} to agree, as elementwise ops without broadcasting do. */
    public static void sameDimension(String op, String position, int dim, int a, int b) {
        if (a != b) {
            throw error(op, position, "dimension " + dim + " differs: " + a + " and " + b);
        }
    }

    /**
     * The number of elements of {@code op}'s result of this shape, checked before anything is
     * allocated: a result too large for a Java array is a shape error of the op, at its line.
     */
    public static int resultSize(String op, String position, int[] shape) {
        try {
            return Shapes.size(shape);
        } catch (ShapeException e) {
            ShapeException tooLarge = error(op, position, tooLarge(shape));
            tooLarge.initCause(e);
            throw tooLarge;
        }
    }

    /** The problem of a result too large for a Java array, in the words that compiled code and the interpreter share. */
    public static String tooLarge(int[] shape) {
        return "the result of shape " + format(shape) + " has more elements than a Java array holds ("
                + Integer.MAX_VALUE + ")";
    }

    /**
     * What is wrong with convolving an NCHW input of shape {@code x} with OIHW filters of shape {@code w}
     * padded by {@code padding}: channels that differ, or a kernel larger than the padded input; null when
     * nothing is. Compiled code and the interpreter word these errors alike.
     */
    public static String convolutionProblem(int[] x, int[] w, int padding) {
        if (x[1] != w[1]) {
            return "the input " + format(x) + " has " + x[1] + " channels but the filters " + format(w) + " take "
                    + w[1] + " (filters are in OIHW order: out channels, in channels, height, width)";
        }
        if (w[2] > x[2] + 2 * padding || w[3] > x[3] + 2 * padding) {
            return "the kernel " + w[2] + "x" + w[3] + " of the filters " + format(w) + " is larger than the input "
                    + format(x) + " padded by " + padding + " (" + (x[2] + 2 * padding) + "x" + (x[3] + 2 * padding)
                    + ")";
        }
        return null;
    }

    /** The problem of pooling windows of {@code size} that do not divide the last two dimensions of {@code shape}. */
    public static String poolDoesNotDivide(int[] shape, int size) {
        return "the window size " + size + " does not divide the last two dimensions of " + format(shape)
                + "; pad or crop the input to a multiple of " + size;
    }

    /** The error {@code e}, raised inside method call {@code call} ({@code add(x: [2, 3], y: [3, 2])}), with the call in front. */
    public static ShapeException inCall(String call, ShapeException e) {
        ShapeException withCall = new ShapeException(call + ": " + e.getMessage());
        withCall.initCause(e);
        return withCall;
    }

    /** The index error {@code e}, raised inside method call {@code call}, with the call in front as {@link #inCall(String, ShapeException)} puts it. */
    public static IndexOutOfRangeException inCall(String call, IndexOutOfRangeException e) {
        IndexOutOfRangeException withCall = new IndexOutOfRangeException(call + ": " + e.getMessage());
        withCall.initCause(e);
        return withCall;
    }

    /** A shape as the messages of compiled methods write it: {@code [2, 3]}, {@code []} for a scalar. */
    public static String format(int[] shape) {
        return Arrays.toString(shape);
    }

    /** A shared variable's shape as {@link #format(int[])} writes it, or {@code unset}. */
    public static String format(SharedVariable variable) {
        return variable.isSet() ? format(Internals.value(variable).shape()) : "unset";
    }

    /**
     * Requires argument {@code parameter} of {@code method} to have the declared dtype and rank.
     *
     * @throws IllegalArgumentException naming the parameter, what it must be and what it is
     */
    public static NDArray requireArgument(String method, String parameter, NDArray value, DType dtype, int rank) {
        if (value.dtype() != dtype || value.rank() != rank) {
            throw new IllegalArgumentException(method + ": argument " + parameter + " must be a " + dtype
                    + " array of rank " + rank + ", but it is a " + value.dtype() + " array of rank "
                    + value.rank() + " with shape " + format(value.shape()));
        }
        return value;
    }
}
