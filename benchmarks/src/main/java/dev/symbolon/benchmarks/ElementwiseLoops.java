package dev.symbolon.benchmarks;

/**
 * W3 written by hand in one single-threaded loop: with {@code e = exp(-|x|)}, {@code sigmoid(x)} is
 * {@code 1/(1+e)} or {@code e/(1+e)} by the sign of {@code x}, and
 * {@code ds/dx = y sigmoid(x) (1 - sigmoid(x)) - sign(x) e/(1+e)}, one exponential per element. Like
 * the compiled method, it returns a new gradient array each call.
 */
final class ElementwiseLoops {
    record SumAndSlope(double s, double[] dx) {}

    private ElementwiseLoops() {}

    static SumAndSlope sumAndSlope(double[] x, double[] y) {
        double[] dx = new double[x.length];
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double e = Math.exp(-Math.abs(x[i]));
            double sigmoid = x[i] >= 0 ? 1 / (1 + e) : e / (1 + e);
            s += sigmoid * y[i] + Math.log1p(e);
            dx[i] = y[i] * sigmoid * (1 - sigmoid) - Math.signum(x[i]) * e / (1 + e);
        }
        return new SumAndSlope(s, dx);
    }
}
