package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.at;
import static dev.symbolon.internal.rewrite.Graphs.literal;
import static dev.symbolon.internal.rewrite.Graphs.log;
import static dev.symbolon.internal.rewrite.Graphs.optimized;
import static dev.symbolon.internal.rewrite.Graphs.scalar;
import static dev.symbolon.internal.rewrite.Graphs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import org.junit.jupiter.api.Test;

class Log1pRuleTest {
    @Test
    void logOfOnePlusXIsLog1p() {
        Node x = scalar("x");
        Node before = log(GraphOps.add(literal(1, x), x));
        Node after = optimized(before);
        assertEquals("log1p(x)", show(after));
        assertEquals(0.0, at(before, "x", 1e-20));
        assertEquals(1e-20, at(after, "x", 1e-20));
    }

    @Test
    void logOfXPlusOneIsLog1p() {
        Node x = scalar("x");
        assertEquals("log1p(x)", show(optimized(log(GraphOps.add(x, literal(1, x))))));
    }
}
