package dev.symbolon.internal.cuda;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.internal.schedule.FusedGroup;
import dev.symbolon.internal.schedule.FusionPlanner;
import dev.symbolon.runtime.DType;
import java.util.List;

/** Graphs whose roots the fusion planner puts in one group, as the tests' kernels. */
final class Groups {
    private Groups() {
    }

    /** The one fused group computing {@code roots}. */
    static FusedGroup of(Node... roots) {
        List<FusedGroup> groups = FusionPlanner.plan(TopologicalOrder.of(roots), List.of(roots)).stream()
                .filter(FusedGroup.class::isInstance).map(FusedGroup.class::cast).toList();
        if (groups.size() != 1) {
            throw new IllegalStateException("expected one fused group, planned " + groups);
        }
        return groups.get(0);
    }

    /** (x - 0.5 * y) / s, and |x| + s*s materialized too: two outputs, a constant, a scalar operand. */
    static Node[] arithmeticF64() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 1));
        Node y = GraphOps.input("y", Type.of(DType.FLOAT64, 1));
        Node s = GraphOps.input("s", Type.scalar(DType.FLOAT64));
        Node q = GraphOps.div(GraphOps.sub(x, GraphOps.mul(GraphOps.constant(0.5, DType.FLOAT64), y)), s);
        Node r = GraphOps.add(GraphOps.unary(Op.ABS, x), GraphOps.mul(s, s));
        return new Node[] {q, GraphOps.neg(GraphOps.mul(q, r))};
    }

    /** max(sqrt(a), min(b, 2)) * sign(a - b) and its square in float32, on matrices. */
    static Node[] extremaF32() {
        Node a = GraphOps.input("a", Type.of(DType.FLOAT32, 2));
        Node b = GraphOps.input("b", Type.of(DType.FLOAT32, 2));
        Node m = GraphOps.binary(Op.MAXIMUM, GraphOps.unary(Op.SQRT, a),
                GraphOps.binary(Op.MINIMUM, b, GraphOps.constant(2.0, DType.FLOAT32)));
        Node v = GraphOps.mul(m, GraphOps.unary(Op.SIGN, GraphOps.sub(a, b)));
        return new Node[] {GraphOps.unary(Op.SQUARE, v)};
    }

    /** A float32 vector widened to float64 and added to a float64 one, narrowed back: both casts. */
    static Node[] castsBetweenWidths() {
        Node f = GraphOps.input("f", Type.of(DType.FLOAT32, 1));
        Node d = GraphOps.input("d", Type.of(DType.FLOAT64, 1));
        Node sum = GraphOps.add(GraphOps.cast(f, DType.FLOAT64), d);
        return new Node[] {sum, GraphOps.cast(sum, DType.FLOAT32)};
    }

    /** A scalar broadcast to a vector's shape, as the planner fuses it: a member whose element is the scalar. */
    static Node[] scalarBroadcast() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 1));
        Node s = GraphOps.input("s", Type.scalar(DType.FLOAT64));
        return new Node[] {GraphOps.sub(x, GraphOps.broadcastLike(s, x))};
    }

    /**
     * Every transcendental op with a sequence on float64 vectors, two outputs. Only products and
     * well-conditioned compositions (log of at least 2), so that each element's relative error stays
     * the sum of the ops' few ulp and a relative comparison holds everywhere.
     */
    static Node[] transcendentalF64() {
        return transcendentals(GraphOps.input("x", Type.of(DType.FLOAT64, 1)), true);
    }

    /** The same on float32 matrices, without expm1 and log1p. */
    static Node[] transcendentalF32() {
        return transcendentals(GraphOps.input("a", Type.of(DType.FLOAT32, 2)), false);
    }

    private static Node[] transcendentals(Node x, boolean all) {
        DType dtype = x.type().dtype();
        Node p = GraphOps.unary(Op.SOFTPLUS, x);
        Node q = GraphOps.unary(Op.LOG, GraphOps.add(p, GraphOps.constant(2.0, dtype)));
        Node ts = GraphOps.mul(GraphOps.unary(Op.TANH, x), GraphOps.unary(Op.SIGMOID, x));
        Node e = GraphOps.unary(Op.EXP, x);
        // the second output multiplies the first, which keeps the planner from splitting the group
        Node first = GraphOps.mul(ts, q);
        if (!all) {
            return new Node[] {first, GraphOps.mul(e, first)};
        }
        first = GraphOps.mul(first, GraphOps.unary(Op.LOG1P, p));
        return new Node[] {first, GraphOps.mul(GraphOps.mul(e, GraphOps.unary(Op.EXPM1, x)), first)};
    }

    /** sum(x·y) and mean(x·y + x) of float64 vectors, accumulated in the loop that computes x·y. */
    static Node[] sumAndMeanF64() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 1));
        Node y = GraphOps.input("y", Type.of(DType.FLOAT64, 1));
        Node product = GraphOps.mul(x, y);
        return new Node[] {GraphOps.sum(product), GraphOps.reduce(Op.MEAN, GraphOps.add(product, x), false), product};
    }

    /** sum(a) of a float32 input beside exp(a): the sum reads an input of the loop, not a member. */
    static Node[] sumOfInputF32() {
        Node a = GraphOps.input("a", Type.of(DType.FLOAT32, 1));
        return new Node[] {GraphOps.unary(Op.EXP, a), GraphOps.sum(a)};
    }
}
