package dev.symbolon.internal.cpu;

import dev.symbolon.internal.shape.ShapeChecks;
import dev.symbolon.internal.shape.Shapes;
import java.util.Arrays;

/**
 * Sum, mean, max, min, supremum and argmax over sorted {@code axes} of a row-major array. Each returns the
 * reduced elements in row-major order of the kept dimensions; the result shape, with or without the
 * reduced dimensions kept as size 1, is {@link #reducedShape}. Float32 sums and means accumulate in
 * double. The float64 {@code ...Into} forms write into a given array of the result's size and return it,
 * walking the input without an index map, so that they allocate nothing of the input's size.
 */
public final class Reductions {
    private Reductions() {}

    public static int[] reducedShape(int[] shape, int[] axes, boolean keepDims) {
        int[] out = new int[keepDims ? shape.length : shape.length - axes.length];
        for (int d = 0, o = 0; d < shape.length; d++) {
            boolean reduced = Arrays.binarySearch(axes, d) >= 0;
            if (keepDims) {
                out[o++] = reduced ? 1 : shape[d];
            } else if (!reduced) {
                out[o++] = shape[d];
            }
        }
        return out;
    }

    // ---- sum and mean

    public static double[] sum(double[] x, int[] shape, int[] axes) {
        int[] target = target(shape, axes);
        double[] out = new double[outputSize(shape, axes)];
        for (int i = 0; i < x.length; i++) {
            out[target[i]] += x[i];
        }
        return out;
    }

    public static double[] sumInto(double[] x, int[] shape, int[] axes, double[] out) {
        Arrays.fill(out, 0.0);
        int leading = leadingAxes(shape.length, axes);
        if (leading >= 0 && out.length > 0) {
            // over the leading axes: whole rows added to the result, each element summed in the
            // generic walk's order (an fma with 1.0 rounds as an addition), on vectors where there are
            int columns = out.length;
            for (int row = 0, rows = x.length / columns; row < rows; row++) {
                Dots.INSTANCE.axpy(1.0, x, row * columns, out, 0, columns);
            }
            return out;
        }
        int[] strides = targetStrides(shape, axes);
        int rank = shape.length;
        int[] counter = new int[rank];
        int at = 0;
        for (int i = 0; i < x.length; i++) {
            out[at] += x[i];
            at = step(shape, strides, counter, at);
        }
        return out;
    }

    /**
     * The count of {@code axes} where they are the leading axes {@code 0, 1, ...} of a rank-{@code rank}
     * array in any order, else -1.
     */
    private static int leadingAxes(int rank, int[] axes) {
        boolean[] reduced = new boolean[rank];
        for (int axis : axes) {
            reduced[axis] = true;
        }
        for (int a = 0; a < axes.length; a++) {
            if (!reduced[a]) {
                return -1;
            }
        }
        return axes.length < rank ? axes.length : -1;
    }

    public static double[] meanInto(double[] x, int[] shape, int[] axes, double[] out) {
        sumInto(x, shape, axes, out);
        double count = reducedCount(shape, axes);
        for (int i = 0; i < out.length; i++) {
            out[i] /= count;
        }
        return out;
    }

    public static double[] maxInto(double[] x, int[] shape, int[] axes, double[] out, String op, String position) {
        requireElements(shape, axes, op, position);
        return foldInto(x, shape, axes, Double.NEGATIVE_INFINITY, true, out);
    }

    public static double[] minInto(double[] x, int[] shape, int[] axes, double[] out, String op, String position) {
        requireElements(shape, axes, op, position);
        return foldInto(x, shape, axes, Double.POSITIVE_INFINITY, false, out);
    }

    public static double[] supremumInto(double[] x, int[] shape, int[] axes, double[] out) {
        return foldInto(x, shape, axes, Double.NEGATIVE_INFINITY, true, out);
    }

    private static double[] foldInto(double[] x, int[] shape, int[] axes, double start, boolean max, double[] out) {
        Arrays.fill(out, start);
        int[] strides = targetStrides(shape, axes);
        int[] counter = new int[shape.length];
        int at = 0;
        for (int i = 0; i < x.length; i++) {
            out[at] = max ? Math.max(out[at], x[i]) : Math.min(out[at], x[i]);
            at = step(shape, strides, counter, at);
        }
        return out;
    }

    /** The output index's stride along each input dimension: 0 along a reduced one. */
    private static int[] targetStrides(int[] shape, int[] axes) {
        int[] strides = Shapes.strides(reducedShape(shape, axes, true));
        for (int a : axes) {
            strides[a] = 0;
        }
        return strides;
    }

    /** The next row-major position: advances {@code counter} and returns the output index that follows {@code at}. */
    private static int step(int[] shape, int[] strides, int[] counter, int at) {
        for (int d = shape.length - 1; d >= 0; d--) {
            counter[d]++;
            at += strides[d];
            if (counter[d] < shape[d]) {
                return at;
            }
            at -= strides[d] * shape[d];
            counter[d] = 0;
        }
        return at;
    }

    public static float[] sum(float[] x, int[] shape, int[] axes) {
        return FloatArrays.toFloat(sumInDouble(x, shape, axes));
    }

    public static long[] sum(long[] x, int[] shape, int[] axes) {
        int[] target = target(shape, axes);
        long[] out = new long[outputSize(shape, axes)];
        for (int i = 0; i < x.length; i++) {
            out[target[i]] += x[i];
        }
        return out;
    }

    /** The mean over {@code axes}: NaN where they span no element, as NumPy gives. */
    public static double[] mean(double[] x, int[] shape, int[] axes) {
        double[] out = sum(x, shape, axes);
        double count = reducedCount(shape, axes);
        for (int i = 0; i < out.length; i++) {
            out[i] /= count;
        }
        return out;
    }

    public static float[] mean(float[] x, int[] shape, int[] axes) {
        double[] sums = sumInDouble(x, shape, axes);
        double count = reducedCount(shape, axes);
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= count;
        }
        return FloatArrays.toFloat(sums);
    }

    // ---- max and min: NaN wins, as in NumPy; an empty reduction has no value

    public static double[] max(double[] x, int[] shape, int[] axes, String op, String position) {
        return extreme(x, shape, axes, op, position, Double.NEGATIVE_INFINITY, true);
    }

    public static double[] min(double[] x, int[] shape, int[] axes, String op, String position) {
        return extreme(x, shape, axes, op, position, Double.POSITIVE_INFINITY, false);
    }

    public static float[] max(float[] x, int[] shape, int[] axes, String op, String position) {
        return FloatArrays.toFloat(extreme(FloatArrays.toDouble(x), shape, axes, op, position, Double.NEGATIVE_INFINITY, true));
    }

    public static float[] min(float[] x, int[] shape, int[] axes, String op, String position) {
        return FloatArrays.toFloat(extreme(FloatArrays.toDouble(x), shape, axes, op, position, Double.POSITIVE_INFINITY, false));
    }

    /** The maximum, and -inf over no elements: what the stability rewrites shift by (the op SUPREMUM). */
    public static double[] supremum(double[] x, int[] shape, int[] axes) {
        return fold(x, shape, axes, Double.NEGATIVE_INFINITY, true);
    }

    public static float[] supremum(float[] x, int[] shape, int[] axes) {
        return FloatArrays.toFloat(fold(FloatArrays.toDouble(x), shape, axes, Double.NEGATIVE_INFINITY, true));
    }

    public static int[] max(int[] x, int[] shape, int[] axes, String op, String position) {
        requireElements(shape, axes, op, position);
        int[] target = target(shape, axes);
        int[] out = new int[outputSize(shape, axes)];
        Arrays.fill(out, Integer.MIN_VALUE);
        for (int i = 0; i < x.length; i++) {
            out[target[i]] = Math.max(out[target[i]], x[i]);
        }
        return out;
    }

    public static int[] min(int[] x, int[] shape, int[] axes, String op, String position) {
        requireElements(shape, axes, op, position);
        int[] target = target(shape, axes);
        int[] out = new int[outputSize(shape, axes)];
        Arrays.fill(out, Integer.MAX_VALUE);
        for (int i = 0; i < x.length; i++) {
            out[target[i]] = Math.min(out[target[i]], x[i]);
        }
        return out;
    }

    public static long[] max(long[] x, int[] shape, int[] axes, String op, String position) {
        requireElements(shape, axes, op, position);
        int[] target = target(shape, axes);
        long[] out = new long[outputSize(shape, axes)];
        Arrays.fill(out, Long.MIN_VALUE);
        for (int i = 0; i < x.length; i++) {
            out[target[i]] = Math.max(out[target[i]], x[i]);
        }
        return out;
    }

    public static long[] min(long[] x, int[] shape, int[] axes, String op, String position) {
        requireElements(shape, axes, op, position);
        int[] target = target(shape, axes);
        long[] out = new long[outputSize(shape, axes)];
        Arrays.fill(out, Long.MAX_VALUE);
        for (int i = 0; i < x.length; i++) {
            out[target[i]] = Math.min(out[target[i]], x[i]);
        }
        return out;
    }

    // ---- argmax: the first maximum (a NaN counts as the maximum), along one axis or over the flattened array

    public static long[] argmax(double[] x, int[] shape, int[] axes, String op, String position) {
        return argmaxOf(x, shape, axes, op, position);
    }

    public static long[] argmax(float[] x, int[] shape, int[] axes, String op, String position) {
        return argmaxOf(FloatArrays.toDouble(x), shape, axes, op, position);
    }

    public static long[] argmax(int[] x, int[] shape, int[] axes, String op, String position) {
        double[] exact = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            exact[i] = x[i];
        }
        return argmaxOf(exact, shape, axes, op, position);
    }

    /** Over long values, which doubles would round, so compared as longs. */
    public static long[] argmax(long[] x, int[] shape, int[] axes, String op, String position) {
        requireElements(shape, axes, op, position);
        int[] target = target(shape, axes);
        int[] coordinate = coordinates(shape, axes);
        long[] out = new long[outputSize(shape, axes)];
        long[] best = new long[out.length];
        boolean[] started = new boolean[out.length];
        for (int i = 0; i < x.length; i++) {
            int t = target[i];
            if (!started[t] || x[i] > best[t]) {
                started[t] = true;
                best[t] = x[i];
                out[t] = coordinate[i];
            }
        }
        return out;
    }

    private static long[] argmaxOf(double[] x, int[] shape, int[] axes, String op, String position) {
        requireElements(shape, axes, op, position);
        int[] target = target(shape, axes);
        int[] coordinate = coordinates(shape, axes);
        long[] out = new long[outputSize(shape, axes)];
        double[] best = new double[out.length];
        boolean[] started = new boolean[out.length];
        for (int i = 0; i < x.length; i++) {
            int t = target[i];
            boolean better = !started[t] || !Double.isNaN(best[t]) && (x[i] > best[t] || Double.isNaN(x[i]));
            if (better) {
                started[t] = true;
                best[t] = x[i];
                out[t] = coordinate[i];
            }
        }
        return out;
    }

    /** Each element's position along the one reduced axis, or its flat index when every axis is reduced. */
    private static int[] coordinates(int[] shape, int[] axes) {
        int[] coordinate = new int[Shapes.size(shape)];
        if (axes.length == shape.length) {
            for (int i = 0; i < coordinate.length; i++) {
                coordinate[i] = i;
            }
            return coordinate;
        }
        int axis = axes[0];
        int inner = Shapes.strides(shape)[axis];
        for (int i = 0; i < coordinate.length; i++) {
            coordinate[i] = i / inner % shape[axis];
        }
        return coordinate;
    }

    // ---- prod: 1 over no elements; float32 multiplies in double, integers (int64 by the graph) wrap

    public static double[] prod(double[] x, int[] shape, int[] axes) {
        int[] target = target(shape, axes);
        double[] out = new double[outputSize(shape, axes)];
        Arrays.fill(out, 1);
        for (int i = 0; i < x.length; i++) {
            out[target[i]] *= x[i];
        }
        return out;
    }

    public static float[] prod(float[] x, int[] shape, int[] axes) {
        return FloatArrays.toFloat(prod(FloatArrays.toDouble(x), shape, axes));
    }

    public static long[] prod(long[] x, int[] shape, int[] axes) {
        int[] target = target(shape, axes);
        long[] out = new long[outputSize(shape, axes)];
        Arrays.fill(out, 1);
        for (int i = 0; i < x.length; i++) {
            out[target[i]] *= x[i];
        }
        return out;
    }

    // ---- argmin: the first minimum (a NaN counts as the minimum), as argmax finds the maximum

    public static long[] argmin(double[] x, int[] shape, int[] axes, String op, String position) {
        requireElements(shape, axes, op, position);
        int[] target = target(shape, axes);
        int[] coordinate = coordinates(shape, axes);
        long[] out = new long[outputSize(shape, axes)];
        double[] best = new double[out.length];
        boolean[] started = new boolean[out.length];
        for (int i = 0; i < x.length; i++) {
            int t = target[i];
            boolean better = !started[t] || !Double.isNaN(best[t]) && (x[i] < best[t] || Double.isNaN(x[i]));
            if (better) {
                started[t] = true;
                best[t] = x[i];
                out[t] = coordinate[i];
            }
        }
        return out;
    }

    public static long[] argmin(float[] x, int[] shape, int[] axes, String op, String position) {
        return argmin(FloatArrays.toDouble(x), shape, axes, op, position);
    }

    public static long[] argmin(int[] x, int[] shape, int[] axes, String op, String position) {
        long[] exact = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            exact[i] = x[i];
        }
        return argmin(exact, shape, axes, op, position);
    }

    public static long[] argmin(long[] x, int[] shape, int[] axes, String op, String position) {
        requireElements(shape, axes, op, position);
        int[] target = target(shape, axes);
        int[] coordinate = coordinates(shape, axes);
        long[] out = new long[outputSize(shape, axes)];
        long[] best = new long[out.length];
        boolean[] started = new boolean[out.length];
        for (int i = 0; i < x.length; i++) {
            int t = target[i];
            if (!started[t] || x[i] < best[t]) {
                started[t] = true;
                best[t] = x[i];
                out[t] = coordinate[i];
            }
        }
        return out;
    }

    // ---- shared helpers

    private static double[] extreme(double[] x, int[] shape, int[] axes, String op, String position, double start,
                                    boolean max) {
        requireElements(shape, axes, op, position);
        return fold(x, shape, axes, start, max);
    }

    /** Max or min from {@code start}, which is what a group of no elements gives. */
    private static double[] fold(double[] x, int[] shape, int[] axes, double start, boolean max) {
        int[] target = target(shape, axes);
        double[] out = new double[outputSize(shape, axes)];
        Arrays.fill(out, start);
        for (int i = 0; i < x.length; i++) {
            int t = target[i];
            out[t] = max ? Math.max(out[t], x[i]) : Math.min(out[t], x[i]);
        }
        return out;
    }

    private static double[] sumInDouble(float[] x, int[] shape, int[] axes) {
        int[] target = target(shape, axes);
        double[] out = new double[outputSize(shape, axes)];
        for (int i = 0; i < x.length; i++) {
            out[target[i]] += x[i];
        }
        return out;
    }

    /** For each input element, the index of the output element it reduces into. */
    private static int[] target(int[] shape, int[] axes) {
        int[] strides = Shapes.strides(reducedShape(shape, axes, true));
        for (int a : axes) {
            strides[a] = 0;
        }
        return Strides.walk(shape, strides);
    }

    private static int outputSize(int[] shape, int[] axes) {
        int size = 1;
        for (int d = 0; d < shape.length; d++) {
            if (Arrays.binarySearch(axes, d) < 0) {
                size *= shape[d];
            }
        }
        return size;
    }

    private static long reducedCount(int[] shape, int[] axes) {
        long count = 1;
        for (int a : axes) {
            count *= shape[a];
        }
        return count;
    }

    /**
     * Max, min and argmax have no value over no elements, so they refuse an empty reduced axis, as
     * NumPy does even where the result would hold no element either.
     */
    private static void requireElements(int[] shape, int[] axes, String op, String position) {
        if (reducedCount(shape, axes) == 0) {
            throw ShapeChecks.error(op, position, "cannot reduce an empty array of shape "
                    + ShapeChecks.format(shape) + " over axes " + Arrays.toString(axes));
        }
    }
}
