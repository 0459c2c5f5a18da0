package dev.symbolon.processor.random;

import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.runtime.NDArray;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a graph decides between values that are equal up to rounding: an argmax or argmin whose
 * operand has, in some group it reduces, a runner-up within float64 rounding of the winner, or a
 * comparison of floats whose operands are that close somewhere. Generated code may round differently
 * from the interpreter on the unoptimized graph (SIMD functions, sums in lanes, a rewrite such as
 * {@code log(exp(x)) -> x}), and then either answer is right; the oracle does not compare such
 * results, as the finite differences skip a jump.
 */
final class NearTies {
    private static final double RELATIVE = 1e-9;

    private NearTies() {}

    static boolean in(List<Node> roots, Map<String, NDArray> inputs) {
        for (Node node : TopologicalOrder.of(roots)) {
            if (!node.inputs().isEmpty() && node.input(0).type().dtype().isFloat()) {
                if ((node.op() == Op.ARGMAX || node.op() == Op.ARGMIN)
                        && hasNearTie(value(node.input(0), inputs), node.axes(), node.op() == Op.ARGMAX)) {
                    return true;
                }
                if (node.op().kind() == Op.Kind.COMPARISON && nearlyEqualSomewhere(node, inputs)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static NDArray value(Node node, Map<String, NDArray> inputs) {
        return Interpreter.evaluate(List.of(node), leaf -> inputs.get(leaf.name())).get(0);
    }

    /** Whether the two operands of a comparison are within rounding of each other at some element. */
    private static boolean nearlyEqualSomewhere(Node comparison, Map<String, NDArray> inputs) {
        Node a = comparison.input(0);
        Node b = comparison.input(1);
        List<NDArray> apart;
        try (var at = SourcePosition.enter(comparison.position())) {
            apart = Interpreter.evaluate(List.of(GraphOps.sub(a, b), GraphOps.add(GraphOps.unary(Op.ABS, a),
                    GraphOps.unary(Op.ABS, b))), leaf -> inputs.get(leaf.name()));
        }
        double[] difference = apart.get(0).toDoubleArray();
        double[] magnitude = apart.get(1).toDoubleArray();
        for (int i = 0; i < difference.length; i++) {
            if (Math.abs(difference[i]) <= RELATIVE * magnitude[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some group of {@code x} over {@code axes} holds a second value within rounding of its
     * largest ({@code largest}) or smallest.
     */
    static boolean hasNearTie(NDArray x, int[] axes, boolean largest) {
        int[] shape = x.shape();
        boolean[] reduced = new boolean[shape.length];
        for (int axis : axes) {
            reduced[axis] = true;
        }
        double[] v = x.toDoubleArray();
        int[] index = new int[shape.length];
        Map<Long, List<Double>> groups = new HashMap<>();
        for (double value : v) {
            long group = 0;
            for (int d = 0; d < shape.length; d++) {
                if (!reduced[d]) {
                    group = group * shape[d] + index[d];
                }
            }
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(value);
            for (int d = shape.length - 1; d >= 0 && ++index[d] == shape[d]; d--) {
                index[d] = 0;
            }
        }
        for (List<Double> group : groups.values()) {
            double best = largest ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (double value : group) {
                best = largest ? Math.max(best, value) : Math.min(best, value);
            }
            int close = 0;
            for (double value : group) {
                if (Math.abs(value - best) <= RELATIVE * Math.abs(best)) {
                    close++;
                }
            }
            if (close > 1) {
                return true;
            }
        }
        return false;
    }
}
