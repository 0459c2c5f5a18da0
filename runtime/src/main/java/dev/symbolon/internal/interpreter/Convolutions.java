package dev.symbolon.internal.interpreter;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.shape.ShapeChecks;
import dev.symbolon.runtime.NDArray;

/**
 * conv2d, its two gradients and the pools as the definitions read: one loop per index, in double,
 * each result rounded once to the node's dtype. The compiled kernels are checked against these.
 */
final class Convolutions {
    private Convolutions() {}

    /** out[n,o,i,j] = sum over c, a, b of x[n, c, i*s+a-p, j*s+b-p] w[o,c,a,b], x zero outside. */
    static NDArray conv2d(Node node, NDArray x, NDArray w) {
        Geometry g = geometry(node, x.shape(), w.shape());
        double[] xv = Values.doubles(x);
        double[] wv = Values.doubles(w);
        int[] shape = {g.n, g.o, g.oh, g.ow};
        double[] out = new double[ShapeErrors.resultSize(node, shape)];
        for (int n = 0; n < g.n; n++) {
            for (int o = 0; o < g.o; o++) {
                for (int i = 0; i < g.oh; i++) {
                    for (int j = 0; j < g.ow; j++) {
                        double s = 0;
                        for (int c = 0; c < g.c; c++) {
                            for (int a = 0; a < g.kh; a++) {
                                for (int b = 0; b < g.kw; b++) {
                                    int r = i * g.stride + a - g.padding;
                                    int q = j * g.stride + b - g.padding;
                                    if (r >= 0 && r < g.h && q >= 0 && q < g.w) {
                                        s += xv[((n * g.c + c) * g.h + r) * g.w + q] * wv[((o * g.c + c) * g.kh + a) * g.kw + b];
                                    }
                                }
                            }
                        }
                        out[((n * g.o + o) * g.oh + i) * g.ow + j] = s;
                    }
                }
            }
        }
        return Values.ofDoubles(node.type().dtype(), shape, out);
    }

    /** The transpose of conv2d in x: each gy[n,o,i,j] w[o,c,a,b] added where conv2d read x. */
    static NDArray conv2dInputGrad(Node node, NDArray gy, NDArray w, NDArray x) {
        Geometry g = geometry(node, x.shape(), w.shape());
        requireGradientShape(node, g, gy);
        double[] gv = Values.doubles(gy);
        double[] wv = Values.doubles(w);
        double[] out = new double[g.n * g.c * g.h * g.w];
        for (int n = 0; n < g.n; n++) {
            for (int o = 0; o < g.o; o++) {
                for (int i = 0; i < g.oh; i++) {
                    for (int j = 0; j < g.ow; j++) {
                        double d = gv[((n * g.o + o) * g.oh + i) * g.ow + j];
                        for (int c = 0; c < g.c; c++) {
                            for (int a = 0; a < g.kh; a++) {
                                for (int b = 0; b < g.kw; b++) {
                                    int r = i * g.stride + a - g.padding;
                                    int q = j * g.stride + b - g.padding;
                                    if (r >= 0 && r < g.h && q >= 0 && q < g.w) {
                                        out[((n * g.c + c) * g.h + r) * g.w + q] += d * wv[((o * g.c + c) * g.kh + a) * g.kw + b];
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return Values.ofDoubles(node.type().dtype(), x.shape(), out);
    }

    /** The gradient of conv2d in w: each gy[n,o,i,j] x[n,c,...] added at w[o,c,a,b], over the batch. */
    static NDArray conv2dFilterGrad(Node node, NDArray x, NDArray gy, NDArray w) {
        Geometry g = geometry(node, x.shape(), w.shape());
        requireGradientShape(node, g, gy);
        double[] xv = Values.doubles(x);
        double[] gv = Values.doubles(gy);
        double[] out = new double[g.o * g.c * g.kh * g.kw];
        for (int n = 0; n < g.n; n++) {
            for (int o = 0; o < g.o; o++) {
                for (int i = 0; i < g.oh; i++) {
                    for (int j = 0; j < g.ow; j++) {
                        double d = gv[((n * g.o + o) * g.oh + i) * g.ow + j];
                        for (int c = 0; c < g.c; c++) {
                            for (int a = 0; a < g.kh; a++) {
                                for (int b = 0; b < g.kw; b++) {
                                    int r = i * g.stride + a - g.padding;
                                    int q = j * g.stride + b - g.padding;
                                    if (r >= 0 && r < g.h && q >= 0 && q < g.w) {
                                        out[((o * g.c + c) * g.kh + a) * g.kw + b] += d * xv[((n * g.c + c) * g.h + r) * g.w + q];
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return Values.ofDoubles(node.type().dtype(), w.shape(), out);
    }

    /** The maximum of each window; a NaN wins, the first of equal maxima is the window's. */
    static NDArray maxPool2d(Node node, NDArray x) {
        return pool(node, x, true);
    }

    static NDArray avgPool2d(Node node, NDArray x) {
        return pool(node, x, false);
    }

    /** gy of each window at the first maximum of x's window, as {@link #maxPool2d} picks it. */
    static NDArray maxPool2dGrad(Node node, NDArray gy, NDArray x) {
        int size = node.window()[0];
        int[] pooled = pooledShape(node, x.shape(), size);
        requireShape(node, pooled, gy);
        double[] xv = Values.doubles(x);
        double[] gv = Values.doubles(gy);
        double[] out = new double[xv.length];
        int h = x.shape()[x.shape().length - 2];
        int w = x.shape()[x.shape().length - 1];
        for (int p = 0; p < gv.length; p++) {
            int plane = p / (h / size * (w / size));
            int i = p / (w / size) % (h / size);
            int j = p % (w / size);
            int best = -1;
            for (int a = 0; a < size; a++) {
                for (int b = 0; b < size; b++) {
                    int e = (plane * h + i * size + a) * w + j * size + b;
                    if (best < 0 || !Double.isNaN(xv[best]) && !(xv[e] <= xv[best])) {
                        best = e;
                    }
                }
            }
            out[best] = gv[p];
        }
        return Values.ofDoubles(node.type().dtype(), x.shape(), out);
    }

    /** Each window's gy divided by the window's size, at every element of x's window. */
    static NDArray avgPool2dGrad(Node node, NDArray gy, NDArray x) {
        int size = node.window()[0];
        int[] pooled = pooledShape(node, x.shape(), size);
        requireShape(node, pooled, gy);
        double[] gv = Values.doubles(gy);
        double[] out = new double[ShapeErrors.resultSize(node, x.shape())];
        int h = x.shape()[x.shape().length - 2];
        int w = x.shape()[x.shape().length - 1];
        for (int e = 0; e < out.length; e++) {
            int plane = e / (h * w);
            int r = e / w % h;
            int q = e % w;
            out[e] = gv[(plane * (h / size) + r / size) * (w / size) + q / size] / ((double) size * size);
        }
        return Values.ofDoubles(node.type().dtype(), x.shape(), out);
    }

    private static NDArray pool(Node node, NDArray x, boolean max) {
        int size = node.window()[0];
        int[] shape = pooledShape(node, x.shape(), size);
        double[] xv = Values.doubles(x);
        double[] out = new double[ShapeErrors.resultSize(node, shape)];
        int h = x.shape()[x.shape().length - 2];
        int w = x.shape()[x.shape().length - 1];
        for (int p = 0; p < out.length; p++) {
            int plane = p / (h / size * (w / size));
            int i = p / (w / size) % (h / size);
            int j = p % (w / size);
            double s = max ? xv[(plane * h + i * size) * w + j * size] : 0;
            for (int a = 0; a < size; a++) {
                for (int b = 0; b < size; b++) {
                    double v = xv[(plane * h + i * size + a) * w + j * size + b];
                    s = max ? (Double.isNaN(s) || v <= s ? s : v) : s + v;
                }
            }
            out[p] = max ? s : s / ((double) size * size);
        }
        return Values.ofDoubles(node.type().dtype(), shape, out);
    }

    private static int[] pooledShape(Node node, int[] shape, int size) {
        int[] pooled = shape.clone();
        int rank = shape.length;
        if (shape[rank - 2] % size != 0 || shape[rank - 1] % size != 0) {
            throw ShapeErrors.error(node, ShapeChecks.poolDoesNotDivide(shape, size));
        }
        pooled[rank - 2] = shape[rank - 2] / size;
        pooled[rank - 1] = shape[rank - 1] / size;
        return pooled;
    }

    private static void requireShape(Node node, int[] expected, NDArray gy) {
        if (!java.util.Arrays.equals(expected, gy.shape())) {
            throw ShapeErrors.error(node, "the gradient is " + ShapeErrors.shape(gy) + ", not "
                    + ShapeChecks.format(expected));
        }
    }

    private static void requireGradientShape(Node node, Geometry g, NDArray gy) {
        requireShape(node, new int[] {g.n, g.o, g.oh, g.ow}, gy);
    }

    private record Geometry(int n, int c, int h, int w, int o, int kh, int kw, int stride, int padding, int oh,
                            int ow) {}

    private static Geometry geometry(Node node, int[] x, int[] w) {
        int stride = node.window()[0];
        int padding = node.window()[1];
        String problem = ShapeChecks.convolutionProblem(x, w, padding);
        if (problem != null) {
            throw ShapeErrors.error(node, problem);
        }
        return new Geometry(x[0], x[1], x[2], x[3], w[0], w[2], w[3], stride, padding,
                (x[2] + 2 * padding - w[2]) / stride + 1, (x[3] + 2 * padding - w[3]) / stride + 1);
    }
}
