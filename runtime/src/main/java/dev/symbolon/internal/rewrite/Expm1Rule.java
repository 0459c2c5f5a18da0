package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;

/**
 * {@code exp(x)-1} (or {@code exp(x)+(-1)}) is {@code expm1(x)}: for |x| below the float epsilon,
 * exp(x) rounds to 1 and the difference to 0, where expm1 keeps x.
 */
final class Expm1Rule {
    private Expm1Rule() {}

    static final Rule RULE = new Rule("exp(x)-1", n -> {
        Node exp = null;
        if (n.op() == Op.SUB && n.input(1).isConstant(1)) {
            exp = n.input(0);
        } else if (n.op() == Op.ADD) {
            exp = Patterns.operandBeside(n, -1);
        }
        return exp != null && exp.op() == Op.EXP ? GraphOps.unary(Op.EXPM1, exp.input(0)) : null;
    });
}
