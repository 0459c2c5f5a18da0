package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.at;
import static dev.symbolon.internal.rewrite.Graphs.exp;
import static dev.symbolon.internal.rewrite.Graphs.literal;
import static dev.symbolon.internal.rewrite.Graphs.log;
import static dev.symbolon.internal.rewrite.Graphs.optimized;
import static dev.symbolon.internal.rewrite.Graphs.scalar;
import static dev.symbolon.internal.rewrite.Graphs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import org.junit.jupiter.api.Test;

class Log1mExpRulesTest {
    private static final String LOG1MEXP = "where(lt(x, -0.6931471805599453), "
            + "log1p(neg(exp(where(lt(x, -0.6931471805599453), x, -1)))), log(neg(expm1(x))))";

    @Test
    void logOfOneMinusExpNearZeroKeepsTheDifference() {
        Node x = scalar("x");
        Node e = exp(x);
        Node before = log(GraphOps.sub(literal(1, e), e));
        Node after = optimized(before);
        assertEquals(LOG1MEXP, show(after));
        assertEquals(Double.NEGATIVE_INFINITY, at(before, "x", -1e-20));
        assertEquals(Math.log(1e-20), at(after, "x", -1e-20), 1e-12);
    }

    @Test
    void logOfOneMinusExpFarBelowZeroKeepsTheTinyExp() {
        Node x = scalar("x");
        Node e = exp(x);
        Node before = log(GraphOps.sub(literal(1, e), e));
        Node after = optimized(before);
        assertEquals(0.0, at(before, "x", -50));
        assertEquals(-Math.exp(-50), at(after, "x", -50), 1e-36);
    }

    @Test
    void log1pOfMinusExpIsTheSame() {
        Node x = scalar("x");
        Node before = GraphOps.unary(Op.LOG1P, GraphOps.neg(exp(x)));
        Node after = optimized(before);
        assertEquals(LOG1MEXP, show(after));
        assertEquals(Double.NEGATIVE_INFINITY, at(before, "x", -1e-20));
        assertEquals(Math.log(1e-20), at(after, "x", -1e-20), 1e-12);
    }

    @Test
    void valuesTheFormulaGetsRightStay() {
        Node x = scalar("x");
        Node e = exp(x);
        Node before = log(GraphOps.sub(literal(1, e), e));
        Node after = optimized(before);
        assertEquals(Double.NEGATIVE_INFINITY, at(after, "x", 0));
        assertEquals(Double.NaN, at(after, "x", 1));
        assertEquals(Double.NaN, at(after, "x", Double.NaN));
        assertEquals(Double.NaN, at(after, "x", Double.POSITIVE_INFINITY));
        assertEquals(at(before, "x", -2), at(after, "x", -2), 1e-15);
        assertEquals(at(before, "x", -0.5), at(after, "x", -0.5), 1e-15);
    }

    @Test
    void gradientIsFiniteWhereTheOtherBranchIsInfinite() {
        Node x = scalar("x");
        Node e = exp(x);
        Node cost = log(GraphOps.sub(literal(1, e), e));
        Node gradient = optimized(Autodiff.grad(cost, x));
        // d/dx log(1 - e^x) = -e^x / (1 - e^x) = -1 / expm1(-x)
        assertEquals(1, at(gradient, "x", -1e-10) / (-1 / Math.expm1(1e-10)), 1e-12);
        assertEquals(-Math.exp(-50), at(gradient, "x", -50), 1e-30);
    }
}
