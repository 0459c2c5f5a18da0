package dev.symbolon.internal.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class ElementwiseKernelsTest {
    private static final boolean VECTOR_MODULE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    private static final ElementwiseKernels KERNELS = ElementwiseKernels.INSTANCE;
    private static final ElementwiseKernels SCALAR = new ScalarElementwiseKernels();
    private static final int[] LENGTHS = {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 511, 512, 513, 1001};
    private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, -1e-300, 1e-17, -1e-17, 1, -1, 0.5, -0.5, 36, -36,
        40, -40, 709.7, -709.7, 710, -710, 745, -746, 1e308, -1e308, Double.MAX_VALUE, -Double.MAX_VALUE};

    /** An op with its kernel and what Java computes per element; exact ops must agree to the bit. */
    private record Unary(String name, boolean exact, DoubleUnaryOperator java, UnaryKernel kernel) {}

    private record Binary(String name, DoubleBinaryOperator java, BinaryKernel arrays, ScalarKernel withScalar,
                          ScalarFirstKernel scalarFirst) {}

    private interface UnaryKernel {
        void run(ElementwiseKernels k, double[] a, int aOff, double[] out, int outOff, int n);
    }

    private interface BinaryKernel {
        void run(ElementwiseKernels k, double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n);
    }

    private interface ScalarKernel {
        void run(ElementwiseKernels k, double[] a, int aOff, double s, double[] out, int outOff, int n);
    }

    private interface ScalarFirstKernel {
        void run(ElementwiseKernels k, double s, double[] a, int aOff, double[] out, int outOff, int n);
    }

    private static final List<Unary> UNARY = List.of(
            new Unary("neg", true, x -> -x, ElementwiseKernels::neg),
            new Unary("abs", true, Math::abs, ElementwiseKernels::abs),
            new Unary("sign", true, Math::signum, ElementwiseKernels::sign),
            new Unary("square", true, x -> x * x, ElementwiseKernels::square),
            new Unary("sqrt", true, Math::sqrt, ElementwiseKernels::sqrt),
            new Unary("exp", false, Math::exp, ElementwiseKernels::exp),
            new Unary("expm1", false, Math::expm1, ElementwiseKernels::expm1),
            new Unary("log", false, Math::log, ElementwiseKernels::log),
            new Unary("log1p", false, Math::log1p, ElementwiseKernels::log1p),
            new Unary("tanh", false, Math::tanh, ElementwiseKernels::tanh),
            new Unary("sigmoid", false, ScalarMath::sigmoid, ElementwiseKernels::sigmoid),
            new Unary("softplus", false, ScalarMath::softplus, ElementwiseKernels::softplus));

    private static final List<Binary> BINARY = List.of(
            new Binary("add", (x, y) -> x + y, ElementwiseKernels::add, ElementwiseKernels::addScalar, null),
            new Binary("sub", (x, y) -> x - y, ElementwiseKernels::sub, ElementwiseKernels::subScalar,
                    ElementwiseKernels::scalarSub),
            new Binary("mul", (x, y) -> x * y, ElementwiseKernels::mul, ElementwiseKernels::mulScalar, null),
            new Binary("div", (x, y) -> x / y, ElementwiseKernels::div, ElementwiseKernels::divScalar,
                    ElementwiseKernels::scalarDiv),
            new Binary("max", Math::max, ElementwiseKernels::max, ElementwiseKernels::maxScalar, null),
            new Binary("min", Math::min, ElementwiseKernels::min, ElementwiseKernels::minScalar, null));

    @Test
    void theVectorKernelsRunExactlyWhenTheJvmHasTheVectorApi() {
        assertEquals(VECTOR_MODULE ? "VectorElementwiseKernels" : "ScalarElementwiseKernels",
                KERNELS.getClass().getSimpleName());
    }

    @Test
    void unaryKernelsEqualJavaOnEveryLengthAndOffsetAndLeaveTheRestAlone() {
        SplittableRandom random = new SplittableRandom(13);
        for (Unary op : UNARY) {
            for (int n : LENGTHS) {
                for (int aOff : new int[] {0, 1, 5}) {
                    double[] a = random.doubles(n + aOff + 2, -40, 40).toArray();
                    if (op.name.equals("sqrt") || op.name.equals("log")) {
                        a = random.doubles(n + aOff + 2, 0, 1e3).toArray();
                    }
                    double[] out = random.doubles(n + 7, -1, 1).toArray();
                    double[] before = out.clone();
                    op.kernel.run(KERNELS, a, aOff, out, 3, n);
                    for (int i = 0; i < out.length; i++) {
                        double expected = i >= 3 && i < 3 + n ? op.java.applyAsDouble(a[aOff + i - 3]) : before[i];
                        check(op.name + " n=" + n + " aOff=" + aOff + " element " + i, op.exact, expected, out[i]);
                    }
                }
            }
        }
    }

    @Test
    void unaryKernelsKeepJavasSpecialValuesInEveryLane() {
        for (Unary op : UNARY) {
            for (int shift = 0; shift < 8; shift++) {
                double[] a = new double[SPECIAL.length * 3 + shift];
                for (int i = 0; i < a.length; i++) {
                    a[i] = SPECIAL[(i + shift) % SPECIAL.length];
                }
                double[] out = new double[a.length];
                op.kernel.run(KERNELS, a, 0, out, 0, a.length);
                for (int i = 0; i < a.length; i++) {
                    check(op.name + "(" + a[i] + ")", op.exact, op.java.applyAsDouble(a[i]), out[i]);
                }
            }
        }
    }

    @Test
    void kernelsMayWriteTheArrayTheyRead() {
        SplittableRandom random = new SplittableRandom(17);
        double[] a = random.doubles(77, -3, 3).toArray();
        double[] b = random.doubles(77, -3, 3).toArray();
        double[] expected = new double[77];
        SCALAR.sigmoid(a, 0, expected, 0, 77);
        SCALAR.mul(expected, 0, b, 0, expected, 0, 77);
        double[] inPlace = a.clone();
        KERNELS.sigmoid(inPlace, 0, inPlace, 0, 77);
        KERNELS.mul(inPlace, 0, b, 0, inPlace, 0, 77);
        for (int i = 0; i < 77; i++) {
            check("element " + i, false, expected[i], inPlace[i]);
        }
    }

    @Test
    void binaryKernelsEqualJavaForArraysAndScalarsOnBothSides() {
        SplittableRandom random = new SplittableRandom(19);
        for (Binary op : BINARY) {
            for (int n : LENGTHS) {
                double[] a = random.doubles(n + 1, -5, 5).toArray();
                double[] b = random.doubles(n + 4, -5, 5).toArray();
                double s = random.nextDouble(-5, 5);
                double[] out = new double[n + 2];
                op.arrays.run(KERNELS, a, 1, b, 4, out, 2, n);
                for (int i = 0; i < n; i++) {
                    check(op.name + " n=" + n + " element " + i, true, op.java.applyAsDouble(a[1 + i], b[4 + i]), out[2 + i]);
                }
                op.withScalar.run(KERNELS, a, 1, s, out, 2, n);
                for (int i = 0; i < n; i++) {
                    check(op.name + " with a scalar, n=" + n, true, op.java.applyAsDouble(a[1 + i], s), out[2 + i]);
                }
                if (op.scalarFirst != null) {
                    op.scalarFirst.run(KERNELS, s, a, 1, out, 2, n);
                    for (int i = 0; i < n; i++) {
                        check("scalar " + op.name + ", n=" + n, true, op.java.applyAsDouble(s, a[1 + i]), out[2 + i]);
                    }
                }
            }
        }
    }

    @Test
    void binaryKernelsFollowJavaOnNanInfinitiesAndSignedZerosInEveryLane() {
        int m = SPECIAL.length;
        double[] a = new double[m * m];
        double[] b = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                a[i * m + j] = SPECIAL[i];
                b[i * m + j] = SPECIAL[j];
            }
        }
        for (Binary op : BINARY) {
            double[] out = new double[a.length];
            op.arrays.run(KERNELS, a, 0, b, 0, out, 0, a.length);
            for (int i = 0; i < a.length; i++) {
                check(op.name + "(" + a[i] + ", " + b[i] + ")", true, op.java.applyAsDouble(a[i], b[i]), out[i]);
            }
            for (double s : SPECIAL) {
                op.withScalar.run(KERNELS, a, 0, s, out, 0, a.length);
                for (int i = 0; i < a.length; i++) {
                    check(op.name + "(" + a[i] + ", scalar " + s + ")", true, op.java.applyAsDouble(a[i], s), out[i]);
                }
            }
        }
    }

    @Test
    void sumEqualsTheScalarSumWithinRoundingOnEveryLengthAndOffset() {
        SplittableRandom random = new SplittableRandom(23);
        for (int n : LENGTHS) {
            for (int off : new int[] {0, 1, 3}) {
                double[] a = random.doubles(n + off, -1, 1).toArray();
                double magnitude = 0;
                for (int i = 0; i < n; i++) {
                    magnitude += Math.abs(a[off + i]);
                }
                assertEquals(SCALAR.sum(a, off, n), KERNELS.sum(a, off, n), 1e-15 * Math.max(1, magnitude),
                        "n=" + n + " off=" + off);
            }
        }
        assertEquals(Double.NaN, KERNELS.sum(new double[] {1, 2, Double.NaN, 4, 5, 6, 7, 8, 9, 10, 11}, 0, 11));
        assertEquals(Double.POSITIVE_INFINITY, KERNELS.sum(new double[] {1, 2, 3, 4, 5, 6, 7, 8, Double.POSITIVE_INFINITY}, 0, 9));
    }

    /**
     * Exact ops agree to the bit; the transcendental ones in NaN, infinity and sign, and otherwise
     * within a few ulps (the Vector API's functions are within one ulp of the true value, as are
     * {@code Math}'s, and sigmoid and softplus add a rounding of their own).
     */
    private static void check(String what, boolean exact, double expected, double actual) {
        if (Double.compare(expected, actual) == 0) {
            return;
        }
        boolean close = !exact && Double.isFinite(expected) && Double.isFinite(actual)
                && Math.abs(expected - actual) <= 4 * Math.ulp(expected)
                && Math.copySign(1, expected) == Math.copySign(1, actual);
        if (!close) {
            fail(what + ": expected " + expected + " but was " + actual);
        }
    }
}
