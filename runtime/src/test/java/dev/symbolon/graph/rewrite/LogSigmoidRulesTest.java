package dev.symbolon.graph.rewrite;

import static dev.symbolon.graph.rewrite.Graphs.at;
import static dev.symbolon.graph.rewrite.Graphs.literal;
import static dev.symbolon.graph.rewrite.Graphs.log;
import static dev.symbolon.graph.rewrite.Graphs.logistic;
import static dev.symbolon.graph.rewrite.Graphs.optimized;
import static dev.symbolon.graph.rewrite.Graphs.scalar;
import static dev.symbolon.graph.rewrite.Graphs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.graph.GraphOps;
import dev.symbolon.graph.Node;
import dev.symbolon.graph.Op;
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
