package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.at;
import static dev.symbolon.internal.rewrite.Graphs.exp;
import static dev.symbolon.internal.rewrite.Graphs.literal;
import static dev.symbolon.internal.rewrite.Graphs.optimized;
import static dev.symbolon.internal.rewrite.Graphs.scalar;
import static dev.symbolon.internal.rewrite.Graphs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import org.junit.jupiter.api.Test;

class Expm1RuleTest {
    @Test
    void expMinusOneIsExpm1() {
        Node e = exp(scalar("x"));
        Node before = GraphOps.sub(e, literal(1, e));
        Node after = optimized(before);
        assertEquals("expm1(x)", show(after));
        assertEquals(0.0, at(before, "x", 1e-20));
        assertEquals(1e-20, at(after, "x", 1e-20));
    }

    @Test
    void expPlusMinusOneIsExpm1() {
        Node e = exp(scalar("x"));
        assertEquals("expm1(x)", show(optimized(GraphOps.add(literal(-1, e), e))));
        assertEquals("expm1(x)", show(optimized(GraphOps.add(e, literal(-1, e)))));
    }
}
