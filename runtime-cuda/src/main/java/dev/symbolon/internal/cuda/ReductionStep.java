package dev.symbolon.internal.cuda;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.shape.ShapeChecks;
import dev.symbolon.internal.shape.Shapes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A sum, mean, max, min or argmax as {@link ReductionKernelEmitter}'s launches: partials and a
 * finishing block over every element, or a block per result element over a contiguous run of axes.
 * Max, min and argmax of no elements are the CPU's error, raised on the host before anything runs.
 */
final class ReductionStep extends LaunchStep {
    private final Node reduction;

    ReductionStep(Node reduction, List<KernelLaunch> launches) {
        super(List.of(reduction), launches);
        this.reduction = reduction;
    }

    @Override
    public void shapes(Map<Node, int[]> shapes) {
        int[] x = shapes.get(reduction.input(0));
        int[] axes = reduction.axes();
        String op = reduction.op().functionName();
        String position = reduction.position().toString();
        if (reduced(x) == 0 && reduction.op() != Op.SUM && reduction.op() != Op.MEAN) {
            throw ShapeChecks.error(op, position, "cannot reduce an empty array of shape " + ShapeChecks.format(x)
                    + " over axes " + Arrays.toString(axes));
        }
        int[] result = new int[reduction.rank()];
        for (int d = 0, o = 0; d < x.length; d++) {
            boolean isReduced = Arrays.binarySearch(axes, d) >= 0;
            if (reduction.keepDims()) {
                result[o++] = isReduced ? 1 : x[d];
            } else if (!isReduced) {
                result[o++] = x[d];
            }
        }
        ShapeChecks.resultSize(op, position, result);
        shapes.put(reduction, result);
    }

    @Override
    Map<String, Long> sizes(Map<Node, int[]> shapes) {
        int[] x = shapes.get(reduction.input(0));
        int[] axes = reduction.axes();
        if (axes.length == x.length) {
            return Map.of("n", (long) Shapes.size(x));
        }
        long rows = Shapes.size(shapes.get(reduction));
        long inner = 1;
        for (int d = axes[axes.length - 1] + 1; d < x.length; d++) {
            inner *= x[d];
        }
        return rows == 0 ? null : Map.of("rows", rows, "length", reduced(x), "inner", inner);
    }

    /** The number of elements that reduce into each result element. */
    private long reduced(int[] x) {
        long count = 1;
        for (int axis : reduction.axes()) {
            count *= x[axis];
        }
        return count;
    }
}
