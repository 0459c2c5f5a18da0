package dev.symbolon.internal.interpreter;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;

/** Products of vectors and matrices, in plain loops that accumulate in double (floats) or long (integers). */
final class LinearAlgebra {
    private LinearAlgebra() {}

    /**
     * {@code dot} in its four forms. A vector on the left acts as a 1-row matrix and on the right as a
     * 1-column matrix, so one triple loop computes every form; the result then drops those dimensions:
     * (v,v) gives a scalar, (m,v) and (v,m) a vector, (m,m) a matrix.
     */
    static NDArray dot(Node node, NDArray a, NDArray b) {
        int[] as = a.shape();
        int[] bs = b.shape();
        int inner = as[as.length - 1];
        if (inner != bs[0]) {
            throw ShapeErrors.error(node, "inner dimensions differ: " + ShapeErrors.shape(a) + " and "
                    + ShapeErrors.shape(b));
        }
        int rows = as.length == 2 ? as[0] : 1;
        int cols = bs.length == 2 ? bs[1] : 1;
        int[] shape = as.length == 2 && bs.length == 2 ? new int[] {rows, cols}
                : as.length == 2 ? new int[] {rows}
                : bs.length == 2 ? new int[] {cols}
                : new int[0];
        DType dtype = node.type().dtype();
        if (dtype.isFloat()) {
            double[] x = Values.doubles(a);
            double[] y = Values.doubles(b);
            double[] out = new double[ShapeErrors.resultSize(node, new int[] {rows, cols})];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    double sum = 0;
                    for (int k = 0; k < inner; k++) {
                        sum += x[r * inner + k] * y[k * cols + c];
                    }
                    out[r * cols + c] = sum;
                }
            }
            return Values.ofDoubles(dtype, shape, out);
        }
        long[] x = Values.longs(a);
        long[] y = Values.longs(b);
        long[] out = new long[ShapeErrors.resultSize(node, new int[] {rows, cols})];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                long sum = 0;
                for (int k = 0; k < inner; k++) {
                    sum += x[r * inner + k] * y[k * cols + c];
                }
                out[r * cols + c] = sum;
            }
        }
        return Values.ofLongs(dtype, shape, out);
    }

    /** {@code outer(a, b)[i][j] = a[i] * b[j]}. */
    static NDArray outer(Node node, NDArray a, NDArray b) {
        int n = a.size();
        int m = b.size();
        int[] shape = {n, m};
        int size = ShapeErrors.resultSize(node, shape);
        int[] rowMap = new int[size];
        int[] colMap = new int[size];
        for (int i = 0; i < size; i++) {
            rowMap[i] = i / m;
            colMap[i] = i % m;
        }
        DType dtype = node.type().dtype();
        if (dtype.isFloat()) {
            double[] x = Values.doubles(a, rowMap);
            double[] y = Values.doubles(b, colMap);
            for (int i = 0; i < x.length; i++) {
                x[i] *= y[i];
            }
            return Values.ofDoubles(dtype, shape, x);
        }
        long[] x = Values.longs(a, rowMap);
        long[] y = Values.longs(b, colMap);
        for (int i = 0; i < x.length; i++) {
            x[i] *= y[i];
        }
        return Values.ofLongs(dtype, shape, x);
    }
}
