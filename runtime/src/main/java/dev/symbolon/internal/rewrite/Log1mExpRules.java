package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import java.util.List;

/**
 * {@code log(1 - exp x)} and {@code log1p(-exp x)} are log1mexp, computed as Mächler recommends:
 * {@code log(-expm1 x)} for x above -ln 2 and {@code log1p(-exp x)} below. Near 0, {@code 1 - exp x}
 * cancels: at x = -1e-20 it is 0 and its log -inf, where the answer is log(1e-20), about -46, which
 * {@code -expm1 x} keeps. Far below 0, {@code 1 - exp x} rounds to 1 and its log to 0, where
 * {@code log1p(-exp x)} keeps the tiny {@code -exp x}.
 *
 * <p>{@code where} computes both branches. The log1p branch is evaluated at x only where it is
 * taken, and at -1 elsewhere: at x = 0 it would be -inf, and the zero gradient that where sends to
 * the branch not taken, multiplied by that branch's infinite derivative, would be NaN. The other
 * branch is finite, with a finite derivative, at every x where it is not taken.
 */
final class Log1mExpRules {
    private Log1mExpRules() {}

    /** Where the log1p branch is evaluated instead of x where it is not taken: any x below -ln 2. */
    private static final double OUTSIDE = -1;

    static final Rule LOG_ONE_MINUS_EXP = new Rule("log(1-exp x)", n -> {
        if (n.op() != Op.LOG || n.input(0).op() != Op.SUB || !n.input(0).input(0).isConstant(1)) {
            return null;
        }
        Node x = Patterns.inputOf(Op.EXP, n.input(0).input(1));
        return x == null ? null : log1mexp(x);
    });

    static final Rule LOG1P_MINUS_EXP = new Rule("log1p(-exp x)", n -> {
        Node negated = n.op() == Op.LOG1P ? Patterns.negatedOperand(n.input(0)) : null;
        Node x = negated == null ? null : Patterns.inputOf(Op.EXP, negated);
        return x == null || isGuarded(x) ? null : log1mexp(x);
    });

    static final List<Rule> RULES = List.of(LOG_ONE_MINUS_EXP, LOG1P_MINUS_EXP);

    private static Node log1mexp(Node x) {
        var dtype = x.type().dtype();
        Node small = GraphOps.compare(Op.LT, x, GraphOps.constant(-Math.log(2), dtype));
        Node guarded = GraphOps.where(small, x, GraphOps.constant(OUTSIDE, dtype));
        Node viaLog1p = GraphOps.unary(Op.LOG1P, GraphOps.neg(GraphOps.unary(Op.EXP, guarded)));
        Node viaExpm1 = GraphOps.unary(Op.LOG, GraphOps.neg(GraphOps.unary(Op.EXPM1, x)));
        return GraphOps.where(small, viaLog1p, viaExpm1);
    }

    /** Whether x is this rule's guarded argument {@code where(x' < c, x', OUTSIDE)}, so the rule has fired here. */
    private static boolean isGuarded(Node x) {
        return x.op() == Op.WHERE && x.input(0).op() == Op.LT && x.input(0).input(0) == x.input(1)
                && x.input(2).isConstant(OUTSIDE);
    }
}
