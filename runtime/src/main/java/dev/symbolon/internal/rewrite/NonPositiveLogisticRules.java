package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;
import java.util.List;

/**
 * {@code softplus(u)} and {@code sigmoid(u)} of a float64 u that is never positive ({@code -|x|}) as
 * {@code log1p(exp u)} and {@code exp u / (1 + exp u)}: the same exp then serves both, and any
 * {@code exp(-|x|)} written beside them, once the merge after the phases unites the copies. So
 * {@code log1p(exp(-|x|))} and its gradient's {@code sigmoid(-|x|)} cost one exp, not two.
 *
 * <p>Exact to the bit: for u ≤ 0 (and -0.0, and NaN) these are the very operations the kernels
 * ({@code ScalarMath}, the interpreter's {@code StableMath}) carry out: softplus is
 * {@code max(u, 0) + log1p(exp(-|u|))}, whose max is 0 and adding it changes nothing, and sigmoid takes
 * its {@code e / (1 + e)} branch (at u = -0.0 the other branch, {@code 1 / (1 + exp(0))}, which is the
 * same 0.5). Only float64: a float32 kernel rounds once at the end, the rewritten form after each op.
 */
final class NonPositiveLogisticRules {
    private NonPositiveLogisticRules() {}

    static final Rule SOFTPLUS = new Rule("softplus(-|x|)", n -> n.op() == Op.SOFTPLUS && nonPositive(n.input(0))
            ? GraphOps.unary(Op.LOG1P, GraphOps.unary(Op.EXP, n.input(0))) : null);

    static final Rule SIGMOID = new Rule("sigmoid(-|x|)", n -> {
        if (n.op() != Op.SIGMOID || !nonPositive(n.input(0))) {
            return null;
        }
        Node e = GraphOps.unary(Op.EXP, n.input(0));
        return GraphOps.div(e, GraphOps.add(GraphOps.constant(1, DType.FLOAT64), e));
    });

    static final List<Rule> RULES = List.of(SOFTPLUS, SIGMOID);

    private static boolean nonPositive(Node u) {
        return u.type().dtype() == DType.FLOAT64 && u.op() == Op.NEG && u.input(0).op() == Op.ABS;
    }
}
