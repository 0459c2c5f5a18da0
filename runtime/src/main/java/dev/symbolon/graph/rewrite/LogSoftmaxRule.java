package dev.symbolon.graph.rewrite;

import dev.symbolon.graph.GraphOps;
import dev.symbolon.graph.Node;
import dev.symbolon.graph.Op;

/**
 * {@code log(softmax x)} is {@code logSoftmax(x)}: a softmax entry far below the largest underflows
 * to 0 and its log to -inf, where logSoftmax gives the finite {@code x - logsumexp(x)}. This makes
 * {@code categoricalCrossentropy(softmax z, t)} stable, since that composite takes the log of its
 * probabilities.
 */
final class LogSoftmaxRule {
    private LogSoftmaxRule() {}

    static final Rule RULE = new Rule("log(softmax x)", n -> {
        Node x = n.op() == Op.LOG ? Patterns.inputOf(Op.SOFTMAX, n.input(0)) : null;
        return x == null ? null : GraphOps.softmax(Op.LOG_SOFTMAX, x);
    });
}
