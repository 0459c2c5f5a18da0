package dev.symbolon.internal.cuda;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.shape.Shapes;
import java.util.List;
import java.util.Map;

/** A softmax or log-softmax over the last axis as {@link SoftmaxKernelEmitter}'s launch: a block per row. */
final class SoftmaxStep extends LaunchStep {
    private final Node softmax;

    SoftmaxStep(Node softmax, KernelLaunch launch) {
        super(List.of(softmax), List.of(launch));
        this.softmax = softmax;
    }

    @Override
    public void shapes(Map<Node, int[]> shapes) {
        shapes.put(softmax, shapes.get(softmax.input(0)).clone());
    }

    @Override
    Map<String, Long> sizes(Map<Node, int[]> shapes) {
        int[] x = shapes.get(softmax);
        long size = Shapes.size(x);
        long length = x[x.length - 1];
        return size == 0 ? null : Map.of("rows", size / length, "length", length);
    }
}
