package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.log;
import static dev.symbolon.internal.rewrite.Graphs.logistic;
import static dev.symbolon.internal.rewrite.Graphs.optimized;
import static dev.symbolon.internal.rewrite.Graphs.scalar;
import static dev.symbolon.internal.rewrite.Graphs.show;
import static dev.symbolon.internal.rewrite.Graphs.vector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.TopologicalOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RewriterTest {
    @Test
    void graphWithoutMatchesIsReturnedAsItIs() {
        Node x = scalar("x");
        Node root = GraphOps.mul(GraphOps.unary(Op.TANH, x), x);
        assertSame(root, optimized(root));
    }

    @Test
    void replacementsTakeThePositionOfTheNodeTheyReplace() {
        SourcePosition inner = new SourcePosition("Model.java", 12);
        SourcePosition outer = new SourcePosition("Model.java", 13);
        Node x = scalar("positioned");
        Node s;
        try (var scope = SourcePosition.enter(inner)) {
            s = logistic(x);
        }
        Node before;
        try (var scope = SourcePosition.enter(outer)) {
            before = log(s);
        }
        Node after = optimized(before);
        assertEquals("neg(softplus(neg(positioned)))", show(after));
        assertEquals(outer, after.position());
        assertEquals(outer, after.input(0).position(), "softplus, built by the rule at the log");
        assertEquals(outer, after.input(0).input(0).position(), "neg(x), built by the rule at the log");
    }

    @Test
    void unchangedNodesAboveAReplacementKeepTheirPositions() {
        SourcePosition line = new SourcePosition("Model.java", 20);
        Node before;
        try (var scope = SourcePosition.enter(line)) {
            before = GraphOps.unary(Op.TANH, logistic(scalar("above")));
        }
        Node after = optimized(before);
        assertEquals("tanh(sigmoid(above))", show(after));
        for (Node n : TopologicalOrder.of(after)) {
            if (!n.isLeaf()) {
                assertEquals(line, n.position(), n.describe());
            }
        }
    }

    @Test
    void verifierNamesARuleThatChangesRank() {
        Rule bad = new Rule("exp to its sum", n -> n.op() == Op.EXP ? GraphOps.sum(n) : null);
        Node root = GraphOps.unary(Op.EXP, vector("v"));
        var e = assertThrows(IllegalStateException.class, () -> new Rewriter("test", List.of(bad)).rewrite(List.of(root)));
        assertTrue(e.getMessage().contains("'exp to its sum'"), e.getMessage());
        assertTrue(e.getMessage().contains("exp float64[?]"), e.getMessage());
        assertTrue(e.getMessage().contains("float64[]"), e.getMessage());
    }

    @Test
    void verifierCatchesAChangeOfBroadcastableDimensions() {
        Rule bad = new Rule("reshape to one", n -> n.op() == Op.EXP ? GraphOps.reshape(n.input(0), 1) : null);
        Node root = GraphOps.unary(Op.EXP, vector("v"));
        var e = assertThrows(IllegalStateException.class, () -> new Rewriter("test", List.of(bad)).rewrite(List.of(root)));
        assertTrue(e.getMessage().contains("from float64[?] to float64[1]"), e.getMessage());
    }

    @Test
    void rulesThatUndoEachOtherAreReported() {
        Rule swap = new Rule("swap operands", n -> n.op() == Op.ADD ? GraphOps.add(n.input(1), n.input(0)) : null);
        Node root = GraphOps.add(scalar("a"), scalar("b"));
        var e = assertThrows(IllegalStateException.class, () -> new Rewriter("test", List.of(swap)).rewrite(List.of(root)));
        assertTrue(e.getMessage().contains("no fixpoint") && e.getMessage().contains("swap operands"), e.getMessage());
    }

    @Test
    void traceNamesEachRuleThatFired() {
        List<String> fired = new ArrayList<>();
        Node before;
        try (var scope = SourcePosition.enter(new SourcePosition("Traced.java", 7))) {
            before = log(logistic(scalar("traced")));
        }
        new Rewriter("stabilize", List.of(SigmoidRule.RULE, LogSigmoidRules.LOG_SIGMOID), fired::add)
                .rewrite(List.of(before));
        assertEquals(List.of(
                "stabilize: 1/(1+exp(-x)) at Traced.java:7: div(1, add(1, exp(neg(traced)))) -> sigmoid(traced)",
                "stabilize: log(sigmoid x) at Traced.java:7: log(sigmoid(traced)) -> neg(softplus(neg(traced)))"),
                fired);
    }

    @Test
    void traceSystemPropertyLogsFirings() {
        List<String> logged = new ArrayList<>();
        var logger = java.util.logging.Logger.getLogger(Rewriter.class.getName());
        var handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
        System.setProperty("symbolon.rewrite.trace", "true");
        try {
            optimized(log(logistic(scalar("logged"))));
        } finally {
            System.clearProperty("symbolon.rewrite.trace");
            logger.removeHandler(handler);
            logger.setUseParentHandlers(true);
        }
        assertTrue(logged.stream().anyMatch(m -> m.startsWith("stabilize: log(sigmoid x) at ")), logged.toString());
    }

    @Test
    void rewritesEveryRootAndSharesCommonParts() {
        Node x = scalar("x");
        Node s = logistic(x);
        List<Node> after = Optimizer.optimize(List.of(s, log(s)));
        assertEquals("sigmoid(x)", show(after.get(0)));
        assertEquals("neg(softplus(neg(x)))", show(after.get(1)));
    }
}
