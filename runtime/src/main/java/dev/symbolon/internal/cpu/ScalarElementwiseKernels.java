package dev.symbolon.internal.cpu;

/** {@link ElementwiseKernels} in plain loops: the JVMs without the Vector API, and the reference for the vector one. */
public final class ScalarElementwiseKernels implements ElementwiseKernels {
    @Override
    public void neg(double[] a, int aOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = -x;
        }
    }

    @Override
    public void abs(double[] a, int aOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = Math.abs(x);
        }
    }

    @Override
    public void sign(double[] a, int aOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = Math.signum(x);
        }
    }

    @Override
    public void square(double[] a, int aOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = x * x;
        }
    }

    @Override
    public void sqrt(double[] a, int aOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = Math.sqrt(x);
        }
    }

    @Override
    public void exp(double[] a, int aOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = Math.exp(x);
        }
    }

    @Override
    public void expm1(double[] a, int aOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = Math.expm1(x);
        }
    }

    @Override
    public void log(double[] a, int aOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = Math.log(x);
        }
    }

    @Override
    public void log1p(double[] a, int aOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = Math.log1p(x);
        }
    }

    @Override
    public void tanh(double[] a, int aOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = Math.tanh(x);
        }
    }

    @Override
    public void sigmoid(double[] a, int aOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = ScalarMath.sigmoid(x);
        }
    }

    @Override
    public void softplus(double[] a, int aOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            out[outOff + i] = ScalarMath.softplus(x);
        }
    }

    @Override
    public void add(double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            double y = b[bOff + i];
            out[outOff + i] = x + y;
        }
    }

    @Override
    public void addScalar(double[] a, int aOff, double s, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            double y = s;
            out[outOff + i] = x + y;
        }
    }

    @Override
    public void sub(double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            double y = b[bOff + i];
            out[outOff + i] = x - y;
        }
    }

    @Override
    public void scalarSub(double s, double[] a, int aOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = s;
            double y = a[aOff + i];
            out[outOff + i] = x - y;
        }
    }

    @Override
    public void subScalar(double[] a, int aOff, double s, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            double y = s;
            out[outOff + i] = x - y;
        }
    }

    @Override
    public void mul(double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            double y = b[bOff + i];
            out[outOff + i] = x * y;
        }
    }

    @Override
    public void mulScalar(double[] a, int aOff, double s, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            double y = s;
            out[outOff + i] = x * y;
        }
    }

    @Override
    public void div(double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            double y = b[bOff + i];
            out[outOff + i] = x / y;
        }
    }

    @Override
    public void scalarDiv(double s, double[] a, int aOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = s;
            double y = a[aOff + i];
            out[outOff + i] = x / y;
        }
    }

    @Override
    public void divScalar(double[] a, int aOff, double s, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            double y = s;
            out[outOff + i] = x / y;
        }
    }

    @Override
    public void max(double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            double y = b[bOff + i];
            out[outOff + i] = Math.max(x, y);
        }
    }

    @Override
    public void maxScalar(double[] a, int aOff, double s, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            double y = s;
            out[outOff + i] = Math.max(x, y);
        }
    }

    @Override
    public void min(double[] a, int aOff, double[] b, int bOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            double y = b[bOff + i];
            out[outOff + i] = Math.min(x, y);
        }
    }

    @Override
    public void minScalar(double[] a, int aOff, double s, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            double x = a[aOff + i];
            double y = s;
            out[outOff + i] = Math.min(x, y);
        }
    }

    @Override
    public double sum(double[] a, int aOff, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += a[aOff + i];
        }
        return s;
    }
}
