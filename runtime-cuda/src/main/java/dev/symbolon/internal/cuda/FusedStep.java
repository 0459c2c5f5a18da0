package dev.symbolon.internal.cuda;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.schedule.FusedGroup;
import dev.symbolon.internal.shape.Shapes;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A fused group as one grid-stride kernel of {@link FusedKernelEmitter}: blocks of 256 threads, at
 * most eight blocks per multiprocessor (one full wave at 2048 threads each), fewer for small loops.
 */
final class FusedStep implements DeviceStep {
    static final int BLOCK = 256;
    private static final int BLOCKS_PER_MULTIPROCESSOR = 8;

    private final FusedGroup group;
    private final PtxKernel kernel;

    FusedStep(FusedGroup group, PtxKernel kernel) {
        this.group = group;
        this.kernel = kernel;
    }

    @Override
    public String description() {
        return "kernel " + kernel.name() + " (" + group.members().stream().map(Node::describe)
                .collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public List<Node> reads() {
        return kernel.inputs();
    }

    @Override
    public List<Node> writes() {
        return kernel.outputs();
    }

    @Override
    public void shapes(Map<Node, int[]> shapes) {
        for (Node member : group.members()) {
            shapes.put(member, ElementShapes.of(member, shapes));
        }
    }

    @Override
    public List<PtxKernel> kernels() {
        return List.of(kernel);
    }

    @Override
    public void run(Launcher launcher, Map<Node, int[]> shapes) {
        long n = Shapes.size(shapes.get(group.members().get(0)));
        if (n == 0) {
            return;
        }
        long[] parameters = new long[1 + kernel.inputs().size() + kernel.outputs().size()];
        int k = 0;
        parameters[k++] = n;
        for (Node input : kernel.inputs()) {
            parameters[k++] = launcher.address(input);
        }
        for (Node output : kernel.outputs()) {
            parameters[k++] = launcher.address(output);
        }
        launcher.launch(kernel, grid(n, launcher.multiprocessors()), BLOCK, parameters);
    }

    /** Enough blocks for one element per thread, at most one wave of the whole device. */
    static int grid(long elements, int multiprocessors) {
        long needed = (elements + BLOCK - 1) / BLOCK;
        return (int) Math.max(1, Math.min(needed, (long) multiprocessors * BLOCKS_PER_MULTIPROCESSOR));
    }
}
