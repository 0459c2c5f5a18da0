package dev.symbolon.internal.cuda;

import dev.symbolon.internal.executor.MethodGraph;
import dev.symbolon.internal.executor.Slot;
import dev.symbolon.internal.ir.GraphText;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Methods made of hand-built graphs, and arguments for them, for running the emitter's groups through an executor. */
final class MethodGraphs {
    private MethodGraphs() {}

    /** A method whose parameters are the graph's inputs (in topological order) and whose outputs are {@code roots}. */
    static MethodGraph ofRoots(String name, Node... roots) {
        List<Slot> parameters = TopologicalOrder.of(roots).stream().filter(n -> n.op() == Op.INPUT)
                .map(n -> new Slot(n.name(), n.type().dtype(), n.rank())).toList();
        List<Slot> outputs = new ArrayList<>();
        for (int i = 0; i < roots.length; i++) {
            outputs.add(new Slot("out" + i, roots[i].type().dtype(), roots[i].rank()));
        }
        return new MethodGraph(name, parameters, List.of(), outputs, List.of(), GraphText.write(List.of(roots)));
    }

    /** The position of {@code leaf}'s parameter. */
    static int index(MethodGraph method, Node leaf) {
        for (int i = 0; i < method.parameters().size(); i++) {
            if (method.parameters().get(i).name().equals(leaf.name())) {
                return i;
            }
        }
        throw new IllegalArgumentException(leaf.describe() + " is no parameter of " + method.method());
    }

    /**
     * Arguments of {@code n} elements per row (rank 2: three rows) with the values the ops treat
     * specially among them: signed zeros, infinities, NaN.
     */
    static List<NDArray> arguments(MethodGraph method, Random random, int n) {
        double[] specials = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 2.0, -1.5};
        List<NDArray> arguments = new ArrayList<>();
        for (Slot slot : method.parameters()) {
            int[] shape = switch (slot.rank()) {
                case 0 -> new int[0];
                case 1 -> new int[] {n};
                default -> new int[] {3, n};
            };
            int size = slot.rank() == 0 ? 1 : slot.rank() == 1 ? n : 3 * n;
            double[] v = new double[size];
            for (int i = 0; i < size; i++) {
                v[i] = slot.rank() > 0 && i % 11 == 0 ? specials[(i / 11) % specials.length] : random.nextGaussian() * 4;
            }
            NDArray value = NDArray.wrap(v, shape);
            arguments.add(slot.dtype() == DType.FLOAT64 ? value : value.astype(slot.dtype()));
        }
        return arguments;
    }
}
