package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;

/**
 * {@code log(1+x)} is {@code log1p(x)}: for |x| below the float epsilon, 1+x rounds to 1 and the log
 * to 0, where log1p keeps x.
 */
final class Log1pRule {
    private Log1pRule() {}

    static final Rule RULE = new Rule("log(1+x)", n -> {
        Node x = n.op() == Op.LOG && n.input(0).op() == Op.ADD ? Patterns.operandBeside(n.input(0), 1) : null;
        return x == null ? null : GraphOps.unary(Op.LOG1P, x);
    });
}
