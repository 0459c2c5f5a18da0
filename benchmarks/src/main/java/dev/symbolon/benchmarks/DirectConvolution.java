package dev.symbolon.benchmarks;

/**
 * conv2d forward and both gradients as direct loops, blocked by output row so that the innermost loop
 * runs along a row of the image and of the output: the alternative to im2col that
 * {@link ConvolutionBenchmark} measures. Stride 1, no padding, float64.
 */
final class DirectConvolution {
    private DirectConvolution() {}

    static double[] forward(double[] x, int[] xs, double[] w, int[] ws) {
        int n = xs[0], c = xs[1], h = xs[2], wd = xs[3], o = ws[0], kh = ws[2], kw = ws[3];
        int oh = h - kh + 1, ow = wd - kw + 1;
        double[] out = new double[n * o * oh * ow];
        for (int b = 0; b < n; b++) {
            for (int f = 0; f < o; f++) {
                int outPlane = (b * o + f) * oh * ow;
                for (int ch = 0; ch < c; ch++) {
                    int inPlane = (b * c + ch) * h * wd;
                    for (int i = 0; i < oh; i++) {
                        for (int a = 0; a < kh; a++) {
                            int in = inPlane + (i + a) * wd;
                            for (int q = 0; q < kw; q++) {
                                double weight = w[((f * c + ch) * kh + a) * kw + q];
                                int at = outPlane + i * ow;
                                for (int j = 0; j < ow; j++) {
                                    out[at + j] += weight * x[in + q + j];
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    static double[] inputGrad(double[] gy, double[] w, int[] xs, int[] ws) {
        int n = xs[0], c = xs[1], h = xs[2], wd = xs[3], o = ws[0], kh = ws[2], kw = ws[3];
        int oh = h - kh + 1, ow = wd - kw + 1;
        double[] dx = new double[n * c * h * wd];
        for (int b = 0; b < n; b++) {
            for (int f = 0; f < o; f++) {
                int outPlane = (b * o + f) * oh * ow;
                for (int ch = 0; ch < c; ch++) {
                    int inPlane = (b * c + ch) * h * wd;
                    for (int i = 0; i < oh; i++) {
                        for (int a = 0; a < kh; a++) {
                            int in = inPlane + (i + a) * wd;
                            for (int q = 0; q < kw; q++) {
                                double weight = w[((f * c + ch) * kh + a) * kw + q];
                                int at = outPlane + i * ow;
                                for (int j = 0; j < ow; j++) {
                                    dx[in + q + j] += weight * gy[at + j];
                                }
                            }
                        }
                    }
                }
            }
        }
        return dx;
    }

    static double[] filterGrad(double[] x, double[] gy, int[] xs, int[] ws) {
        int n = xs[0], c = xs[1], h = xs[2], wd = xs[3], o = ws[0], kh = ws[2], kw = ws[3];
        int oh = h - kh + 1, ow = wd - kw + 1;
        double[] dw = new double[o * c * kh * kw];
        for (int b = 0; b < n; b++) {
            for (int f = 0; f < o; f++) {
                int outPlane = (b * o + f) * oh * ow;
                for (int ch = 0; ch < c; ch++) {
                    int inPlane = (b * c + ch) * h * wd;
                    for (int a = 0; a < kh; a++) {
                        for (int q = 0; q < kw; q++) {
                            double s = 0;
                            for (int i = 0; i < oh; i++) {
                                int in = inPlane + (i + a) * wd + q;
                                int at = outPlane + i * ow;
                                for (int j = 0; j < ow; j++) {
                                    s += gy[at + j] * x[in + j];
                                }
                            }
                            dw[((f * c + ch) * kh + a) * kw + q] += s;
                        }
                    }
                }
            }
        }
        return dw;
    }
}
