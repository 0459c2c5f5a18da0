package dev.symbolon.internal.cpu;

/** Per-element functions that {@code java.lang.Math} lacks, in forms that neither overflow nor lose precision. */
public final class ScalarMath {
    private ScalarMath() {}

    /**
     * {@code 1 / (1 + exp(-x))}, evaluated so that {@code exp} never overflows: with
     * {@code e = exp(-|x|)}, {@code 1 / (1 + e)} for {@code x >= 0} and {@code e / (1 + e)} otherwise
     * (NaN included). One exponential and a choice of numerator rather than two branches, so that
     * the JIT needs no branch and the vector kernels compute the same expression.
     */
    public static double sigmoid(double x) {
        double e = Math.exp(-Math.abs(x));
        return (x >= 0 ? 1 : e) / (1 + e);
    }

    /** {@code log(1 + exp(x))}, as {@code max(x, 0) + log1p(exp(-|x|))} so that large |x| stays exact. */
    public static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /**
     * The error function by W. J. Cody's rational Chebyshev approximations (Math. Comp. 1969, as in
     * his CALERF): erf itself below 0.46875, 1 - erfc beyond, erfc from two rational fits with
     * exp(-x^2) split as exp(-t^2) exp(-(x-t)(x+t)) so that the square loses no bits. Relative
     * error about 1e-16.
     */
    public static double erf(double x) {
        double y = Math.abs(x);
        if (y <= 0.46875) {
            double z = y * y;
            double num = ERF_A[4] * z;
            double den = z;
            for (int i = 0; i < 3; i++) {
                num = (num + ERF_A[i]) * z;
                den = (den + ERF_B[i]) * z;
            }
            return x * (num + ERF_A[3]) / (den + ERF_B[3]);
        }
        double erfc;
        if (y <= 4) {
            double num = ERFC_C[8] * y;
            double den = y;
            for (int i = 0; i < 7; i++) {
                num = (num + ERFC_C[i]) * y;
                den = (den + ERFC_D[i]) * y;
            }
            erfc = (num + ERFC_C[7]) / (den + ERFC_D[7]) * expMinusSquare(y);
        } else if (y < 6) {
            double z = 1 / (y * y);
            double num = ERFC_P[5] * z;
            double den = z;
            for (int i = 0; i < 4; i++) {
                num = (num + ERFC_P[i]) * z;
                den = (den + ERFC_Q[i]) * z;
            }
            erfc = (ONE_OVER_SQRT_PI - z * (num + ERFC_P[4]) / (den + ERFC_Q[4])) / y * expMinusSquare(y);
        } else {
            // erfc(6) < 3e-17 rounds away next to 1; NaN stays NaN through the comparisons above and here
            erfc = y == y ? 0 : y;
        }
        double result = (0.5 - erfc) + 0.5;
        return x < 0 ? -result : result;
    }

    /** exp(-y^2) with y^2 split into a part exact in binary and a small rest. */
    private static double expMinusSquare(double y) {
        double t = Math.floor(y * 16) / 16;
        return Math.exp(-t * t) * Math.exp(-(y - t) * (y + t));
    }

    private static final double ONE_OVER_SQRT_PI = 5.6418958354775628695e-1;
    private static final double[] ERF_A = {3.16112374387056560e00, 1.13864154151050156e02, 3.77485237685302021e02,
        3.20937758913846947e03, 1.85777706184603153e-1};
    private static final double[] ERF_B = {2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03,
        2.84423683343917062e03};
    private static final double[] ERFC_C = {5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01,
        2.98635138197400131e02, 8.81952221241769090e02, 1.71204761263407058e03, 2.05107837782607147e03,
        1.23033935479799725e03, 2.15311535474403846e-8};
    private static final double[] ERFC_D = {1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02,
        1.62138957456669019e03, 3.29079923573345963e03, 4.36261909014324716e03, 3.43936767414372164e03,
        1.23033935480374942e03};
    private static final double[] ERFC_P = {3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1,
        1.60837851487422766e-2, 6.58749161529837803e-4, 1.63153871373020978e-2};
    private static final double[] ERFC_Q = {2.56852019228982242e00, 1.87295284992346047e00, 5.27905102951428412e-1,
        6.05183413124413191e-2, 2.33520497626869185e-3};

    /**
     * The base-2 logarithm: the binary exponent plus the log of a mantissa in [sqrt(1/2), sqrt(2)),
     * so that powers of two are exact and no cancellation happens near 1, where log(x)/log(2) is off
     * by an ulp at 8 and many other points.
     */
    public static double log2(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return Math.log(x);
        }
        int exponent = Math.getExponent(x);
        if (exponent == Double.MIN_EXPONENT - 1) {
            // subnormal: scale into the normal range first
            x *= 0x1p54;
            exponent = Math.getExponent(x) - 54;
        }
        double mantissa = Math.scalb(x, -Math.getExponent(x));
        if (mantissa > SQRT_2) {
            mantissa /= 2;
            exponent++;
        }
        return mantissa == 1 ? exponent : exponent + Math.log(mantissa) / LN_2;
    }

    private static final double SQRT_2 = Math.sqrt(2);
    private static final double LN_2 = Math.log(2);
}
