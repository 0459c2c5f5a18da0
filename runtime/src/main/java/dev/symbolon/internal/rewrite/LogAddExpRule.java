package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;

/**
 * {@code log(exp a + exp b)} is logaddexp: {@code big + softplus(small - big)}, with big the larger
 * argument and small the other. Written out, exp overflows for arguments above about 709 and
 * underflows below about -745, giving inf or -inf where the answer is near the larger argument.
 *
 * <p>big and small are chosen by one comparison, so that at a tie one argument is big and the other
 * small: the gradient is then 1/2 for each, as it is for the formula written out. (With
 * {@code maximum} and {@code minimum}, both of which give a tie's gradient to the first argument,
 * the first would get all of it.) Two equal infinities make the gap {@code inf - inf}, NaN, where
 * the answer is that infinity; the gap is 0 there, so the result is big.
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
        Node aIsBig = GraphOps.compare(Op.GE, a, b);
        Node big = GraphOps.where(aIsBig, a, b);
        Node small = GraphOps.where(aIsBig, b, a);
        Node gap = GraphOps.sub(small, big);
        Node equalInfinities = GraphOps.where(GraphOps.compare(Op.NE, gap, gap),
                GraphOps.compare(Op.EQ, big, small), GraphOps.constant(0, DType.BOOL));
        Node finiteGap = GraphOps.where(equalInfinities, GraphOps.constant(0, gap.type().dtype()), gap);
        return GraphOps.add(big, GraphOps.unary(Op.SOFTPLUS, finiteGap));
    });
}
