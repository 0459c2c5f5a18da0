package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;

/**
 * {@code log(sum(where(mask, softmax z, 0)))} over the softmax's axis is the logsumexp of the masked
 * {@code logSoftmax(z)}, {@code log(sum(exp(where(mask, logSoftmax z, -inf))))}, which
 * {@link LogSumExpRule} then shifts: a picked probability far below the largest no longer underflows
 * to 0 and its log to -inf. With one position per row in the mask, as
 * {@code categoricalCrossentropy} of integer labels makes, the result is the picked
 * {@code logSoftmax(z)} entry itself; with several, the log of their summed probabilities, as written.
 */
final class PickedLogSoftmaxRule {
    private PickedLogSoftmaxRule() {}

    static final Rule RULE = new Rule("log(sum(where(mask, softmax z, 0)))", n -> {
        Node sum = n.op() == Op.LOG ? n.input(0) : null;
        Node where = sum != null && sum.op() == Op.SUM ? sum.input(0) : null;
        if (where == null || where.op() != Op.WHERE || !isZero(where.input(2))
                || where.input(1).op() != Op.SOFTMAX || !where.input(1).type().equals(where.type())) {
            return null;
        }
        Node softmax = where.input(1);
        if (sum.axes().length != 1 || sum.axes()[0] != softmax.axes()[0]) {
            return null;
        }
        Node logSoftmax = GraphOps.softmax(Op.LOG_SOFTMAX, softmax.input(0));
        Node minusInfinity = GraphOps.constant(Double.NEGATIVE_INFINITY, logSoftmax.type().dtype());
        Node masked = GraphOps.where(where.input(0), logSoftmax, minusInfinity);
        return GraphOps.unary(Op.LOG, GraphOps.reduce(Op.SUM, GraphOps.unary(Op.EXP, masked), sum.keepDims(),
                sum.axes()));
    });

    private static boolean isZero(Node n) {
        return n.op() == Op.CONSTANT && n.type().dtype().isFloat() && n.value() == 0;
    }
}
