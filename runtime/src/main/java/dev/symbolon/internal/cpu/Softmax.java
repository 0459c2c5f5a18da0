package dev.symbolon.internal.cpu;

/**
 * Softmax and log-softmax along the last axis, stably: the row maximum is subtracted before
 * exponentiating, and log-softmax is {@code x - max - log(sum(exp(x - max)))}, never the log of a
 * rounded-to-zero probability. Float32 computes in double and rounds once. The float64 {@code ...Into}
 * forms write into a given array of x's size and return it.
 */
public final class Softmax {
    private Softmax() {}

    public static double[] softmax(double[] x, int[] shape) {
        return apply(x, shape, false);
    }

    public static double[] logSoftmax(double[] x, int[] shape) {
        return apply(x, shape, true);
    }

    public static double[] softmaxInto(double[] x, int[] shape, double[] out) {
        return applyInto(x, shape, false, out);
    }

    public static double[] logSoftmaxInto(double[] x, int[] shape, double[] out) {
        return applyInto(x, shape, true, out);
    }

    public static float[] softmax(float[] x, int[] shape) {
        return FloatArrays.toFloat(apply(FloatArrays.toDouble(x), shape, false));
    }

    public static float[] logSoftmax(float[] x, int[] shape) {
        return FloatArrays.toFloat(apply(FloatArrays.toDouble(x), shape, true));
    }

    private static double[] apply(double[] x, int[] shape, boolean log) {
        return applyInto(x, shape, log, new double[x.length]);
    }

    private static double[] applyInto(double[] x, int[] shape, boolean log, double[] out) {
        int n = shape[shape.length - 1];
        for (int row = 0; row + n <= x.length && n > 0; row += n) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = row; j < row + n; j++) {
                max = Math.max(max, x[j]);
            }
            double sum = 0;
            for (int j = row; j < row + n; j++) {
                sum += Math.exp(x[j] - max);
            }
            double logSum = Math.log(sum);
            for (int j = row; j < row + n; j++) {
                out[j] = log ? x[j] - max - logSum : Math.exp(x[j] - max) / sum;
            }
        }
        return out;
    }
}
