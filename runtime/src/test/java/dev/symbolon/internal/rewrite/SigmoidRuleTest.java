package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.at;
import static dev.symbolon.internal.rewrite.Graphs.exp;
import static dev.symbolon.internal.rewrite.Graphs.literal;
import static dev.symbolon.internal.rewrite.Graphs.logistic;
import static dev.symbolon.internal.rewrite.Graphs.optimized;
import static dev.symbolon.internal.rewrite.Graphs.scalar;
import static dev.symbolon.internal.rewrite.Graphs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import org.junit.jupiter.api.Test;

class SigmoidRuleTest {
    @Test
    void logisticWrittenOutBecomesSigmoid() {
        Node before = logistic(scalar("x"));
        assertEquals("div(1, add(1, exp(neg(x))))", show(before));
        Node after = optimized(before);
        assertEquals("sigmoid(x)", show(after));
        assertEquals(before.type(), after.type());
        // exp(720) overflows, so the written-out form loses the tiny positive value
        assertEquals(0.0, at(before, "x", -720));
        assertTrue(at(after, "x", -720) > 0);
        assertEquals(Math.exp(-720), at(after, "x", -720), 1e-320);
    }

    @Test
    void matchesEitherOperandOrderOfTheSum() {
        Node x = scalar("x");
        Node e = exp(GraphOps.neg(x));
        Node before = GraphOps.div(literal(1, e), GraphOps.add(e, literal(1, e)));
        assertEquals("sigmoid(x)", show(optimized(before)));
    }

    @Test
    void positiveExponentGivesSigmoidOfTheNegation() {
        Node x = scalar("x");
        Node e = exp(x);
        Node before = GraphOps.div(literal(1, e), GraphOps.add(literal(1, e), e));
        assertEquals("sigmoid(neg(x))", show(optimized(before)));
        assertEquals(1 / (1 + Math.exp(3)), at(optimized(before), "x", 3), 1e-16);
    }

    @Test
    void zeroMinusXIsNegationToo() {
        Node x = scalar("x");
        Node e = exp(GraphOps.sub(literal(0, x), x));
        Node before = GraphOps.div(literal(1, e), GraphOps.add(literal(1, e), e));
        assertEquals("sigmoid(x)", show(optimized(before)));
    }

    @Test
    void keepsFloat32() {
        Node x = GraphOps.input("x", Type.scalar(DType.FLOAT32));
        Node before = logistic(x);
        Node after = optimized(before);
        assertEquals("sigmoid(x)", show(after));
        assertEquals(Type.scalar(DType.FLOAT32), after.type());
    }

    @Test
    void integerOperandIsCastAfterNegation() {
        Node i = GraphOps.input("i", Type.scalar(DType.INT32));
        Node before = logistic(i);
        assertEquals("div(1, add(1, exp(cast<float64>(neg(i)))))", show(before));
        Node after = optimized(before);
        assertEquals("sigmoid(cast<float64>(i))", show(after));
        assertEquals(before.type(), after.type());
    }
}
