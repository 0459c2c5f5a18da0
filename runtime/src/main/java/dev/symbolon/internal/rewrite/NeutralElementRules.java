package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import java.util.List;

/**
 * Drops an operation with its neutral element: {@code x*1}, {@code 1*x}, {@code x/1}, {@code x-0},
 * {@code x+0} and {@code 0+x} become {@code x}. Constants are scalars, so the other operand already
 * has the result's type (GraphOps cast it to the result's dtype).
 *
 * <p>Each is exact in IEEE arithmetic for every x, NaN and infinities included, with one exception
 * the rules respect: the float zero that is neutral for addition is -0.0, since
 * {@code -0.0 + 0.0 = +0.0}. So a float {@code x+0.0} stays, {@code x+(-0.0)} goes, and {@code x-0.0}
 * goes but {@code x-(-0.0)} stays. An integer zero has no sign.
 */
final class NeutralElementRules {
    private NeutralElementRules() {}

    static final Rule TIMES_ONE = new Rule("x*1", n -> n.op() == Op.MUL ? Patterns.operandBeside(n, 1) : null);
    static final Rule PLUS_ZERO = new Rule("x+0", n -> {
        if (n.op() != Op.ADD) {
            return null;
        }
        double zero = n.type().dtype().isFloat() ? -0.0 : 0.0;
        return Patterns.exactlyConstant(n.input(1), zero) ? n.input(0)
                : Patterns.exactlyConstant(n.input(0), zero) ? n.input(1) : null;
    });
    static final Rule MINUS_ZERO = new Rule("x-0",
            n -> n.op() == Op.SUB && Patterns.exactlyConstant(n.input(1), 0.0) ? n.input(0) : null);
    static final Rule DIVIDED_BY_ONE = new Rule("x/1",
            n -> n.op() == Op.DIV && n.input(1).isConstant(1) ? n.input(0) : null);

    static final List<Rule> RULES = List.of(TIMES_ONE, PLUS_ZERO, MINUS_ZERO, DIVIDED_BY_ONE);
}
