package dev.symbolon.internal.cpu;

import dev.symbolon.internal.shape.ShapeChecks;
import dev.symbolon.internal.shape.Shapes;
import java.util.Arrays;

/**
 * Transpose, reshape, broadcast and size. A transpose or broadcast is an index map (for each output
 * element, the input element it copies) followed by a gather of the dtype's array; a reshape moves
 * no data, so only its shape is computed here. The float64 {@code ...Into} forms copy into a given array
 * of the result's size by walking the strides, with no index map.
 */
public final class ShapeOps {
    private ShapeOps() {}

    // ---- transpose

    /** The shape after a transpose: output dimension i is input dimension {@code permutation[i]}. */
    public static int[] permute(int[] shape, int[] permutation) {
        int[] out = new int[permutation.length];
        for (int i = 0; i < permutation.length; i++) {
            out[i] = shape[permutation[i]];
        }
        return out;
    }

    /** For each element of the transposed array, in row-major order, its flat index in the input. */
    public static int[] transposeIndex(int[] shape, int[] permutation) {
        int[] inputStrides = Shapes.strides(shape);
        int[] strides = new int[permutation.length];
        for (int i = 0; i < permutation.length; i++) {
            strides[i] = inputStrides[permutation[i]];
        }
        return Strides.walk(permute(shape, permutation), strides);
    }

    /** The transpose of x into {@code out}, an array of its size. */
    public static double[] transposeInto(double[] x, int[] shape, int[] permutation, double[] out) {
        int[] inputStrides = Shapes.strides(shape);
        int[] strides = new int[permutation.length];
        for (int i = 0; i < permutation.length; i++) {
            strides[i] = inputStrides[permutation[i]];
        }
        return walkInto(x, permute(shape, permutation), strides, out);
    }

    // ---- reshape

    /**
     * The shape {@code target} gives an array of {@code shape}, with its one -1 inferred.
     *
     * @throws dev.symbolon.runtime.ShapeException if the element counts cannot agree
     */
    public static int[] reshape(int[] shape, int[] target, String op, String position) {
        int size = Shapes.size(shape);
        int known = 1;
        int inferred = -1;
        for (int i = 0; i < target.length; i++) {
            if (target[i] == -1) {
                inferred = i;
            } else {
                known *= target[i];
            }
        }
        int[] out = target.clone();
        if (inferred >= 0 && known != 0 && size % known == 0) {
            out[inferred] = size / known;
        }
        // known may have wrapped around; the exact count of the result decides
        if (inferred >= 0 && out[inferred] == -1 || ShapeChecks.resultSize(op, position, out) != size) {
            throw ShapeChecks.error(op, position, "cannot reshape " + ShapeChecks.format(shape) + " ("
                    + size + " elements) to " + ShapeChecks.format(target));
        }
        return out;
    }

    // ---- broadcast

    /**
     * For each element of an array of {@code modelShape}, the flat index of the element of x it
     * repeats. x is first given size-1 dimensions at {@code insertedAxes} (sorted positions in the
     * expanded rank), then right-aligned with the model: a dimension of x that its type marks
     * broadcastable ({@code xBroadcastable}), or that is inserted or missing, is repeated; any other must
     * equal the model's.
     *
     * @throws dev.symbolon.runtime.ShapeException if such a dimension differs from the model's
     */
    public static int[] broadcastIndex(int[] xShape, boolean[] xBroadcastable, int[] insertedAxes, int[] modelShape,
                                       String op, String position) {
        return Strides.walk(modelShape, broadcastStrides(xShape, xBroadcastable, insertedAxes, modelShape, op, position));
    }

    /** x repeated to {@code modelShape} into {@code out}, as {@link #broadcastIndex} maps it. */
    public static double[] broadcastInto(double[] x, int[] xShape, boolean[] xBroadcastable, int[] insertedAxes,
                                         int[] modelShape, double[] out, String op, String position) {
        return walkInto(x, modelShape, broadcastStrides(xShape, xBroadcastable, insertedAxes, modelShape, op, position),
                out);
    }

    private static int[] broadcastStrides(int[] xShape, boolean[] xBroadcastable, int[] insertedAxes,
                                          int[] modelShape, String op, String position) {
        int expandedRank = xShape.length + insertedAxes.length;
        int lead = modelShape.length - expandedRank;
        int[] xStrides = Shapes.strides(xShape);
        int[] strides = new int[modelShape.length];
        for (int d = 0, xd = 0; d < expandedRank; d++) {
            if (Arrays.binarySearch(insertedAxes, d) >= 0) {
                continue;
            }
            if (!xBroadcastable[xd]) {
                ShapeChecks.sameDimension(op, position, lead + d, xShape[xd], modelShape[lead + d]);
                strides[lead + d] = xStrides[xd];
            }
            xd++;
        }
        return strides;
    }

    /** {@code out[i] = x[sum(coordinate[d] * strides[d])]} over the row-major coordinates of {@code shape}. */
    private static double[] walkInto(double[] x, int[] shape, int[] strides, double[] out) {
        int rank = shape.length;
        int[] counter = new int[rank];
        int at = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = x[at];
            for (int d = rank - 1; d >= 0; d--) {
                counter[d]++;
                at += strides[d];
                if (counter[d] < shape[d]) {
                    break;
                }
                at -= strides[d] * shape[d];
                counter[d] = 0;
            }
        }
        return out;
    }

    // ---- size

    /** How many elements the {@code axes} of an array of {@code shape} span together. */
    public static long size(int[] shape, int[] axes) {
        long count = 1;
        for (int a : axes) {
            count *= shape[a];
        }
        return count;
    }

    // ---- gathers: out[i] = x[index[i]]

    public static double[] gather(double[] x, int[] index) {
        double[] out = new double[index.length];
        for (int i = 0; i < index.length; i++) {
            out[i] = x[index[i]];
        }
        return out;
    }

    public static float[] gather(float[] x, int[] index) {
        float[] out = new float[index.length];
        for (int i = 0; i < index.length; i++) {
            out[i] = x[index[i]];
        }
        return out;
    }

    public static int[] gather(int[] x, int[] index) {
        int[] out = new int[index.length];
        for (int i = 0; i < index.length; i++) {
            out[i] = x[index[i]];
        }
        return out;
    }

    public static long[] gather(long[] x, int[] index) {
        long[] out = new long[index.length];
        for (int i = 0; i < index.length; i++) {
            out[i] = x[index[i]];
        }
        return out;
    }

    public static boolean[] gather(boolean[] x, int[] index) {
        boolean[] out = new boolean[index.length];
        for (int i = 0; i < index.length; i++) {
            out[i] = x[index[i]];
        }
        return out;
    }
}
