package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.at;
import static dev.symbolon.internal.rewrite.Graphs.optimized;
import static dev.symbolon.internal.rewrite.Graphs.scalar;
import static dev.symbolon.internal.rewrite.Graphs.show;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** softplus and sigmoid of -|x| through exp(-|x|), which they then share, to the bit. */
class NonPositiveLogisticRulesTest {
    private static final double[] VALUES = {-0.0, 0.0, 1e-310, -1e-310, 0.5, -0.5, 3, -40, 745, -800, 1e300,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    private static Node minusAbs(Node x) {
        return GraphOps.neg(GraphOps.unary(Op.ABS, x));
    }

    @Test
    void softplusOfMinusAbsIsLog1pOfExp() {
        Node before = GraphOps.unary(Op.SOFTPLUS, minusAbs(scalar("x")));
        Node after = optimized(before);
        assertEquals("log1p(exp(neg(abs(x))))", show(after));
        for (double v : VALUES) {
            assertEquals(at(before, "x", v), at(after, "x", v), "at " + v);
        }
    }

    @Test
    void sigmoidOfMinusAbsIsExpOverOnePlusExp() {
        Node before = GraphOps.unary(Op.SIGMOID, minusAbs(scalar("x")));
        Node after = optimized(before);
        assertEquals("div(exp(neg(abs(x))), add(1, exp(neg(abs(x)))))", show(after));
        for (double v : VALUES) {
            assertEquals(at(before, "x", v), at(after, "x", v), "at " + v);
        }
    }

    @Test
    void softplusAndSigmoidOfMinusAbsShareOneExp() {
        Node u = minusAbs(scalar("x"));
        List<Node> after = Optimizer.optimize(List.of(GraphOps.unary(Op.SOFTPLUS, u), GraphOps.unary(Op.SIGMOID, u)));
        assertEquals(after.get(0).input(0), after.get(1).input(0));
        assertEquals(Op.EXP, after.get(0).input(0).op());
    }

    @Test
    void argumentThatMayBePositiveKeepsTheStableOp() {
        Node x = scalar("x");
        assertEquals("softplus(x)", show(optimized(GraphOps.unary(Op.SOFTPLUS, x))));
        assertEquals("sigmoid(neg(x))", show(optimized(GraphOps.unary(Op.SIGMOID, GraphOps.neg(x)))));
    }

    @Test
    void float32KeepsTheStableOp() {
        // the float32 kernel computes in double and rounds once; exp, add and div would each round
        Node u = minusAbs(GraphOps.input("x", Type.scalar(DType.FLOAT32)));
        assertEquals("softplus(neg(abs(x)))", show(optimized(GraphOps.unary(Op.SOFTPLUS, u))));
        assertEquals("sigmoid(neg(abs(x)))", show(optimized(GraphOps.unary(Op.SIGMOID, u))));
    }
}
