package dev.symbolon.internal.interpreter;

import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;

/**
 * Moves values between {@link NDArray}s and the two forms the interpreter computes in: doubles for
 * float dtypes, longs for integers and bool (as 0 and 1). Storing back converts as a Java cast does,
 * so float32 results are rounded once per op and int32 results wrap.
 */
final class Values {
    private Values() {}

    /** The elements of a float array, in row-major order. */
    static double[] doubles(NDArray a) {
        return a.toDoubleArray();
    }

    /** The elements of an integer or bool array (bool as 0 and 1), in row-major order. */
    static long[] longs(NDArray a) {
        return a.toLongArray();
    }

    /** The elements of {@code a} read through {@code indexMap}: element i is {@code a}'s element {@code indexMap[i]}. */
    static double[] doubles(NDArray a, int[] indexMap) {
        double[] all = a.toDoubleArray();
        double[] read = new double[indexMap.length];
        for (int i = 0; i < read.length; i++) {
            read[i] = all[indexMap[i]];
        }
        return read;
    }

    /** As {@link #doubles(NDArray, int[])}, for integer and bool values. */
    static long[] longs(NDArray a, int[] indexMap) {
        long[] all = a.toLongArray();
        long[] read = new long[indexMap.length];
        for (int i = 0; i < read.length; i++) {
            read[i] = all[indexMap[i]];
        }
        return read;
    }

    /** A new array of {@code a}'s dtype and the given shape whose element i is {@code a}'s element {@code indexMap[i]}. */
    static NDArray gather(NDArray a, int[] shape, int[] indexMap) {
        return a.dtype().isFloat()
                ? ofDoubles(a.dtype(), shape, doubles(a, indexMap))
                : ofLongs(a.dtype(), shape, longs(a, indexMap));
    }

    /** Stores doubles as {@code dtype}, converting each as a Java cast from {@code double} does. */
    static NDArray ofDoubles(DType dtype, int[] shape, double[] v) {
        int n = v.length;
        return switch (dtype) {
            case FLOAT64 -> NDArray.wrap(v, shape);
            case FLOAT32 -> {
                float[] out = new float[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (float) v[i];
                }
                yield NDArray.wrap(out, shape);
            }
            case INT32 -> {
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (int) v[i];
                }
                yield NDArray.wrap(out, shape);
            }
            case INT64 -> {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (long) v[i];
                }
                yield NDArray.wrap(out, shape);
            }
            case BOOL -> {
                boolean[] out = new boolean[n];
                for (int i = 0; i < n; i++) {
                    out[i] = v[i] != 0;
                }
                yield NDArray.wrap(out, shape);
            }
        };
    }

    /** Stores longs as {@code dtype}, converting each as a Java cast from {@code long} does. */
    static NDArray ofLongs(DType dtype, int[] shape, long[] v) {
        int n = v.length;
        return switch (dtype) {
            case FLOAT64 -> {
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    out[i] = v[i];
                }
                yield NDArray.wrap(out, shape);
            }
            case FLOAT32 -> {
                // straight from long, as Java's (float) cast rounds once; through double it could round twice
                float[] out = new float[n];
                for (int i = 0; i < n; i++) {
                    out[i] = v[i];
                }
                yield NDArray.wrap(out, shape);
            }
            case INT32 -> {
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (int) v[i];
                }
                yield NDArray.wrap(out, shape);
            }
            case INT64 -> NDArray.wrap(v, shape);
            case BOOL -> {
                boolean[] out = new boolean[n];
                for (int i = 0; i < n; i++) {
                    out[i] = v[i] != 0;
                }
                yield NDArray.wrap(out, shape);
            }
        };
    }
}
