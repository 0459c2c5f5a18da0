package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.IndexingOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;

/**
 * {@code log(softmax x)} is {@code logSoftmax(x)}: a softmax entry far below the largest underflows
 * to 0 and its log to -inf, where logSoftmax gives the finite {@code x - logsumexp(x)}. This makes
 * {@code categoricalCrossentropy(softmax z, t)} stable, since that composite takes the log of its
 * probabilities. The log, being elementwise, also passes through a transpose or a reshape of the
 * softmax, the forms {@link SoftmaxRule} gives a softmax over another axis or over all of them, and
 * through a pick of some of its entries: {@code log(takeAlongAxis(softmax z, y, 1))}, the negative
 * log-likelihood of integer labels written as Theano's {@code log(p[arange(n), y])}, is the pick of
 * logSoftmax (PyTensor's crossentropy-with-softmax rewrite does the same).
 */
final class LogSoftmaxRule {
    private LogSoftmaxRule() {}

    static final Rule RULE = new Rule("log(softmax x)", n -> {
        if (n.op() != Op.LOG) {
            return null;
        }
        Node p = n.input(0);
        return switch (p.op()) {
            case SOFTMAX -> GraphOps.softmax(Op.LOG_SOFTMAX, p.input(0));
            case TRANSPOSE -> p.input(0).op() == Op.SOFTMAX
                    ? GraphOps.transpose(GraphOps.softmax(Op.LOG_SOFTMAX, p.input(0).input(0)), p.permutation()) : null;
            case RESHAPE_LIKE -> p.input(0).op() == Op.SOFTMAX
                    ? GraphOps.reshapeLike(GraphOps.softmax(Op.LOG_SOFTMAX, p.input(0).input(0)), p.input(1)) : null;
            case TAKE_ALONG_AXIS -> p.input(0).op() == Op.SOFTMAX ? IndexingOps.takeAlongAxis(
                    GraphOps.softmax(Op.LOG_SOFTMAX, p.input(0).input(0)), p.input(1), p.axis()) : null;
            case TAKE -> p.input(0).op() == Op.SOFTMAX ? IndexingOps.take(
                    GraphOps.softmax(Op.LOG_SOFTMAX, p.input(0).input(0)), p.input(1), p.axis()) : null;
            default -> null;
        };
    });
}
