package dev.symbolon.benchmarks;

import static dev.symbolon.T.*;

import dev.symbolon.Scalar;
import dev.symbolon.Vector;
import dev.symbolon.annotation.Symbolic;

/** Workload W3 written for Symbolon: an elementwise sum and its gradient, one long vector each. */
public class ElementwiseSum {
    public record SumAndSlope(Scalar s, Vector dx) {}

    /** {@code s = sum(sigmoid(x) y + log1p(exp(-|x|)))} and {@code ds/dx}. */
    @Symbolic
    static SumAndSlope sumAndSlope(Vector x, Vector y) {
        Scalar s = sum(sigmoid(x).times(y).plus(log1p(exp(neg(abs(x))))));
        return new SumAndSlope(s, grad(s, x));
    }

    /** {@code s} alone, the value-only call that the value-and-gradient call is measured against. */
    @Symbolic
    static Scalar cost(Vector x, Vector y) {
        return sum(sigmoid(x).times(y).plus(log1p(exp(neg(abs(x))))));
    }
}
