package dev.symbolon.internal.ir;

import static dev.symbolon.internal.ir.GraphOps.cast;
import static dev.symbolon.internal.ir.GraphOps.error;
import static dev.symbolon.internal.ir.GraphOps.make;
import static dev.symbolon.internal.ir.GraphOps.operands;

import dev.symbolon.runtime.DType;
import java.util.List;

/**
 * The type rules of convolutional networks' ops: conv2d (NCHW input, OIHW filters), max and average
 * pooling over the last two axes, and the ops their gradients are built of. All compute in a float
 * dtype: integer and bool operands are cast to it, as the float-only elementwise ops do. Channel
 * counts, kernel sizes and pool sizes that do not fit the input are run-time shape errors: dimensions
 * are known only then.
 */
public final class ConvolutionOps {
    private ConvolutionOps() {}

    /** {@code conv2d(x, w)} with stride 1 and no padding. */
    public static Node conv2d(Node x, Node w) {
        return conv2d(x, w, 1, 0);
    }

    /** Cross-correlation of x (NCHW) with w (OIHW): a rank-4 result [N, O, OH, OW]. */
    public static Node conv2d(Node x, Node w, int stride, int padding) {
        requireWindow(Op.CONV2D, stride, padding);
        if (x.rank() != 4 || w.rank() != 4) {
            throw error(GraphError.CONVOLUTION_RANKS, Op.CONV2D, operands(x, w));
        }
        DType dtype = DType.promote(x.type().dtype(), w.type().dtype()).toFloat();
        Node xc = cast(x, dtype);
        Node wc = cast(w, dtype);
        boolean[] bc = {x.type().isBroadcastable(0), w.type().isBroadcastable(0), false, false};
        return make(Op.CONV2D, List.of(xc, wc), Type.of(dtype, bc), null, 0, new int[] {stride, padding}, false);
    }

    /** The gradient of {@link #conv2d} in its input: g's transposed convolution with w, shaped like x. */
    public static Node conv2dInputGrad(Node g, Node w, Node x, int stride, int padding) {
        return make(Op.CONV2D_INPUT_GRAD, List.of(g, w, x), x.type().withDtype(g.type().dtype()), null, 0,
                new int[] {stride, padding}, false);
    }

    /** The gradient of {@link #conv2d} in its filters: x correlated with g, summed over the batch, shaped like w. */
    public static Node conv2dFilterGrad(Node x, Node g, Node w, int stride, int padding) {
        return make(Op.CONV2D_FILTER_GRAD, List.of(x, g, w), w.type().withDtype(g.type().dtype()), null, 0,
                new int[] {stride, padding}, false);
    }

    /** The maximum of each size x size window of the last two axes; the windows do not overlap. */
    public static Node maxPool2d(Node x, int size) {
        return pool(Op.MAX_POOL2D, x, size);
    }

    /** The mean of each size x size window of the last two axes; the windows do not overlap. */
    public static Node avgPool2d(Node x, int size) {
        return pool(Op.AVG_POOL2D, x, size);
    }

    /** The gradient of {@link #maxPool2d}: each window's g at the first maximum of x's window. */
    public static Node maxPool2dGrad(Node g, Node x, int size) {
        return make(Op.MAX_POOL2D_GRAD, List.of(g, x), x.type().withDtype(g.type().dtype()), null, 0,
                new int[] {size}, false);
    }

    /** The gradient of {@link #avgPool2d}: each window's g divided by the window's size, shaped like x. */
    public static Node avgPool2dGrad(Node g, Node x, int size) {
        return make(Op.AVG_POOL2D_GRAD, List.of(g, x), x.type().withDtype(g.type().dtype()), null, 0,
                new int[] {size}, false);
    }

    private static Node pool(Op op, Node x, int size) {
        if (size < 1) {
            throw error(GraphError.POOL_SIZE, op, size);
        }
        if (x.rank() < 2) {
            throw error(GraphError.POOL_RANK, op, operands(x));
        }
        Node xf = cast(x, x.type().dtype().toFloat());
        return make(op, List.of(xf), xf.type(), null, 0, new int[] {size}, false);
    }

    private static void requireWindow(Op op, int stride, int padding) {
        if (stride < 1 || padding < 0) {
            throw error(GraphError.CONVOLUTION_WINDOW, op, stride, padding);
        }
    }
}
