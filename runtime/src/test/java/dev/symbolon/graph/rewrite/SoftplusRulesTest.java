package dev.symbolon.graph.rewrite;

import static dev.symbolon.graph.rewrite.Graphs.at;
import static dev.symbolon.graph.rewrite.Graphs.exp;
import static dev.symbolon.graph.rewrite.Graphs.literal;
import static dev.symbolon.graph.rewrite.Graphs.log;
import static dev.symbolon.graph.rewrite.Graphs.optimized;
import static dev.symbolon.graph.rewrite.Graphs.scalar;
import static dev.symbolon.graph.rewrite.Graphs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.graph.GraphOps;
import dev.symbolon.graph.Node;
import dev.symbolon.graph.Op;
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
