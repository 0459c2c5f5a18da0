package dev.symbolon.internal.cpu;

import dev.symbolon.internal.shape.ShapeChecks;
import java.util.Arrays;

/**
 * Max and average pooling over non-overlapping size x size windows of the last two axes, and their
 * gradients. A window's maximum is its first NaN, else its first largest element, which alone receives
 * the window's gradient. Float32 computes in double and rounds each result once, as the reference
 * interpreter does.
 */
public final class Pooling {
    private Pooling() {}

    /** The pooled shape, or a shape error when the size does not divide the last two dimensions. */
    public static int[] poolShape(int[] shape, int size, String op, String position) {
        int rank = shape.length;
        if (shape[rank - 2] % size != 0 || shape[rank - 1] % size != 0) {
            throw ShapeChecks.error(op, position, ShapeChecks.poolDoesNotDivide(shape, size));
        }
        int[] pooled = shape.clone();
        pooled[rank - 2] /= size;
        pooled[rank - 1] /= size;
        return pooled;
    }

    public static double[] maxPool2d(double[] x, int[] shape, int size) {
        int h = shape[shape.length - 2];
        int w = shape[shape.length - 1];
        double[] out = new double[x.length / (size * size)];
        for (int p = 0; p < out.length; p++) {
            out[p] = x[argmax(x, p, h, w, size)];
        }
        return out;
    }

    public static float[] maxPool2d(float[] x, int[] shape, int size) {
        return FloatArrays.toFloat(maxPool2d(FloatArrays.toDouble(x), shape, size));
    }

    public static double[] avgPool2d(double[] x, int[] shape, int size) {
        int h = shape[shape.length - 2];
        int w = shape[shape.length - 1];
        double[] out = new double[x.length / (size * size)];
        for (int p = 0; p < out.length; p++) {
            int start = start(p, h, w, size);
            double s = 0;
            for (int a = 0; a < size; a++) {
                for (int b = 0; b < size; b++) {
                    s += x[start + a * w + b];
                }
            }
            out[p] = s / ((double) size * size);
        }
        return out;
    }

    public static float[] avgPool2d(float[] x, int[] shape, int size) {
        return FloatArrays.toFloat(avgPool2d(FloatArrays.toDouble(x), shape, size));
    }

    /** Each window's gy at the element of x that {@link #maxPool2d} took, zeros elsewhere; x's shape. */
    public static double[] maxPool2dGrad(double[] gy, int[] gyShape, double[] x, int[] shape, int size, String op,
                                         String position) {
        requireGradient(gyShape, poolShape(shape, size, op, position), op, position);
        int h = shape[shape.length - 2];
        int w = shape[shape.length - 1];
        double[] out = new double[x.length];
        for (int p = 0; p < gy.length; p++) {
            out[argmax(x, p, h, w, size)] = gy[p];
        }
        return out;
    }

    public static float[] maxPool2dGrad(float[] gy, int[] gyShape, float[] x, int[] shape, int size, String op,
                                        String position) {
        return FloatArrays.toFloat(maxPool2dGrad(FloatArrays.toDouble(gy), gyShape, FloatArrays.toDouble(x), shape,
                size, op, position));
    }

    /** Each window's gy divided by the window's size at each of its elements; x's shape. */
    public static double[] avgPool2dGrad(double[] gy, int[] gyShape, int[] shape, int size, String op,
                                         String position) {
        requireGradient(gyShape, poolShape(shape, size, op, position), op, position);
        int h = shape[shape.length - 2];
        int w = shape[shape.length - 1];
        double[] out = new double[gy.length * size * size];
        double area = (double) size * size;
        for (int p = 0; p < gy.length; p++) {
            int start = start(p, h, w, size);
            double share = gy[p] / area;
            for (int a = 0; a < size; a++) {
                Arrays.fill(out, start + a * w, start + a * w + size, share);
            }
        }
        return out;
    }

    public static float[] avgPool2dGrad(float[] gy, int[] gyShape, int[] shape, int size, String op,
                                        String position) {
        return FloatArrays.toFloat(avgPool2dGrad(FloatArrays.toDouble(gy), gyShape, shape, size, op, position));
    }

    /** The flat index of window p's first element. */
    private static int start(int p, int h, int w, int size) {
        int windows = w / size;
        int plane = p / (h / size * windows);
        return (plane * h + p / windows % (h / size) * size) * w + p % windows * size;
    }

    private static int argmax(double[] x, int p, int h, int w, int size) {
        int start = start(p, h, w, size);
        int best = start;
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                int e = start + a * w + b;
                if (!Double.isNaN(x[best]) && !(x[e] <= x[best])) {
                    best = e;
                }
            }
        }
        return best;
    }

    private static void requireGradient(int[] gy, int[] expected, String op, String position) {
        if (!Arrays.equals(gy, expected)) {
            throw ShapeChecks.error(op, position, "the gradient is " + ShapeChecks.format(gy) + ", not "
                    + ShapeChecks.format(expected));
        }
    }
}
