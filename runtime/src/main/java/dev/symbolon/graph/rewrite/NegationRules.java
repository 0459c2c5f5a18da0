package dev.symbolon.graph.rewrite;

import dev.symbolon.graph.GraphOps;
import dev.symbolon.graph.Op;
import java.util.List;

/**
 * One form for negation, so that later rules need look for {@code neg} only: {@code 0-x} becomes
 * {@code -x}, and {@code --x} becomes {@code x}.
 */
final class NegationRules {
    private NegationRules() {}

    static final Rule ZERO_MINUS = new Rule("0-x",
            n -> n.op() == Op.SUB && n.input(0).isConstant(0) ? GraphOps.neg(n.input(1)) : null);
    static final Rule DOUBLE_NEGATION = new Rule("--x",
            n -> n.op() == Op.NEG ? Patterns.inputOf(Op.NEG, n.input(0)) : null);

    static final List<Rule> RULES = List.of(ZERO_MINUS, DOUBLE_NEGATION);
}
