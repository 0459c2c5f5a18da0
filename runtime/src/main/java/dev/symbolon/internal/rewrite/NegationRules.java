package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Op;
import java.util.List;

/**
 * One form for negation, so that later rules need look for {@code neg} only: {@code 0-x} becomes
 * {@code -x}, and {@code --x} becomes {@code x}. For floats, {@code 0.0-x} is {@code -x} only with
 * the zero -0.0: {@code 0.0 - 0.0} is +0.0 where {@code -0.0} is not, so a float {@code 0.0-x} stays.
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

    static final List<Rule> RULES = List.of(ZERO_MINUS, DOUBLE_NEGATION);
}
