package dev.symbolon.internal.cpu;

import dev.symbolon.internal.shape.Shapes;

/**
 * Running sums along one axis of a row-major array, in a new array of the same shape. Float32 adds
 * in double and rounds each result once, as the reference interpreter does.
 */
public final class Scans {
    private Scans() {}

    public static double[] cumsum(double[] x, int[] shape, int axis) {
        double[] out = x.clone();
        int stride = Shapes.strides(shape)[axis];
        int length = shape[axis];
        for (int i = 0; i < out.length; i++) {
            if (i / stride % length != 0) {
                out[i] += out[i - stride];
            }
        }
        return out;
    }

    public static float[] cumsum(float[] x, int[] shape, int axis) {
        return FloatArrays.toFloat(cumsum(FloatArrays.toDouble(x), shape, axis));
    }

    public static long[] cumsum(long[] x, int[] shape, int axis) {
        long[] out = x.clone();
        int stride = Shapes.strides(shape)[axis];
        int length = shape[axis];
        for (int i = 0; i < out.length; i++) {
            if (i / stride % length != 0) {
                out[i] += out[i - stride];
            }
        }
        return out;
    }
}
