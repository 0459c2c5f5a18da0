package dev.symbolon.internal.interpreter;

/** Scalar functions whose textbook formulas overflow; these forms stay finite and accurate for every input. */
final class StableMath {
    private StableMath() {}

    /** {@code 1 / (1 + exp(-x))}, with exp only ever of a non-positive argument. */
    static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /** {@code log(1 + exp(x))} as {@code max(x, 0) + log1p(exp(-|x|))}. */
    static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
