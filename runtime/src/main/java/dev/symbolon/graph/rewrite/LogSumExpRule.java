package dev.symbolon.graph.rewrite;

import dev.symbolon.graph.GraphOps;
import dev.symbolon.graph.Node;
import dev.symbolon.graph.Op;

/**
 * {@code log(sum(exp x))}, over any axes, with or without keepDims, is logsumexp, computed as
 * {@code m + log(sum(exp(x - m)))} with m the maximum over the same axes: the shifted exps are at
 * most 1, so the sum neither overflows nor (for the largest term) underflows. An infinite maximum is
 * replaced by 0, as SciPy does, so that all -inf gives -inf rather than NaN from {@code -inf - -inf}.
 */
final class LogSumExpRule {
    private LogSumExpRule() {}

    static final Rule RULE = new Rule("log(sum(exp x))", n -> {
        Node sum = n.op() == Op.LOG ? n.input(0) : null;
        Node x = sum != null && sum.op() == Op.SUM ? Patterns.inputOf(Op.EXP, sum.input(0)) : null;
        if (x == null) {
            return null;
        }
        int[] axes = sum.axes();
        if (x.op() == Op.SUB && x.input(1) == shift(x.input(0), axes)) {
            // already this rule's result: hash-consing makes the same shift the same node
            return null;
        }
        Node m = shift(x, axes);
        Node shiftedSum = GraphOps.reduce(Op.SUM, GraphOps.unary(Op.EXP, GraphOps.sub(x, m)), sum.keepDims(), axes);
        // summing over the kept size-1 dimensions drops them, matching the sum's shape
        Node offset = sum.keepDims() ? m : GraphOps.reduce(Op.SUM, m, false, axes);
        return GraphOps.add(offset, GraphOps.unary(Op.LOG, shiftedSum));
    });

    /** The maximum of x over the axes, kept as size-1 dimensions to broadcast against x; 0 where infinite. */
    private static Node shift(Node x, int[] axes) {
        Node m = GraphOps.reduce(Op.MAX, x, true, axes);
        Node infinite = GraphOps.compare(Op.EQ, GraphOps.unary(Op.ABS, m),
                GraphOps.constant(Double.POSITIVE_INFINITY, m.type().dtype()));
        return GraphOps.where(infinite, GraphOps.constant(0, m.type().dtype()), m);
    }
}
