package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;

/**
 * {@code 1/(1+exp(-x))} is {@code sigmoid(x)}, as a user writes the logistic function. Written out,
 * exp(-x) overflows for x below about -709: the quotient becomes 0 where sigmoid is still a tiny
 * positive number, and its gradient {@code 0 * inf} is NaN. Sigmoid is computed without overflow,
 * and the rules of {@link LogSigmoidRules} can then find it.
 * {@code 1/(1+exp(x))} likewise becomes {@code sigmoid(-x)}.
 */
final class SigmoidRule {
    private SigmoidRule() {}

    static final Rule RULE = new Rule("1/(1+exp(-x))", SigmoidRule::rewrite);

    private static Node rewrite(Node n) {
        if (n.op() != Op.DIV || !n.input(0).isConstant(1) || n.input(1).op() != Op.ADD) {
            return null;
        }
        Node exp = Patterns.operandBeside(n.input(1), 1);
        if (exp == null || exp.op() != Op.EXP) {
            return null;
        }
        // matched without casts, so exp's operand has the quotient's type, and so has its sigmoid
        return GraphOps.unary(Op.SIGMOID, Patterns.negate(exp.input(0)));
    }
}
