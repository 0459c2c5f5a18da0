package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import java.util.List;

/**
 * Logs of sigmoid as softplus: {@code log(sigmoid x) = -softplus(-x)} and
 * {@code log(1 - sigmoid x) = log1p(-sigmoid x) = -softplus(x)}. Sigmoid rounds to 0 or 1 for |x|
 * beyond about 37 (float64), where its log is -inf or 0 although the true value is about -|x|;
 * softplus keeps it. These make {@code binaryCrossentropy(sigmoid z, t)} stable, since that
 * composite is built from exactly these logs.
 */
final class LogSigmoidRules {
    private LogSigmoidRules() {}

    static final Rule LOG_SIGMOID = new Rule("log(sigmoid x)", n -> {
        Node x = n.op() == Op.LOG ? Patterns.inputOf(Op.SIGMOID, n.input(0)) : null;
        return x == null ? null : negSoftplus(Patterns.negate(x));
    });

    static final Rule LOG_ONE_MINUS_SIGMOID = new Rule("log(1-sigmoid x)", n -> {
        if (n.op() != Op.LOG || n.input(0).op() != Op.SUB || !n.input(0).input(0).isConstant(1)) {
            return null;
        }
        Node x = Patterns.inputOf(Op.SIGMOID, n.input(0).input(1));
        return x == null ? null : negSoftplus(x);
    });

    static final Rule LOG1P_MINUS_SIGMOID = new Rule("log1p(-sigmoid x)", n -> {
        Node negated = n.op() == Op.LOG1P ? Patterns.negatedOperand(n.input(0)) : null;
        Node x = negated == null ? null : Patterns.inputOf(Op.SIGMOID, negated);
        return x == null ? null : negSoftplus(x);
    });

    static final List<Rule> RULES = List.of(LOG_SIGMOID, LOG_ONE_MINUS_SIGMOID, LOG1P_MINUS_SIGMOID);

    private static Node negSoftplus(Node x) {
        return GraphOps.neg(GraphOps.unary(Op.SOFTPLUS, x));
    }
}
