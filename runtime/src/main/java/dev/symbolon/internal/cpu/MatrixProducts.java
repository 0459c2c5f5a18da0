package dev.symbolon.internal.cpu;

import dev.symbolon.internal.shape.ShapeChecks;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * {@code dot} and {@code outer} of row-major vectors and matrices: {@link Gemm} and
 * {@link MatrixVector} for float64, ejml for float32 (its matrices wrap our arrays without copying),
 * plain loops for integers. A float64 matrix product may read either operand transposed in place,
 * as {@code dot(transpose(a), b)} compiles to. Each checks that the inner
 * dimensions agree and that the result fits in a Java array before allocating it, and names the op
 * and source position when either fails. The {@code ...Into} forms of float64 and float32 write into a
 * given array of the result's size (a work buffer of generated code, or the caller's) and return it.
 */
public final class MatrixProducts {
    private MatrixProducts() {}

    // ---- vector . vector -> scalar

    public static double dot(double[] a, double[] b, String op, String position) {
        sameInner(a.length, b.length, op, position);
        return Dots.INSTANCE.dot(a, 0, b, 0, a.length);
    }

    public static float dot(float[] a, float[] b, String op, String position) {
        sameInner(a.length, b.length, op, position);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return (float) s;
    }

    public static int dot(int[] a, int[] b, String op, String position) {
        sameInner(a.length, b.length, op, position);
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    public static long dot(long[] a, long[] b, String op, String position) {
        sameInner(a.length, b.length, op, position);
        long s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    // ---- matrix . matrix, matrix . vector, vector . matrix: all as (m x k) . (k x n)

    public static double[] matMul(double[] a, int[] aShape, double[] b, int[] bShape, String op, String position) {
        return matMul(a, aShape, false, b, bShape, false, op, position);
    }

    /**
     * {@code op(a) . op(b)}, where {@code op(x)} is the transpose of {@code x} when its flag is set;
     * the shapes are those of {@code a} and {@code b} as stored.
     */
    public static double[] matMul(double[] a, int[] aShape, boolean transA, double[] b, int[] bShape, boolean transB,
            String op, String position) {
        sameInner(aShape[transA ? 0 : 1], bShape[transB ? 1 : 0], op, position);
        int[] cShape = {aShape[transA ? 1 : 0], bShape[transB ? 0 : 1]};
        return multiply(a, aShape, transA, b, bShape, transB, new double[ShapeChecks.resultSize(op, position, cShape)]);
    }

    public static double[] matVec(double[] a, int[] aShape, double[] b, String op, String position) {
        return matVecInto(a, aShape, b, new double[aShape[0]], op, position);
    }

    public static double[] vecMat(double[] a, double[] b, int[] bShape, String op, String position) {
        return vecMatInto(a, b, bShape, new double[bShape[1]], op, position);
    }

    public static double[] matMulInto(double[] a, int[] aShape, double[] b, int[] bShape, double[] out, String op,
                                      String position) {
        return matMulInto(a, aShape, false, b, bShape, false, out, op, position);
    }

    /** {@link #matMul(double[], int[], boolean, double[], int[], boolean, String, String)} into {@code out}. */
    public static double[] matMulInto(double[] a, int[] aShape, boolean transA, double[] b, int[] bShape,
                                      boolean transB, double[] out, String op, String position) {
        sameInner(aShape[transA ? 0 : 1], bShape[transB ? 1 : 0], op, position);
        return multiply(a, aShape, transA, b, bShape, transB, out);
    }

    /** {@code op(a) . op(b)} into {@code c}, the inner dimensions checked. */
    private static double[] multiply(double[] a, int[] aShape, boolean transA, double[] b, int[] bShape,
                                     boolean transB, double[] c) {
        int m = aShape[transA ? 1 : 0];
        int k = aShape[transA ? 0 : 1];
        int n = bShape[transB ? 0 : 1];
        Gemm.INSTANCE.multiply(m, n, k, a, 0, aShape[1], transA, b, 0, bShape[1], transB, c, 0, n, false);
        return c;
    }

    public static double[] matVecInto(double[] a, int[] aShape, double[] b, double[] out, String op, String position) {
        sameInner(aShape[1], b.length, op, position);
        return MatrixVector.times(a, aShape[0], aShape[1], b, out);
    }

    public static double[] vecMatInto(double[] a, double[] b, int[] bShape, double[] out, String op, String position) {
        sameInner(a.length, bShape[0], op, position);
        return MatrixVector.timesLeft(a, b, bShape[0], bShape[1], out);
    }

    public static float[] matMulInto(float[] a, int[] aShape, float[] b, int[] bShape, float[] out, String op,
                                     String position) {
        return multInto(a, aShape[0], aShape[1], b, bShape[0], bShape[1], out, op, position);
    }

    public static float[] matVecInto(float[] a, int[] aShape, float[] b, float[] out, String op, String position) {
        return multInto(a, aShape[0], aShape[1], b, b.length, 1, out, op, position);
    }

    public static float[] vecMatInto(float[] a, float[] b, int[] bShape, float[] out, String op, String position) {
        return multInto(a, 1, a.length, b, bShape[0], bShape[1], out, op, position);
    }

    public static float[] matMul(float[] a, int[] aShape, float[] b, int[] bShape, String op, String position) {
        return mult(a, aShape[0], aShape[1], b, bShape[0], bShape[1], op, position);
    }

    public static float[] matVec(float[] a, int[] aShape, float[] b, String op, String position) {
        return mult(a, aShape[0], aShape[1], b, b.length, 1, op, position);
    }

    public static float[] vecMat(float[] a, float[] b, int[] bShape, String op, String position) {
        return mult(a, 1, a.length, b, bShape[0], bShape[1], op, position);
    }

    public static int[] matMul(int[] a, int[] aShape, int[] b, int[] bShape, String op, String position) {
        return mult(a, aShape[0], aShape[1], b, bShape[0], bShape[1], op, position);
    }

    public static int[] matVec(int[] a, int[] aShape, int[] b, String op, String position) {
        return mult(a, aShape[0], aShape[1], b, b.length, 1, op, position);
    }

    public static int[] vecMat(int[] a, int[] b, int[] bShape, String op, String position) {
        return mult(a, 1, a.length, b, bShape[0], bShape[1], op, position);
    }

    public static long[] matMul(long[] a, int[] aShape, long[] b, int[] bShape, String op, String position) {
        return mult(a, aShape[0], aShape[1], b, bShape[0], bShape[1], op, position);
    }

    public static long[] matVec(long[] a, int[] aShape, long[] b, String op, String position) {
        return mult(a, aShape[0], aShape[1], b, b.length, 1, op, position);
    }

    public static long[] vecMat(long[] a, long[] b, int[] bShape, String op, String position) {
        return mult(a, 1, a.length, b, bShape[0], bShape[1], op, position);
    }

    // ---- outer product of two vectors

    public static double[] outer(double[] a, double[] b, String op, String position) {
        return outerInto(a, b, new double[ShapeChecks.resultSize(op, position, new int[] {a.length, b.length})]);
    }

    public static double[] outerInto(double[] a, double[] b, double[] c) {
        for (int i = 0, k = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++, k++) {
                c[k] = a[i] * b[j];
            }
        }
        return c;
    }

    public static float[] outer(float[] a, float[] b, String op, String position) {
        return outerInto(a, b, new float[ShapeChecks.resultSize(op, position, new int[] {a.length, b.length})]);
    }

    public static float[] outerInto(float[] a, float[] b, float[] c) {
        for (int i = 0, k = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++, k++) {
                c[k] = a[i] * b[j];
            }
        }
        return c;
    }

    public static int[] outer(int[] a, int[] b, String op, String position) {
        int[] c = new int[ShapeChecks.resultSize(op, position, new int[] {a.length, b.length})];
        for (int i = 0, k = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++, k++) {
                c[k] = a[i] * b[j];
            }
        }
        return c;
    }

    public static long[] outer(long[] a, long[] b, String op, String position) {
        long[] c = new long[ShapeChecks.resultSize(op, position, new int[] {a.length, b.length})];
        for (int i = 0, k = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++, k++) {
                c[k] = a[i] * b[j];
            }
        }
        return c;
    }

    // ---- the (m x k) . (k x n) products behind the forms above


    private static float[] mult(float[] a, int m, int k, float[] b, int kb, int n, String op, String position) {
        sameInner(k, kb, op, position);
        return multInto(a, m, k, b, kb, n, new float[ShapeChecks.resultSize(op, position, new int[] {m, n})], op,
                position);
    }

    private static float[] multInto(float[] a, int m, int k, float[] b, int kb, int n, float[] c, String op,
                                    String position) {
        sameInner(k, kb, op, position);
        CommonOps_FDRM.mult(FMatrixRMaj.wrap(m, k, a), FMatrixRMaj.wrap(kb, n, b), FMatrixRMaj.wrap(m, n, c));
        return c;
    }

    private static int[] mult(int[] a, int m, int k, int[] b, int kb, int n, String op, String position) {
        sameInner(k, kb, op, position);
        int[] c = new int[ShapeChecks.resultSize(op, position, new int[] {m, n})];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                int aip = a[i * k + p];
                for (int j = 0; j < n; j++) {
                    c[i * n + j] += aip * b[p * n + j];
                }
            }
        }
        return c;
    }

    private static long[] mult(long[] a, int m, int k, long[] b, int kb, int n, String op, String position) {
        sameInner(k, kb, op, position);
        long[] c = new long[ShapeChecks.resultSize(op, position, new int[] {m, n})];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                long aip = a[i * k + p];
                for (int j = 0; j < n; j++) {
                    c[i * n + j] += aip * b[p * n + j];
                }
            }
        }
        return c;
    }

    private static void sameInner(int k, int kb, String op, String position) {
        if (k != kb) {
            throw ShapeChecks.error(op, position, "inner dimensions differ: " + k + " and " + kb);
        }
    }
}
