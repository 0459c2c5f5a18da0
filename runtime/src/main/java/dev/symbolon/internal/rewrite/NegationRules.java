package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import java.util.List;

/**
 * One form for negation, so that later rules need look for {@code neg} only, and as few of them as
 * possible: {@code 0-x} becomes {@code -x}, a negation moves out of a product or quotient, where two
 * of them meet and cancel as {@code --x = x}, and a negated term of a sum turns the sum into a
 * difference. Gradients are full of these chains (each {@code sub} and {@code neg} of the cost puts a
 * {@code neg} on its operand's gradient).
 *
 * <p>Each is exact in IEEE arithmetic: negation only flips the sign, rounding is symmetric in the
 * sign, so {@code (-a)*b}, {@code a*(-b)} and {@code -(a*b)} are the same number, NaN and the zero's
 * sign included, and likewise for {@code /}; {@code a+(-b)} is by definition {@code a-b}, and
 * {@code a-(-b)} is {@code a+b}. Integer products wrap the same way both sides (two's complement
 * negation is multiplication by -1); integer division is {@link Op#QUOTIENT}, which is left alone
 * since {@code (-MIN)/2} is not {@code -(MIN/2)}. For floats, {@code 0.0-x} is {@code -x} only with the
 * zero -0.0: {@code 0.0 - 0.0} is +0.0 where {@code -0.0} is not, so a float {@code 0.0-x} stays, and
 * {@code -(a-b)} is not {@code b-a} (at a = b, -0.0 against +0.0).
 */
final class NegationRules {
    private NegationRules() {}

    static final Rule ZERO_MINUS = new Rule("0-x", n -> {
        if (n.op() != Op.SUB) {
            return null;
        }
        double zero = n.type().dtype().isFloat() ? -0.0 : 0.0;
        return Patterns.exactlyConstant(n.input(0), zero) ? GraphOps.neg(n.input(1)) : null;
    });

    static final Rule DOUBLE_NEGATION = new Rule("--x",
            n -> n.op() == Op.NEG ? Patterns.inputOf(Op.NEG, n.input(0)) : null);

    /** {@code (-a)*b}, {@code a*(-b)}, {@code (-a)/b} and {@code a/(-b)} as the negated product or quotient. */
    static final Rule NEGATION_OUT_OF_PRODUCT = new Rule("(-a)*b", n -> {
        if (n.op() != Op.MUL && n.op() != Op.DIV) {
            return null;
        }
        Node a = n.input(0);
        Node b = n.input(1);
        if (a.op() == Op.NEG) {
            return GraphOps.neg(GraphOps.binary(n.op(), a.input(0), b));
        }
        if (b.op() == Op.NEG) {
            return GraphOps.neg(GraphOps.binary(n.op(), a, b.input(0)));
        }
        return null;
    });

    /** {@code a+(-b)} and {@code (-b)+a} as {@code a-b}; {@code a-(-b)} as {@code a+b}. */
    static final Rule NEGATED_TERM = new Rule("a+(-b)", n -> {
        if (n.op() == Op.ADD && n.input(1).op() == Op.NEG) {
            return GraphOps.sub(n.input(0), n.input(1).input(0));
        }
        if (n.op() == Op.ADD && n.input(0).op() == Op.NEG) {
            return GraphOps.sub(n.input(1), n.input(0).input(0));
        }
        if (n.op() == Op.SUB && n.input(1).op() == Op.NEG) {
            return GraphOps.add(n.input(0), n.input(1).input(0));
        }
        return null;
    });

    static final List<Rule> RULES = List.of(ZERO_MINUS, DOUBLE_NEGATION, NEGATION_OUT_OF_PRODUCT, NEGATED_TERM);
}
