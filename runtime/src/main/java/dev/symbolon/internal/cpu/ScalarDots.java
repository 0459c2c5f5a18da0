package dev.symbolon.internal.cpu;

/** {@link Dots} in plain loops: the JVMs without the Vector API, and the reference for the vector one. */
public final class ScalarDots implements Dots {
    @Override
    public double dot(double[] a, int aOff, double[] b, int bOff, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += a[aOff + i] * b[bOff + i];
        }
        return s;
    }

    @Override
    public void axpy(double alpha, double[] x, int xOff, double[] y, int yOff, int n) {
        for (int i = 0; i < n; i++) {
            y[yOff + i] += alpha * x[xOff + i];
        }
    }
}
