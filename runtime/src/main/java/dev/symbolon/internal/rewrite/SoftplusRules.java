package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import java.util.List;

/**
 * {@code log(1+exp x)} and {@code log1p(exp x)} are {@code softplus(x)}: written out, exp overflows
 * to inf for x above about 709 where the answer is just x.
 */
final class SoftplusRules {
    private SoftplusRules() {}

    static final Rule LOG_ONE_PLUS_EXP = new Rule("log(1+exp x)", n -> {
        Node exp = n.op() == Op.LOG && n.input(0).op() == Op.ADD ? Patterns.operandBeside(n.input(0), 1) : null;
        return softplusOfExp(exp);
    });

    static final Rule LOG1P_EXP = new Rule("log1p(exp x)", n -> n.op() == Op.LOG1P ? softplusOfExp(n.input(0)) : null);

    static final List<Rule> RULES = List.of(LOG_ONE_PLUS_EXP, LOG1P_EXP);

    private static Node softplusOfExp(Node exp) {
        return exp != null && exp.op() == Op.EXP ? GraphOps.unary(Op.SOFTPLUS, exp.input(0)) : null;
    }
}
