package dev.symbolon.internal.cpu;

/** Per-element functions that {@code java.lang.Math} lacks, in forms that neither overflow nor lose precision. */
public final class ScalarMath {
    private ScalarMath() {}

    /** {@code 1 / (1 + exp(-x))}, evaluated so that {@code exp} never overflows. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /** {@code log(1 + exp(x))}, as {@code max(x, 0) + log1p(exp(-|x|))} so that large |x| stays exact. */
    public static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
