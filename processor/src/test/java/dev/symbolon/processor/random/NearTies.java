package dev.symbolon.processor.random;

import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.runtime.NDArray;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a graph picks an index among values that are equal up to rounding: an argmax or argmin
 * whose operand has, in some group it reduces, a runner-up within float64 rounding of the winner.
 * Generated code may round the operand differently from the interpreter (SIMD functions, sums in
 * lanes), and then either index is right; the oracle does not compare such results, as the finite
 * differences skip a jump.
 */
final class NearTies {
    private static final double RELATIVE = 1e-9;

    private NearTies() {}

    static boolean in(List<Node> roots, Map<String, NDArray> inputs) {
        for (Node node : TopologicalOrder.of(roots)) {
            if ((node.op() == Op.ARGMAX || node.op() == Op.ARGMIN) && node.input(0).type().dtype().isFloat()) {
                NDArray x = Interpreter.evaluate(List.of(node.input(0)), leaf -> inputs.get(leaf.name())).get(0);
                if (hasNearTie(x, node.axes(), node.op() == Op.ARGMAX)) {
                    return true;
                }
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
