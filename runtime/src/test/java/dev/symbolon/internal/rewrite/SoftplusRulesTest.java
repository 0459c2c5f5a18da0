package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.at;
import static dev.symbolon.internal.rewrite.Graphs.exp;
import static dev.symbolon.internal.rewrite.Graphs.literal;
import static dev.symbolon.internal.rewrite.Graphs.log;
import static dev.symbolon.internal.rewrite.Graphs.optimized;
import static dev.symbolon.internal.rewrite.Graphs.scalar;
import static dev.symbolon.internal.rewrite.Graphs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import org.junit.jupiter.api.Test;

class SoftplusRulesTest {
    @Test
    void logOfOnePlusExpIsSoftplus() {
        Node e = exp(scalar("x"));
        Node before = log(GraphOps.add(literal(1, e), e));
        Node after = optimized(before);
        assertEquals("softplus(x)", show(after));
        assertEquals(Double.POSITIVE_INFINITY, at(before, "x", 800));
        assertEquals(800.0, at(after, "x", 800));
        assertEquals(Math.log(1 + Math.exp(0.5)), at(after, "x", 0.5), 1e-15);
    }

    @Test
    void logOfExpPlusOneIsSoftplus() {
        Node e = exp(scalar("x"));
        Node before = log(GraphOps.add(e, literal(1, e)));
        assertEquals("softplus(x)", show(optimized(before)));
    }

    @Test
    void log1pOfExpIsSoftplus() {
        Node before = GraphOps.unary(Op.LOG1P, exp(scalar("x")));
        Node after = optimized(before);
        assertEquals("softplus(x)", show(after));
        assertEquals(Double.POSITIVE_INFINITY, at(before, "x", 800));
        assertEquals(800.0, at(after, "x", 800));
    }
}
