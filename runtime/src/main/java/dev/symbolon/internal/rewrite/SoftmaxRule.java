package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import java.util.Arrays;

/**
 * {@code exp(x) / sum(exp(x))} is softmax, as a user writes it: written out, exp overflows for an
 * element above about 709, and the quotient is NaN (inf/inf) where softmax is finite. The sum may be
 * over the last axis, over all axes, or over one other axis, and must broadcast back over the axes it
 * reduced: kept as size-1 dimensions, dropped as leading dimensions (right-aligned broadcasting, as in
 * {@code exp(m) / sum(exp(m), 0)}), or put back by a reshape such as {@code reshape(sum(exp(m), 1), -1, 1)}
 * (the DSL's sum has no keepDims). Softmax runs along the last axis, so another axis is moved there
 * and back by a transpose, and all axes are flattened into one by a reshape.
 */
final class SoftmaxRule {
    private SoftmaxRule() {}

    static final Rule RULE = new Rule("exp x / sum(exp x)", n -> {
        if (n.op() != Op.DIV || n.input(0).op() != Op.EXP) {
            return null;
        }
        Node exp = n.input(0);
        int[] axes = summedAxes(exp, n.input(1));
        Node softmax = axes == null ? null : softmaxOver(exp.input(0), axes);
        // a broadcastable dimension of x that the divisor does not mark would change the quotient's type
        return softmax != null && softmax.type().equals(n.type()) ? softmax : null;
    });

    /** The axes over which {@code divisor} is {@code sum(exp)} broadcast back against exp, or null if it is not. */
    private static int[] summedAxes(Node exp, Node divisor) {
        if (divisor.op() == Op.SUM && divisor.input(0) == exp) {
            int[] axes = divisor.axes();
            return divisor.keepDims() || isLeading(axes) ? axes : null;
        }
        if (divisor.op() == Op.RESHAPE && divisor.input(0).op() == Op.SUM && divisor.input(0).input(0) == exp
                && !divisor.input(0).keepDims()) {
            int[] axes = divisor.input(0).axes();
            return restoresReducedAxes(divisor.shape(), axes, exp.rank()) ? axes : null;
        }
        return null;
    }

    private static boolean isLeading(int[] axes) {
        for (int i = 0; i < axes.length; i++) {
            if (axes[i] != i) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a reshape to {@code shape} of the sum over {@code axes} always gives the shape keepDims
     * would: 1 at each reduced axis and -1 at the one kept axis, if any (with two kept axes, fixed
     * sizes could not be told from a transposition).
     */
    private static boolean restoresReducedAxes(int[] shape, int[] axes, int rank) {
        if (shape.length != rank || rank - axes.length > 1) {
            return false;
        }
        for (int d = 0; d < rank; d++) {
            int expected = Arrays.binarySearch(axes, d) >= 0 ? 1 : -1;
            if (shape[d] != expected) {
                return false;
            }
        }
        return true;
    }

    /** Softmax of x over the axes, or null where the last-axis softmax cannot express it. */
    private static Node softmaxOver(Node x, int[] axes) {
        if (x.rank() == 0) {
            return null;
        }
        int last = x.rank() - 1;
        if (axes.length == 1 && axes[0] == last) {
            return GraphOps.softmax(Op.SOFTMAX, x);
        }
        if (axes.length == x.rank()) {
            return GraphOps.reshapeLike(GraphOps.softmax(Op.SOFTMAX, GraphOps.reshape(x, -1)), x);
        }
        if (axes.length == 1) {
            int[] swap = new int[x.rank()];
            for (int d = 0; d < swap.length; d++) {
                swap[d] = d;
            }
            swap[axes[0]] = last;
            swap[last] = axes[0];
            return GraphOps.transpose(GraphOps.softmax(Op.SOFTMAX, GraphOps.transpose(x, swap)), swap);
        }
        return null;
    }
}
