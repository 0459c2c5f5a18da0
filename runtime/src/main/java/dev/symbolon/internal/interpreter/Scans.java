package dev.symbolon.internal.interpreter;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.shape.Shapes;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;

/** Running sums along one axis: each element plus all before it on its line along the axis. */
final class Scans {
    private Scans() {}

    /** Floats add in double and are stored in the node's dtype; integers (int64 by the graph) add in long. */
    static NDArray cumsum(Node node, NDArray x) {
        int[] shape = x.shape();
        int axis = node.axes()[0];
        // the elements of one line along the axis are `stride` apart; an element starts a line where its coordinate there is 0
        int stride = Shapes.strides(shape)[axis];
        int length = shape[axis];
        DType dtype = node.type().dtype();
        if (dtype.isFloat()) {
            double[] v = Values.doubles(x);
            for (int i = 0; i < v.length; i++) {
                if (i / stride % length != 0) {
                    v[i] += v[i - stride];
                }
            }
            return Values.ofDoubles(dtype, shape, v);
        }
        long[] v = Values.longs(x);
        for (int i = 0; i < v.length; i++) {
            if (i / stride % length != 0) {
                v[i] += v[i - stride];
            }
        }
        return Values.ofLongs(dtype, shape, v);
    }
}
