package dev.symbolon.internal.cpu;

/**
 * Level-1 products over ranges of float64 arrays, the inner steps of matrix-vector products: one
 * implementation with the Vector API and one with scalar loops, chosen once by {@link VectorSupport}.
 * Results of the two may differ in the last bits (the vector sums in lanes, then across them).
 */
public interface Dots {
    /** The implementation this JVM uses. */
    Dots INSTANCE = VectorSupport.load(Dots.class, "VectorDots", ScalarDots::new);

    /** {@code sum(a[aOff + i] * b[bOff + i])} over {@code i < n}. */
    double dot(double[] a, int aOff, double[] b, int bOff, int n);

    /** {@code y[yOff + i] += alpha * x[xOff + i]} for {@code i < n}. */
    void axpy(double alpha, double[] x, int xOff, double[] y, int yOff, int n);

    /** The most rows {@link #rowDots} and {@link #rowAxpys} take at once. */
    int ROWS = 4;

    /**
     * {@code out[r] = dot(row r, v)} for the {@code rows <= ROWS} consecutive rows of {@code k} elements
     * that start at {@code a[aOff]}: one pass over {@code v} serves them all.
     */
    void rowDots(double[] a, int aOff, int k, double[] v, int rows, double[] out);

    /**
     * {@code y[yOff + i] += r[0] * row0[i] + r[1] * row1[i] + ...} (added in row order) for the
     * {@code rows <= ROWS} consecutive rows of {@code k} elements that start at {@code a[aOff]}: one
     * load and store of {@code y} serves them all.
     */
    void rowAxpys(double[] r, double[] a, int aOff, int k, int rows, double[] y, int yOff);
}
