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

    @Override
    public void rowDots(double[] a, int aOff, int k, double[] v, int rows, double[] out) {
        for (int r = 0; r < rows; r++) {
            out[r] = dot(a, aOff + r * k, v, 0, k);
        }
    }

    @Override
    public void rowAxpys(double[] r, double[] a, int aOff, int k, int rows, double[] y, int yOff) {
        for (int row = 0; row < rows; row++) {
            axpy(r[row], a, aOff + row * k, y, yOff, k);
        }
    }
}
