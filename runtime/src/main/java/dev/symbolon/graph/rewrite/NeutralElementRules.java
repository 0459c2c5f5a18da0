package dev.symbolon.graph.rewrite;

import dev.symbolon.graph.Node;
import dev.symbolon.graph.Op;
import java.util.List;

/**
 * Drops an operation with its neutral element: {@code x*1}, {@code 1*x}, {@code x+0}, {@code 0+x},
 * {@code x-0} and {@code x/1} become {@code x}. Constants are scalars, so the other operand already
 * has the result's type (GraphOps cast it to the result's dtype).
 */
final class NeutralElementRules {
    private NeutralElementRules() {}

    static final Rule TIMES_ONE = new Rule("x*1", n -> n.op() == Op.MUL ? Patterns.operandBeside(n, 1) : null);
    static final Rule PLUS_ZERO = new Rule("x+0", n -> n.op() == Op.ADD ? Patterns.operandBeside(n, 0) : null);
    static final Rule MINUS_ZERO = new Rule("x-0", n -> rightIs(Op.SUB, n, 0));
    static final Rule DIVIDED_BY_ONE = new Rule("x/1", n -> rightIs(Op.DIV, n, 1));

    static final List<Rule> RULES = List.of(TIMES_ONE, PLUS_ZERO, MINUS_ZERO, DIVIDED_BY_ONE);

    private static Node rightIs(Op op, Node n, double value) {
        return n.op() == op && n.input(1).isConstant(value) ? n.input(0) : null;
    }
}
