package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;

/**
 * {@code log(sum(exp x))}, over any axes, with or without keepDims, is logsumexp, computed as
 * {@code m + log(sum(exp(x - m)))} with m the maximum over the same axes: the shifted exps are at
 * most 1, so the sum neither overflows nor (for the largest term) underflows. An infinite maximum is
 * replaced by 0, as SciPy does, so that all -inf gives -inf rather than NaN from {@code -inf - -inf}.
 * The maximum is {@link Op#SUPREMUM}, -inf over an empty axis, where {@code max} would fail: the sum
 * of no exps is 0 and its log -inf, as written, and the shift is then 0 like any infinite one.
 */
final class LogSumExpRule {
    private LogSumExpRule() {}

    static final Rule RULE = new Rule("log(sum(exp x))", n -> {
        Node sum = n.op() == Op.LOG ? n.input(0) : null;
        Node x = sum != null && sum.op() == Op.SUM ? Patterns.inputOf(Op.EXP, sum.input(0)) : null;
        if (x == null || isShifted(x, sum.axes())) {
            return null;
        }
        int[] axes = sum.axes();
        Node m = shift(x, axes);
        Node shiftedSum = GraphOps.reduce(Op.SUM, GraphOps.unary(Op.EXP, GraphOps.sub(x, m)), sum.keepDims(), axes);
        // summing over the kept size-1 dimensions drops them, matching the sum's shape
        Node offset = sum.keepDims() ? m : GraphOps.reduce(Op.SUM, m, false, axes);
        return GraphOps.add(offset, GraphOps.unary(Op.LOG, shiftedSum));
    });

    /**
     * Whether x is already this rule's {@code y - shift(y)}. Hash-consing makes the same shift the
     * same node. Only a minuend of x's own type can be y (a shift has y's type with the reduced axes
     * kept as size 1, and the difference y's type): any other, such as a scalar literal in
     * {@code 1 - v}, has fewer dimensions than the axes name.
     */
    private static boolean isShifted(Node x, int[] axes) {
        return x.op() == Op.SUB && x.input(0).type().equals(x.type()) && x.input(1) == shift(x.input(0), axes);
    }

    /** The maximum of x over the axes, kept as size-1 dimensions to broadcast against x; 0 where infinite. */
    private static Node shift(Node x, int[] axes) {
        Node m = GraphOps.reduce(Op.SUPREMUM, x, true, axes);
        Node infinite = GraphOps.compare(Op.EQ, GraphOps.unary(Op.ABS, m),
                GraphOps.constant(Double.POSITIVE_INFINITY, m.type().dtype()));
        return GraphOps.where(infinite, GraphOps.constant(0, m.type().dtype()), m);
    }
}
