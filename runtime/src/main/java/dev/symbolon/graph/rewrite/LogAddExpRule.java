package dev.symbolon.graph.rewrite;

import dev.symbolon.graph.GraphOps;
import dev.symbolon.graph.Node;
import dev.symbolon.graph.Op;

/**
 * {@code log(exp a + exp b)} is logaddexp: {@code maximum(a,b) + log1p(exp(-|a-b|))}, where the
 * second term is written {@code softplus(-|a-b|)}, which is the same function. Written out, exp
 * overflows for arguments above about 709 and underflows below about -745, giving inf or -inf where
 * the answer is near the larger argument.
 */
final class LogAddExpRule {
    private LogAddExpRule() {}

    static final Rule RULE = new Rule("log(exp a + exp b)", n -> {
        if (n.op() != Op.LOG || n.input(0).op() != Op.ADD) {
            return null;
        }
        Node a = Patterns.inputOf(Op.EXP, n.input(0).input(0));
        Node b = Patterns.inputOf(Op.EXP, n.input(0).input(1));
        if (a == null || b == null) {
            return null;
        }
        Node gap = GraphOps.unary(Op.ABS, GraphOps.sub(a, b));
        return GraphOps.add(GraphOps.binary(Op.MAXIMUM, a, b), GraphOps.unary(Op.SOFTPLUS, GraphOps.neg(gap)));
    });
}
