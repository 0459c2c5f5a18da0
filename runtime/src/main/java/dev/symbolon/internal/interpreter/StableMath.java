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

    /**
     * The error function, computed otherwise than the CPU kernel (a rational fit) so that each checks
     * the other: its Maclaurin series below 2, where the terms never outgrow the sum by more than
     * a few bits, and 1 - erfc beyond, erfc by its continued fraction, which converges fast there.
     */
    static double erf(double x) {
        double y = Math.abs(x);
        double result;
        if (y < 2) {
            // erf(y) = 2/sqrt(pi) * sum_n (-1)^n y^(2n+1) / (n! (2n+1))
            double term = y;
            double sum = y;
            for (int n = 1; n < 200 && Math.abs(term) > 1e-18 * Math.abs(sum); n++) {
                term *= -y * y / n;
                sum += term / (2 * n + 1);
            }
            result = 2 / Math.sqrt(Math.PI) * sum;
        } else if (y < 6) {
            // erfc(y) = exp(-y^2)/sqrt(pi) * 1/(y + (1/2)/(y + 1/(y + (3/2)/(y + ...)))), evaluated bottom-up
            double fraction = y;
            for (int k = 80; k >= 1; k--) {
                fraction = y + k / 2.0 / fraction;
            }
            result = 1 - Math.exp(-y * y) / Math.sqrt(Math.PI) / fraction;
        } else {
            result = y == y ? 1 : y;
        }
        return x < 0 ? -result : result;
    }

    /** log2 as the exponent of x plus the log2 of its mantissa taken near 1, so powers of two are exact. */
    static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return Math.log(x);
        }
        int shift = x < Double.MIN_NORMAL ? 64 : 0;
        double scaled = x * Math.pow(2, shift);
        int exponent = Math.getExponent(scaled);
        double mantissa = scaled / Math.pow(2, exponent);
        if (mantissa > Math.sqrt(2)) {
            mantissa /= 2;
            exponent++;
        }
        return exponent - shift + Math.log(mantissa) / Math.log(2);
    }
}
