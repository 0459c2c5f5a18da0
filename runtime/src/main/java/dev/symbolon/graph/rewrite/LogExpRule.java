package dev.symbolon.graph.rewrite;

import dev.symbolon.graph.Op;

/**
 * {@code log(exp x)} is {@code x}, and exact where exp would overflow. (Not the other way round:
 * {@code exp(log x)} is NaN for negative x, so it is not x.)
 */
final class LogExpRule {
    private LogExpRule() {}

    static final Rule RULE = new Rule("log(exp x)",
            n -> n.op() == Op.LOG ? Patterns.inputOf(Op.EXP, n.input(0)) : null);
}
