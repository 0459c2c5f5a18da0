package dev.symbolon.internal.cpu;

/**
 * Widening and narrowing copies for float32 kernels, which compute in double and round once at the
 * end, as float32 ops do when their operands are promoted.
 */
final class FloatArrays {
    private FloatArrays() {}

    static double[] toDouble(float[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i];
        }
        return d;
    }

    static float[] toFloat(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }
}
