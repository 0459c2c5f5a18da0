package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.Op;

/**
 * {@code log(exp x)} is {@code x}, and exact where exp would overflow. (Not the other way round:
 * {@code exp(log x)} is NaN for negative x, so it is not x.) Unlike the other canonical rules this
 * one changes values on purpose, as the stability rules do: where exp overflows to inf (x above about
 * 709) or underflows to 0 (below about -745), the written formula gives inf or -inf, and x is the
 * value that overflow destroyed; elsewhere x is what the formula rounds to within an ulp or two.
 * NaN and the infinities pass through unchanged.
 */
final class LogExpRule {
    private LogExpRule() {}

    static final Rule RULE = new Rule("log(exp x)",
            n -> n.op() == Op.LOG ? Patterns.inputOf(Op.EXP, n.input(0)) : null);
}
