package dev.symbolon.internal.cpu;

/**
 * The float64 elementwise ops of fused loops over ranges of arrays, which generated code calls one
 * block at a time: one implementation with the Vector API and one with scalar loops, chosen once by
 * {@link VectorSupport}. Each op reads {@code n} elements of its operands from their offsets and
 * writes {@code n} elements of {@code out} from {@code outOff}; {@code out} may be an operand at the
 * same offset. Ops compute what Java's operators, {@code Math} and {@link ScalarMath} compute; the
 * transcendental functions of the vector implementation are within an ulp or two of {@code Math}'s
 * and its sums add in lanes, so the two differ in the last bits, not in special values (NaN,
 * infinities, signed zeros).
 */
public interface ElementwiseKernels {
    /** The implementation this JVM uses. */
    ElementwiseKernels INSTANCE = VectorSupport.load(ElementwiseKernels.class, "VectorElementwiseKernels",
            ScalarElementwiseKernels::new);

    /**
     * The elements a generated loop passes through all its ops before the next block: the block's
     * intermediates, a few kilobytes each, stay in the first-level cache.
     */
    int BLOCK = 512;

    /**
     * The elements of one unit of work that a thread takes: fixed, so that a sum adds up the same
     * chunks whatever the number of threads; loops of at most one chunk run on the caller's thread.
     */
    int CHUNK = 32768;

    void neg(double[] a, int aOff, double[] out, int outOff, int n);

    void abs(double[] a, int aOff, double[] out, int outOff, int n);

    /** {@code Math.signum}: -1, +1, or the element itself for zeros and NaN. */
    void sign(double[] a, int aOff, double[] out, int outOff, int n);

    void square(double[] a, int aOff, double[] out, int outOff, int n);

    void sqrt(double[] a, int aOff, double[] out, int outOff, int n);

    void exp(double[] a, int aOff, double[] out, int outOff, int n);

    void expm1(double[] a, int aOff, double[] out, int outOff, int n);

    void log(double[] a, int aOff, double[] out, int outOff, int n);

    void log1p(double[] a, int aOff, double[] out, int outOff, int n);

    void tanh(double[] a, int aOff, double[] out, int outOff, int n);

    /** {@link ScalarMath#sigmoid}. */
    void sigmoid(double[] a, int aOff, double[] out, int outOff, int n);

    /** {@link ScalarMath#softplus}. */
    void softplus(double[] a, int aOff, double[] out, int outOff, int n);

    void add(double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n);

    void sub(double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n);

    void mul(double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n);

    void div(double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n);

    /** {@code Math.max}: NaN if either is, and +0 above -0. */
    void max(double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n);

    /** {@code Math.min}: NaN if either is, and -0 below +0. */
    void min(double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n);

    /** {@code a[i] + s}. */
    void addScalar(double[] a, int aOff, double s, double[] out, int outOff, int n);

    /** {@code a[i] - s}. */
    void subScalar(double[] a, int aOff, double s, double[] out, int outOff, int n);

    /** {@code s - a[i]}. */
    void scalarSub(double s, double[] a, int aOff, double[] out, int outOff, int n);

    /** {@code a[i] * s}. */
    void mulScalar(double[] a, int aOff, double s, double[] out, int outOff, int n);

    /** {@code a[i] / s}. */
    void divScalar(double[] a, int aOff, double s, double[] out, int outOff, int n);

    /** {@code s / a[i]}. */
    void scalarDiv(double s, double[] a, int aOff, double[] out, int outOff, int n);

    /** {@code Math.max(a[i], s)}. */
    void maxScalar(double[] a, int aOff, double s, double[] out, int outOff, int n);

    /** {@code Math.min(a[i], s)}. */
    void minScalar(double[] a, int aOff, double s, double[] out, int outOff, int n);

    /** The sum of {@code n} elements. */
    double sum(double[] a, int aOff, int n);
}
