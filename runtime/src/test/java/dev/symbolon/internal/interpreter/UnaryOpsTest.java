package dev.symbolon.internal.interpreter;

import static dev.symbolon.internal.interpreter.Fixtures.assertClose;
import static dev.symbolon.internal.interpreter.Fixtures.assertLongs;
import static dev.symbolon.internal.interpreter.Fixtures.assertValue;
import static dev.symbolon.internal.interpreter.Fixtures.eval;
import static dev.symbolon.internal.interpreter.Fixtures.input;
import static dev.symbolon.internal.interpreter.Fixtures.of;
import static dev.symbolon.internal.interpreter.Fixtures.shape;
import static dev.symbolon.internal.interpreter.Fixtures.vector;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.function.DoubleUnaryOperator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnaryOpsTest {
    private static final double[] X = {-2.5, -0.0, 0.5, 3.0};
    /** Arguments across every branch of the approximations, and Python's math.erf of each. */
    private static final double[] ERF_X = {-7.0, -3.2, -1.0, -0.5, -1e-10, 0.0, 1e-300, 0.2, 0.46875, 0.47, 1.5, 2.0,
        2.5, 3.99, 4.0, 4.5, 5.9, 6.5, 30.0};
    private static final double[] ERF = {-1.0, -0.9999939742388483, -0.8427007929497149, -0.5204998778130465,
        -1.1283791670955126e-10, 0.0, 1.1283791670955126e-300, 0.22270258921047847, 0.49261347321793797,
        0.4937450508860821, 0.9661051464753108, 0.9953222650189527, 0.999593047982555, 0.9999999832607886,
        0.9999999845827421, 0.9999999998033839, 0.9999999999999999, 1.0, 1.0};

    private static double[] map(double[] x, DoubleUnaryOperator f) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = f.applyAsDouble(x[i]);
        }
        return out;
    }

    private static NDArray apply(Op op, NDArray x) {
        Node xs = input("x", x.dtype(), 1);
        return eval(GraphOps.unary(op, xs), "x", x);
    }

    @Test
    void float64OpsAreJavaMath() {
        double[] positive = {0.25, 1.0, 2.0, 10.0};
        assertValue(DType.FLOAT64, shape(4), map(X, x -> -x), apply(Op.NEG, of(X)));
        assertValue(DType.FLOAT64, shape(4), map(X, Math::abs), apply(Op.ABS, of(X)));
        assertValue(DType.FLOAT64, shape(4), new double[] {-1, -0.0, 1, 1}, apply(Op.SIGN, of(X)));
        assertValue(DType.FLOAT64, shape(4), new double[] {6.25, 0, 0.25, 9}, apply(Op.SQUARE, of(X)));
        assertValue(DType.FLOAT64, shape(4), map(positive, Math::sqrt), apply(Op.SQRT, of(positive)));
        assertValue(DType.FLOAT64, shape(4), map(X, Math::exp), apply(Op.EXP, of(X)));
        assertValue(DType.FLOAT64, shape(4), map(X, Math::expm1), apply(Op.EXPM1, of(X)));
        assertValue(DType.FLOAT64, shape(4), map(positive, Math::log), apply(Op.LOG, of(positive)));
        assertValue(DType.FLOAT64, shape(4), map(positive, Math::log1p), apply(Op.LOG1P, of(positive)));
        assertValue(DType.FLOAT64, shape(4), map(X, Math::tanh), apply(Op.TANH, of(X)));
        assertValue(DType.FLOAT64, shape(4), map(X, Math::sin), apply(Op.SIN, of(X)));
        assertValue(DType.FLOAT64, shape(4), map(X, Math::cos), apply(Op.COS, of(X)));
    }

    @Test
    void floorCeilAndRoundAsNumPyWithHalvesToEven() {
        NDArray x = of(-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, -0.7, 0.7);
        assertValue(DType.FLOAT64, shape(8), new double[] {-3, -2, -1, 0, 1, 2, -1, 0}, apply(Op.FLOOR, x));
        assertValue(DType.FLOAT64, shape(8), new double[] {-2, -1, -0.0, 1, 2, 3, -0.0, 1}, apply(Op.CEIL, x));
        assertValue(DType.FLOAT64, shape(8), new double[] {-2, -2, -0.0, 0, 2, 2, -1, 1}, apply(Op.ROUND, x));
        assertValue(DType.FLOAT64, shape(2), new double[] {-3, 7}, apply(Op.FLOOR, NDArray.wrap(new int[] {-3, 7}, 2)));
    }

    @Test
    void erfMatchesPythonsMathErfToAFewUlps() {
        NDArray actual = apply(Op.ERF, of(ERF_X));
        for (int i = 0; i < ERF.length; i++) {
            assertEquals(ERF[i], actual.toDoubleArray()[i], 4 * Math.ulp(ERF[i]), "erf(" + ERF_X[i] + ")");
        }
        assertTrue(Double.isNaN(apply(Op.ERF, of(Double.NaN)).getDouble(0)));
        assertValue(DType.FLOAT64, shape(2), new double[] {-1, 1},
                apply(Op.ERF, of(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)));
    }

    @Test
    void log2AndLog10AsNumPyExactAtPowersOfTheirBase() {
        NDArray x = of(8, 0.1, 1e-310, 3, 0.999, 1000, 0x1p-1074);
        assertClose(DType.FLOAT64, shape(7), new double[] {3.0, -3.321928094887362, -1029.7977094150824,
            1.584962500721156, -0.0014434168696687186, 9.965784284662087, -1074.0}, apply(Op.LOG2, x), 2e-15);
        assertClose(DType.FLOAT64, shape(7), new double[] {0.9030899869919435, -1.0, -310.0, 0.47712125471966244,
            -0.0004345117740176917, 3.0, -323.3062153431158}, apply(Op.LOG10, x), 2e-15);
        assertValue(DType.FLOAT64, shape(5), new double[] {-1074, -1, 0, 10, 1023},
                apply(Op.LOG2, of(0x1p-1074, 0.5, 1, 1024, 0x1p1023)));
        assertValue(DType.FLOAT64, shape(3), new double[] {Double.NEGATIVE_INFINITY, Double.NaN,
            Double.POSITIVE_INFINITY}, apply(Op.LOG2, of(0, -1, Double.POSITIVE_INFINITY)));
    }

    @Test
    void sigmoidAndSoftplusMatchTheirDefinitionsWhereThoseAreExact() {
        assertClose(DType.FLOAT64, shape(4), map(X, x -> 1 / (1 + Math.exp(-x))), apply(Op.SIGMOID, of(X)), 1e-15);
        assertClose(DType.FLOAT64, shape(3), map(new double[] {0, 1, -1}, x -> Math.log(1 + Math.exp(x))),
                apply(Op.SOFTPLUS, of(0, 1, -1)), 1e-15);
    }

    @Test
    void sigmoidAndSoftplusStayFiniteAndAccurateAtPlusMinus800() {
        // the textbook formulas give exp(800) = inf: 1/(1+inf) is fine but exp(x)/(1+exp(x)) and log(1+exp(x)) are not
        NDArray x = of(-800, 800);
        assertValue(DType.FLOAT64, shape(2), new double[] {Math.exp(-800), 1}, apply(Op.SIGMOID, x));
        assertValue(DType.FLOAT64, shape(2), new double[] {0, 800}, apply(Op.SOFTPLUS, x));
        NDArray y = of(-40, 40);
        assertClose(DType.FLOAT64, shape(2), new double[] {Math.exp(-40), 40}, apply(Op.SOFTPLUS, y), 1e-30);
    }

    @Test
    void float32ResultsAreRoundedToFloat() {
        float[] x = {0.1f, 1.7f, -3.3f};
        NDArray result = apply(Op.EXP, NDArray.wrap(x.clone(), 3));
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = (float) Math.exp(x[i]);
        }
        assertValue(DType.FLOAT32, shape(3), expected, result);
        assertValue(DType.FLOAT32, shape(3), new double[] {0.1f * 0.1f, 1.7f * 1.7f, -3.3f * -3.3f}, apply(Op.SQUARE, NDArray.wrap(x.clone(), 3)));
    }

    @Test
    void int32OpsWrapAsJavaInts() {
        NDArray x = NDArray.wrap(new int[] {-7, 0, 65536, Integer.MIN_VALUE}, 4);
        assertLongs(DType.INT32, shape(4), new long[] {7, 0, -65536, Integer.MIN_VALUE}, apply(Op.NEG, x));
        assertLongs(DType.INT32, shape(4), new long[] {7, 0, 65536, Integer.MIN_VALUE}, apply(Op.ABS, x));
        assertLongs(DType.INT32, shape(4), new long[] {-1, 0, 1, -1}, apply(Op.SIGN, x));
        assertLongs(DType.INT32, shape(4), new long[] {49, 0, 65536 * 65536, Integer.MIN_VALUE * Integer.MIN_VALUE},
                apply(Op.SQUARE, x));
    }

    @Test
    void int64OpsAreJavaLongs() {
        NDArray x = NDArray.wrap(new long[] {-3_000_000_000L, 5, Long.MIN_VALUE}, 3);
        assertLongs(DType.INT64, shape(3), new long[] {3_000_000_000L, -5, Long.MIN_VALUE}, apply(Op.NEG, x));
        assertLongs(DType.INT64, shape(3), new long[] {9_000_000_000_000_000_000L, 25, 0}, apply(Op.SQUARE, x));
        assertLongs(DType.INT64, shape(3), new long[] {-1, 1, -1}, apply(Op.SIGN, x));
    }

    @Test
    void floatOpsOfIntegersGiveFloat64() {
        NDArray result = apply(Op.SQRT, NDArray.wrap(new int[] {4, 2}, 2));
        assertValue(DType.FLOAT64, shape(2), new double[] {2, Math.sqrt(2)}, result);
    }

    @Test
    void castTruncatesFloatsTowardZeroAsJavaDoes() {
        Node x = vector("x");
        NDArray values = of(-2.7, 2.7, Double.NaN, 1e20, -1e20);
        assertLongs(DType.INT32, shape(5), new long[] {-2, 2, 0, Integer.MAX_VALUE, Integer.MIN_VALUE},
                eval(GraphOps.cast(x, DType.INT32), "x", values));
        assertLongs(DType.INT64, shape(5), new long[] {-2, 2, 0, (long) 1e20, (long) -1e20},
                eval(GraphOps.cast(x, DType.INT64), "x", values));
        assertValue(DType.FLOAT32, shape(5), new double[] {(float) -2.7, (float) 2.7, Double.NaN, (float) 1e20,
                (float) -1e20}, eval(GraphOps.cast(x, DType.FLOAT32), "x", values));
    }

    @Test
    void castToBoolIsNonZeroAndFromBoolIsZeroOrOne() {
        assertLongs(DType.BOOL, shape(4), new long[] {1, 0, 1, 1},
                eval(GraphOps.cast(vector("x"), DType.BOOL), "x", of(-0.5, 0, 3, Double.NaN)));
        Node b = input("b", DType.BOOL, 1);
        NDArray bools = NDArray.wrap(new boolean[] {true, false}, 2);
        assertValue(DType.FLOAT64, shape(2), new double[] {1, 0}, eval(GraphOps.cast(b, DType.FLOAT64), "b", bools));
        assertLongs(DType.INT32, shape(2), new long[] {1, 0}, eval(GraphOps.cast(b, DType.INT32), "b", bools));
    }

    @Test
    void castBetweenIntegersWrapsAndToFloat32RoundsOnce() {
        Node l = input("l", DType.INT64, 1);
        long big = (1L << 53) + (1L << 29) + 1;  // rounding through double first would lose the last bit
        NDArray values = NDArray.wrap(new long[] {1L << 32 | 5, -1, big}, 3);
        assertLongs(DType.INT32, shape(3), new long[] {5, -1, (int) big}, eval(GraphOps.cast(l, DType.INT32), "l", values));
        assertValue(DType.FLOAT32, shape(3), new double[] {(float) (1L << 32 | 5), -1, (float) big},
                eval(GraphOps.cast(l, DType.FLOAT32), "l", values));
    }
}
