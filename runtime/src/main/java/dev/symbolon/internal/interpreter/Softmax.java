package dev.symbolon.internal.interpreter;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.runtime.NDArray;

/**
 * Softmax and log-softmax along the last axis, computed stably: subtracting each row's maximum first
 * keeps exp from overflowing and leaves the result unchanged.
 */
final class Softmax {
    private Softmax() {}

    static NDArray softmax(Node node, NDArray x) {
        return rows(node, x, false);
    }

    /** {@code x - max - log(sum(exp(x - max)))}, which stays finite where log(softmax) would give -inf. */
    static NDArray logSoftmax(Node node, NDArray x) {
        return rows(node, x, true);
    }

    private static NDArray rows(Node node, NDArray x, boolean log) {
        int[] shape = x.shape();
        int n = shape[shape.length - 1];
        double[] v = Values.doubles(x);
        int rows = n == 0 ? 0 : v.length / n;
        for (int row = 0; row < rows; row++) {
            int start = row * n;
            double max = v[start];
            for (int i = start + 1; i < start + n; i++) {
                max = Math.max(max, v[i]);
            }
            double sum = 0;
            for (int i = start; i < start + n; i++) {
                sum += Math.exp(v[i] - max);
            }
            for (int i = start; i < start + n; i++) {
                v[i] = log ? v[i] - max - Math.log(sum) : Math.exp(v[i] - max) / sum;
            }
        }
        return Values.ofDoubles(node.type().dtype(), shape, v);
    }
}
