package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.at;
import static dev.symbolon.internal.rewrite.Graphs.literal;
import static dev.symbolon.internal.rewrite.Graphs.log;
import static dev.symbolon.internal.rewrite.Graphs.logistic;
import static dev.symbolon.internal.rewrite.Graphs.optimized;
import static dev.symbolon.internal.rewrite.Graphs.scalar;
import static dev.symbolon.internal.rewrite.Graphs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import org.junit.jupiter.api.Test;

class LogSigmoidRulesTest {
    private static Node sigmoid(Node x) {
        return GraphOps.unary(Op.SIGMOID, x);
    }

    @Test
    void logOfSigmoidIsMinusSoftplusOfMinusX() {
        Node before = log(sigmoid(scalar("x")));
        Node after = optimized(before);
        assertEquals("neg(softplus(neg(x)))", show(after));
        assertEquals(Double.NEGATIVE_INFINITY, at(before, "x", -800));
        assertEquals(-800.0, at(after, "x", -800));
        assertEquals(Math.log(1 / (1 + Math.exp(-2))), at(after, "x", 2), 1e-15);
    }

    @Test
    void logOfWrittenOutLogisticBecomesSoftplus() {
        Node before = log(logistic(scalar("x")));
        Node after = optimized(before);
        assertEquals("neg(softplus(neg(x)))", show(after));
        assertEquals(Double.NEGATIVE_INFINITY, at(before, "x", -800));
        assertEquals(-800.0, at(after, "x", -800));
    }

    @Test
    void logOfOneMinusSigmoidIsMinusSoftplus() {
        Node s = sigmoid(scalar("x"));
        Node before = log(GraphOps.sub(literal(1, s), s));
        Node after = optimized(before);
        assertEquals("neg(softplus(x))", show(after));
        assertEquals(Double.NEGATIVE_INFINITY, at(before, "x", 800));
        assertEquals(-800.0, at(after, "x", 800));
    }

    @Test
    void log1pOfMinusSigmoidIsMinusSoftplus() {
        Node before = GraphOps.unary(Op.LOG1P, GraphOps.neg(sigmoid(scalar("x"))));
        Node after = optimized(before);
        assertEquals("neg(softplus(x))", show(after));
        assertEquals(Double.NEGATIVE_INFINITY, at(before, "x", 800));
        assertEquals(-800.0, at(after, "x", 800));
    }
}
