package dev.symbolon.internal.cuda;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.ir.Op;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The Java models of the float64 sequences (the steps the kernels execute, with the same constants)
 * against StrictMath on a million arguments each: random bit patterns over the whole double range,
 * each function's interesting interval, subnormals, and the special values. The bounds are the
 * measured maxima, rounded up; DESIGN.md quotes them.
 */
class TranscendentalModelTest {
    private static final int SAMPLES = 1_000_000;
    private static final double[] SPECIALS = {
        0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
        -Double.MIN_NORMAL, 0x1p-1023, 1e-310, -1e-310, 0x1p-54, 0x1p-53, 0x1p-30, -0x1p-30,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
        Math.log(2) / 2, -Math.log(2) / 2, 0.3465, -0.3466, 1.0397, 19.06, 22, -22, 36.7, 40, -40, 40.0001, -40.0001,
        708.39, 708.4, 709.78, 709.7827128933840, 709.7827128933841, 709.79, 745.1332191019411, -708.4,
        -709.1, -720.5, -744.4, -745.0, -745.1332191019411, -745.1332191019412, -745.2, -745.9, -746, 746, 800,
        -800, 1e300, -1e300, 0.9999999999999999, 1.0000000000000002, -0.9999999999999999, Math.sqrt(0.5), Math.sqrt(2),
    };

    /** Arguments: one in four a raw bit pattern, the rest drawn by {@code interesting}. */
    private static double argument(SplittableRandom random, int i, DoubleUnaryOperator interesting) {
        if (i < SPECIALS.length) {
            return SPECIALS[i];
        }
        return switch (i % 8) {
            case 0, 1 -> Double.longBitsToDouble(random.nextLong());
            case 2 -> Double.longBitsToDouble(random.nextLong(0, 0x0010000000000000L)) * (random.nextBoolean() ? 1 : -1);
            default -> interesting.applyAsDouble(random.nextDouble());
        };
    }

    /** The largest error over the samples in ulps of the reference; a NaN, inf or zero-sign mismatch fails at once. */
    private static double maxUlp(Op op, DoubleUnaryOperator reference, DoubleUnaryOperator interesting, long seed) {
        MathProgramModel model = new MathProgramModel(Transcendentals.program(op));
        SplittableRandom random = new SplittableRandom(seed);
        double max = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double x = argument(random, i, interesting);
            double got = model.apply(x);
            double want = reference.applyAsDouble(x);
            double ulps = Ulps.between(got, want);
            assertTrue(ulps < Double.POSITIVE_INFINITY, () -> op + "(" + x + ") [" + Double.doubleToRawLongBits(x)
                    + "] = " + got + ", StrictMath gives " + want);
            max = Math.max(max, ulps);
        }
        System.out.printf("%s: max %.3f ulp over %d arguments%n", op.name().toLowerCase(), max, SAMPLES);
        return max;
    }

    /** float32 through the float64 model, rounded once, against StrictMath rounded to float32. */
    private static double maxUlpFloat(Op op, DoubleUnaryOperator reference, long seed) {
        MathProgramModel model = new MathProgramModel(Transcendentals.program(op));
        SplittableRandom random = new SplittableRandom(seed);
        double max = 0;
        for (int i = 0; i < SAMPLES / 4; i++) {
            float x = Float.intBitsToFloat(random.nextInt());
            float got = (float) model.apply(x);
            float want = (float) reference.applyAsDouble(x);
            double ulps = Ulps.between(got, want);
            assertTrue(ulps < Double.POSITIVE_INFINITY, () -> op + "(" + x + "f) = " + got + ", StrictMath gives " + want);
            max = Math.max(max, ulps);
        }
        return max;
    }

    private static double logUniform(double u, double lo, double hi) {
        return StrictMath.exp(lo + u * (hi - lo));
    }

    @Test
    void expIsWithinOneUlpOfStrictMath() {
        double ulps = maxUlp(Op.EXP, StrictMath::exp, u -> -750 + 1500 * u, 1);
        assertTrue(ulps <= 1.0, ulps + " ulp");
    }

    @Test
    void expm1IsWithinTwoUlpsOfStrictMath() {
        double ulps = maxUlp(Op.EXPM1, StrictMath::expm1,
                u -> u < 0.5 ? -50 + 200 * u : (u - 0.75) * 4 * logUniform(u, -60, 3), 2);
        assertTrue(ulps <= 2.0, ulps + " ulp");
    }

    @Test
    void logIsWithinOneUlpOfStrictMath() {
        double ulps = maxUlp(Op.LOG, StrictMath::log,
                u -> u < 0.5 ? logUniform(2 * u, -744, 709.7) : 0.5 + 1.5 * (u - 0.5) * 2, 3);
        assertTrue(ulps <= 1.0, ulps + " ulp");
    }

    @Test
    void log1pIsWithinTwoUlpsOfStrictMath() {
        double ulps = maxUlp(Op.LOG1P, StrictMath::log1p,
                u -> u < 0.5 ? -1 + 3 * u : (u < 0.75 ? 1 : -1) * logUniform(u, -60, 700), 4);
        assertTrue(ulps <= 2.0, ulps + " ulp");
    }

    @Test
    void tanhIsWithinThreeUlpsOfStrictMath() {
        double ulps = maxUlp(Op.TANH, StrictMath::tanh,
                u -> u < 0.5 ? -25 + 100 * u : (u < 0.75 ? 1 : -1) * logUniform(u, -60, 3.5), 5);
        assertTrue(ulps <= 3.0, ulps + " ulp");
    }

    @Test
    void sigmoidIsWithinTwoUlpsOfScalarMathOnStrictMath() {
        double ulps = maxUlp(Op.SIGMOID, TranscendentalModelTest::sigmoid, u -> -750 + 1500 * u, 6);
        assertTrue(ulps <= 2.0, ulps + " ulp");
    }

    @Test
    void softplusIsWithinTwoUlpsOfScalarMathOnStrictMath() {
        double ulps = maxUlp(Op.SOFTPLUS, TranscendentalModelTest::softplus, u -> -800 + 1600 * u, 7);
        assertTrue(ulps <= 2.0, ulps + " ulp");
    }

    @Test
    void float32ThroughFloat64RoundsToStrictMathsFloat() {
        double worst = 0;
        worst = Math.max(worst, maxUlpFloat(Op.EXP, StrictMath::exp, 11));
        worst = Math.max(worst, maxUlpFloat(Op.EXPM1, StrictMath::expm1, 12));
        worst = Math.max(worst, maxUlpFloat(Op.LOG, StrictMath::log, 13));
        worst = Math.max(worst, maxUlpFloat(Op.LOG1P, StrictMath::log1p, 14));
        worst = Math.max(worst, maxUlpFloat(Op.TANH, StrictMath::tanh, 15));
        worst = Math.max(worst, maxUlpFloat(Op.SIGMOID, TranscendentalModelTest::sigmoid, 16));
        worst = Math.max(worst, maxUlpFloat(Op.SOFTPLUS, TranscendentalModelTest::softplus, 17));
        System.out.printf("float32: max %.3f ulp%n", worst);
        assertTrue(worst <= 1.0, worst + " float32 ulp");
    }

    /** ScalarMath.sigmoid's definition, on StrictMath.exp. */
    private static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + StrictMath.exp(-x));
        }
        double e = StrictMath.exp(x);
        return e / (1 + e);
    }

    /** ScalarMath.softplus's definition, on StrictMath. */
    private static double softplus(double x) {
        return Math.max(x, 0) + StrictMath.log1p(StrictMath.exp(-Math.abs(x)));
    }
}
