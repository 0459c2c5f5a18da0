package dev.symbolon.internal.cpu;

import dev.symbolon.internal.shape.ShapeChecks;
import dev.symbolon.internal.shape.Shapes;

/**
 * Take, takeAlongAxis, slice and concatenate, and the scatters that are their gradients. A pick is an
 * index map (for each output element, the input element it copies) that {@link ShapeOps}' gathers
 * apply, and that the scatters apply backwards, adding where an index repeats. Every index is checked
 * against its axis before anything is read: an index out of range is an
 * {@link IndexOutOfBoundsException} naming the op, the index, the size and the source line.
 */
public final class Indexing {
    private Indexing() {}

    // ---- take

    /** x's shape with dimension {@code axis} replaced by the indices' shape. */
    public static int[] takeShape(int[] xShape, int[] indicesShape, int axis, String op, String position) {
        int[] out = new int[xShape.length - 1 + indicesShape.length];
        System.arraycopy(xShape, 0, out, 0, axis);
        System.arraycopy(indicesShape, 0, out, axis, indicesShape.length);
        System.arraycopy(xShape, axis + 1, out, axis + indicesShape.length, xShape.length - axis - 1);
        ShapeChecks.resultSize(op, position, out);
        return out;
    }

    public static int[] takeIndex(int[] xShape, int[] indices, int axis, String op, String position) {
        return takeIndex(xShape, widen(indices), axis, op, position);
    }

    /** For each element of {@code take(x, indices, axis)}, its flat index in x. */
    public static int[] takeIndex(int[] xShape, long[] indices, int axis, String op, String position) {
        int n = xShape[axis];
        int outer = Shapes.size(slice(xShape, 0, axis));
        int inner = Shapes.size(slice(xShape, axis + 1, xShape.length));
        int m = indices.length;
        int[] picked = new int[m];
        for (int j = 0; j < m; j++) {
            picked[j] = checked(indices[j], n, axis, op, position);
        }
        int[] map = new int[outer * m * inner];
        int at = 0;
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < m; j++) {
                int from = (o * n + picked[j]) * inner;
                for (int i = 0; i < inner; i++) {
                    map[at++] = from + i;
                }
            }
        }
        return map;
    }

    // ---- takeAlongAxis

    /**
     * The shape of {@code takeAlongAxis}: the indices' size along the axis; elsewhere x's where the
     * indices' type broadcasts, the indices' where x's does, and otherwise the two, which must agree.
     */
    public static int[] alongAxisShape(int[] xShape, boolean[] xBroadcastable, int[] indicesShape,
                                       boolean[] indicesBroadcastable, int axis, String op, String position) {
        int[] out = new int[xShape.length];
        for (int d = 0; d < out.length; d++) {
            if (d == axis) {
                out[d] = indicesShape[d];
            } else if (indicesBroadcastable[d]) {
                out[d] = xShape[d];
            } else if (xBroadcastable[d]) {
                out[d] = indicesShape[d];
            } else {
                ShapeChecks.sameDimension(op, position, d, xShape[d], indicesShape[d]);
                out[d] = xShape[d];
            }
        }
        return out;
    }

    public static int[] alongAxisIndex(int[] xShape, boolean[] xBroadcastable, int[] indices, int[] indicesShape,
                                       boolean[] indicesBroadcastable, int[] outShape, int axis, String op,
                                       String position) {
        return alongAxisIndex(xShape, xBroadcastable, widen(indices), indicesShape, indicesBroadcastable, outShape,
                axis, op, position);
    }

    /** For each element of {@code takeAlongAxis(x, indices, axis)} of {@code outShape}, its flat index in x. */
    public static int[] alongAxisIndex(int[] xShape, boolean[] xBroadcastable, long[] indices, int[] indicesShape,
                                       boolean[] indicesBroadcastable, int[] outShape, int axis, String op,
                                       String position) {
        int[] xStrides = Shapes.strides(xShape);
        int[] base = xStrides.clone();
        base[axis] = 0;
        int[] at = Shapes.strides(indicesShape);
        for (int d = 0; d < outShape.length; d++) {
            if (d != axis && xBroadcastable[d]) {
                base[d] = 0;
            }
            if (indicesBroadcastable[d]) {
                at[d] = 0;
            }
        }
        int[] map = Strides.walk(outShape, base);
        int[] positions = Strides.walk(outShape, at);
        for (int i = 0; i < map.length; i++) {
            map[i] += checked(indices[positions[i]], xShape[axis], axis, op, position) * xStrides[axis];
        }
        return map;
    }

    // ---- slice

    /** x's shape with the slice's length along its axis. */
    public static int[] sliceShape(int[] xShape, int axis, int start, int stop) {
        int[] out = xShape.clone();
        int[] bounds = bounds(xShape[axis], start, stop);
        out[axis] = bounds[1] - bounds[0];
        return out;
    }

    /** For each element of {@code x[start:stop]} along {@code axis}, its flat index in x. */
    public static int[] sliceIndex(int[] xShape, int axis, int start, int stop) {
        int[] strides = Shapes.strides(xShape);
        int from = bounds(xShape[axis], start, stop)[0] * strides[axis];
        int[] map = Strides.walk(sliceShape(xShape, axis, start, stop), strides);
        for (int i = 0; i < map.length; i++) {
            map[i] += from;
        }
        return map;
    }

    /** NumPy's bounds of {@code [start:stop]} in a dimension of size n: negatives count from the end, then both clamp. */
    static int[] bounds(int n, int start, int stop) {
        int s = clamp(start < 0 ? (long) start + n : start, n);
        int e = clamp(stop < 0 ? (long) stop + n : stop, n);
        return new int[] {s, Math.max(s, e)};
    }

    private static int clamp(long i, int n) {
        return (int) Math.max(0, Math.min(i, n));
    }

    // ---- concatenate

    /** The shape of a and b joined along {@code axis}; every other dimension must agree. */
    public static int[] concatenateShape(int[] aShape, int[] bShape, int axis, String op, String position) {
        int[] out = aShape.clone();
        for (int d = 0; d < out.length; d++) {
            if (d != axis) {
                ShapeChecks.sameDimension(op, position, d, aShape[d], bShape[d]);
            }
        }
        long joined = (long) aShape[axis] + bShape[axis];
        if (joined > Integer.MAX_VALUE) {
            throw ShapeChecks.error(op, position, "joining " + ShapeChecks.format(aShape) + " and "
                    + ShapeChecks.format(bShape) + " gives more entries along axis " + axis
                    + " than a Java array holds (" + Integer.MAX_VALUE + ")");
        }
        out[axis] = (int) joined;
        ShapeChecks.resultSize(op, position, out);
        return out;
    }

    /**
     * Fills {@code out}, an array of the dtype of a and b (double[], int[]...) of {@code outShape}'s
     * size, with a's rows along the axis, then b's.
     */
    public static <A> A concatenate(A a, int[] aShape, A b, int[] bShape, int axis, A out) {
        int outer = Shapes.size(slice(aShape, 0, axis));
        int inner = Shapes.size(slice(aShape, axis + 1, aShape.length));
        int aBlock = aShape[axis] * inner;
        int bBlock = bShape[axis] * inner;
        for (int o = 0; o < outer; o++) {
            System.arraycopy(a, o * aBlock, out, o * (aBlock + bBlock), aBlock);
            System.arraycopy(b, o * bBlock, out, o * (aBlock + bBlock) + aBlock, bBlock);
        }
        return out;
    }

    // ---- arange

    /** 0, 1, ..., n-1; empty for n at most 0, as NumPy's arange. */
    public static long[] arange(long n, String op, String position) {
        if (n > Integer.MAX_VALUE) {
            throw ShapeChecks.error(op, position, "arange of " + n + " has more elements than a Java array holds ("
                    + Integer.MAX_VALUE + ")");
        }
        long[] out = new long[(int) Math.max(0, n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = i;
        }
        return out;
    }

    // ---- scatters: out[index[i]] += g[i], into zeros of the given size

    public static double[] scatterAdd(double[] g, int[] index, int size) {
        double[] out = new double[size];
        for (int i = 0; i < index.length; i++) {
            out[index[i]] += g[i];
        }
        return out;
    }

    public static float[] scatterAdd(float[] g, int[] index, int size) {
        float[] out = new float[size];
        for (int i = 0; i < index.length; i++) {
            out[index[i]] += g[i];
        }
        return out;
    }

    // ---- helpers

    private static int checked(long index, int size, int axis, String op, String position) {
        if (index < -size || index >= size) {
            throw ShapeChecks.indexOutOfRange(op, position, index, axis, size);
        }
        return (int) (index < 0 ? index + size : index);
    }

    private static long[] widen(int[] indices) {
        long[] wide = new long[indices.length];
        for (int i = 0; i < wide.length; i++) {
            wide[i] = indices[i];
        }
        return wide;
    }

    private static int[] slice(int[] shape, int from, int to) {
        int[] part = new int[to - from];
        System.arraycopy(shape, from, part, 0, part.length);
        return part;
    }
}
