package dev.symbolon.internal.cpu;

import dev.symbolon.internal.shape.ShapeChecks;
import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * conv2d and its gradients on NCHW inputs and OIHW filters, as im2col and ejml's blocked matrix
 * product: each image's receptive fields become the columns of a (C*KH*KW) x (OH*OW) matrix, which the
 * filters, a O x (C*KH*KW) matrix, multiply. The filter gradient is the product of the output gradient
 * with those columns transposed, and the input gradient the filters transposed times the output
 * gradient, added back into the image (col2im).
 *
 * <p>The batch is cut into chunks of {@link #CHUNK} images, which run on the common ForkJoinPool when
 * the work is large. Images are independent, and the filter gradient sums the chunks' partial sums in
 * chunk order, so results do not depend on the number of threads. Float32 computes in double and rounds
 * each result once, as the reference interpreter does.
 */
public final class Convolutions {
    /** Images per task; fixed, so that the filter gradient adds in the same order on any machine. */
    static final int CHUNK = 4;
    /** Multiply-adds below which one thread is faster than handing chunks to the pool. */
    private static final long PARALLEL_WORK = 1L << 20;

    private Convolutions() {}

    /** The result's shape [N, O, OH, OW], or a shape error naming the op, the shapes and the line. */
    public static int[] conv2dShape(int[] x, int[] w, int stride, int padding, String op, String position) {
        String problem = ShapeChecks.convolutionProblem(x, w, padding);
        if (problem != null) {
            throw ShapeChecks.error(op, position, problem);
        }
        int[] shape = {x[0], w[0], (x[2] + 2 * padding - w[2]) / stride + 1, (x[3] + 2 * padding - w[3]) / stride + 1};
        ShapeChecks.resultSize(op, position, shape);
        return shape;
    }

    public static double[] conv2d(double[] x, int[] xShape, double[] w, int[] wShape, int stride, int padding,
                                  String op, String position) {
        Geometry g = new Geometry(xShape, wShape, conv2dShape(xShape, wShape, stride, padding, op, position), stride,
                padding);
        double[] out = new double[g.n * g.o * g.p];
        DMatrixRMaj filters = DMatrixRMaj.wrap(g.o, g.k, w);
        run(g, chunk -> {
            DMatrixRMaj cols = new DMatrixRMaj(g.k, g.p);
            DMatrixRMaj y = new DMatrixRMaj(g.o, g.p);
            for (int n = chunk * CHUNK; n < Math.min(g.n, (chunk + 1) * CHUNK); n++) {
                im2col(x, n, g, cols.data);
                CommonOps_DDRM.mult(filters, cols, y);
                System.arraycopy(y.data, 0, out, n * g.o * g.p, g.o * g.p);
            }
        });
        return out;
    }

    public static float[] conv2d(float[] x, int[] xShape, float[] w, int[] wShape, int stride, int padding,
                                 String op, String position) {
        return FloatArrays.toFloat(conv2d(FloatArrays.toDouble(x), xShape, FloatArrays.toDouble(w), wShape, stride,
                padding, op, position));
    }

    /** The gradient in x of conv2d(x, w) given gy, the gradient of its result; x's shape. */
    public static double[] conv2dInputGrad(double[] gy, int[] gyShape, double[] w, int[] wShape, int[] xShape,
                                           int stride, int padding, String op, String position) {
        Geometry g = new Geometry(xShape, wShape,
                gradientShape(gyShape, xShape, wShape, stride, padding, op, position), stride, padding);
        double[] out = new double[g.n * g.c * g.h * g.w];
        DMatrixRMaj filters = DMatrixRMaj.wrap(g.o, g.k, w);
        run(g, chunk -> {
            DMatrixRMaj cols = new DMatrixRMaj(g.k, g.p);
            DMatrixRMaj y = new DMatrixRMaj(g.o, g.p);
            for (int n = chunk * CHUNK; n < Math.min(g.n, (chunk + 1) * CHUNK); n++) {
                System.arraycopy(gy, n * g.o * g.p, y.data, 0, g.o * g.p);
                CommonOps_DDRM.multTransA(filters, y, cols);
                col2im(cols.data, g, out, n);
            }
        });
        return out;
    }

    public static float[] conv2dInputGrad(float[] gy, int[] gyShape, float[] w, int[] wShape, int[] xShape,
                                          int stride, int padding, String op, String position) {
        return FloatArrays.toFloat(conv2dInputGrad(FloatArrays.toDouble(gy), gyShape, FloatArrays.toDouble(w), wShape,
                xShape, stride, padding, op, position));
    }

    /** The gradient in w of conv2d(x, w) given gy, the gradient of its result, summed over the batch; w's shape. */
    public static double[] conv2dFilterGrad(double[] x, int[] xShape, double[] gy, int[] gyShape, int[] wShape,
                                            int stride, int padding, String op, String position) {
        Geometry g = new Geometry(xShape, wShape,
                gradientShape(gyShape, xShape, wShape, stride, padding, op, position), stride, padding);
        int chunks = (g.n + CHUNK - 1) / CHUNK;
        double[][] partial = new double[chunks][];
        run(g, chunk -> {
            DMatrixRMaj cols = new DMatrixRMaj(g.k, g.p);
            DMatrixRMaj y = new DMatrixRMaj(g.o, g.p);
            DMatrixRMaj sum = new DMatrixRMaj(g.o, g.k);
            for (int n = chunk * CHUNK; n < Math.min(g.n, (chunk + 1) * CHUNK); n++) {
                im2col(x, n, g, cols.data);
                System.arraycopy(gy, n * g.o * g.p, y.data, 0, g.o * g.p);
                CommonOps_DDRM.multAddTransB(y, cols, sum);
            }
            partial[chunk] = sum.data;
        });
        double[] out = new double[g.o * g.k];
        for (double[] part : partial) {
            for (int i = 0; i < out.length; i++) {
                out[i] += part[i];
            }
        }
        return out;
    }

    public static float[] conv2dFilterGrad(float[] x, int[] xShape, float[] gy, int[] gyShape, int[] wShape,
                                           int stride, int padding, String op, String position) {
        return FloatArrays.toFloat(conv2dFilterGrad(FloatArrays.toDouble(x), xShape, FloatArrays.toDouble(gy),
                gyShape, wShape, stride, padding, op, position));
    }

    /** The columns of image n: row (c, a, b), column (i, j) holds x[n, c, i*s+a-p, j*s+b-p], zero outside. */
    private static void im2col(double[] x, int n, Geometry g, double[] cols) {
        int row = 0;
        for (int c = 0; c < g.c; c++) {
            int plane = (n * g.c + c) * g.h * g.w;
            for (int a = 0; a < g.kh; a++) {
                for (int b = 0; b < g.kw; b++, row++) {
                    int at = row * g.p;
                    for (int i = 0; i < g.oh; i++) {
                        int r = i * g.stride + a - g.padding;
                        if (r < 0 || r >= g.h) {
                            Arrays.fill(cols, at, at + g.ow, 0);
                            at += g.ow;
                            continue;
                        }
                        int line = plane + r * g.w;
                        for (int j = 0; j < g.ow; j++) {
                            int q = j * g.stride + b - g.padding;
                            cols[at++] = q >= 0 && q < g.w ? x[line + q] : 0;
                        }
                    }
                }
            }
        }
    }

    /** Adds each column entry back at the element of image n that {@link #im2col} read it from. */
    private static void col2im(double[] cols, Geometry g, double[] x, int n) {
        int row = 0;
        for (int c = 0; c < g.c; c++) {
            int plane = (n * g.c + c) * g.h * g.w;
            for (int a = 0; a < g.kh; a++) {
                for (int b = 0; b < g.kw; b++, row++) {
                    int at = row * g.p;
                    for (int i = 0; i < g.oh; i++, at += g.ow) {
                        int r = i * g.stride + a - g.padding;
                        if (r < 0 || r >= g.h) {
                            continue;
                        }
                        int line = plane + r * g.w;
                        for (int j = 0; j < g.ow; j++) {
                            int q = j * g.stride + b - g.padding;
                            if (q >= 0 && q < g.w) {
                                x[line + q] += cols[at + j];
                            }
                        }
                    }
                }
            }
        }
    }

    /** Checks that gy has the shape conv2d of x and w gives, as a gradient graph always builds it. */
    private static int[] gradientShape(int[] gy, int[] x, int[] w, int stride, int padding, String op,
                                       String position) {
        int[] expected = conv2dShape(x, w, stride, padding, op, position);
        if (!Arrays.equals(expected, gy)) {
            throw ShapeChecks.error(op, position, "the gradient is " + ShapeChecks.format(gy) + ", not "
                    + ShapeChecks.format(expected));
        }
        return expected;
    }

    private static void run(Geometry g, IntConsumer chunk) {
        int chunks = (g.n + CHUNK - 1) / CHUNK;
        IntStream range = IntStream.range(0, chunks);
        if (chunks > 1 && (long) g.n * g.o * g.p * g.k >= PARALLEL_WORK) {
            range = range.parallel();
        }
        range.forEach(chunk);
    }

    /** The sizes of one convolution, from the input's shape and the result's. */
    private static final class Geometry {
        final int n;
        final int c;
        final int h;
        final int w;
        final int o;
        final int kh;
        final int kw;
        final int oh;
        final int ow;
        final int stride;
        final int padding;
        /** Rows of the columns matrix: C*KH*KW. */
        final int k;
        /** Output positions per image: OH*OW. */
        final int p;

        Geometry(int[] x, int[] filters, int[] out, int stride, int padding) {
            this.n = x[0];
            this.c = x[1];
            this.h = x[2];
            this.w = x[3];
            this.o = out[1];
            this.oh = out[2];
            this.ow = out[3];
            this.stride = stride;
            this.padding = padding;
            this.kh = filters[2];
            this.kw = filters[3];
            this.k = c * kh * kw;
            this.p = oh * ow;
        }
    }
}
