package dev.symbolon.internal.cuda;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.schedule.FusedGroup;
import dev.symbolon.internal.shape.Shapes;
import java.util.List;
import java.util.Map;

/**
 * A fused group as {@link FusedKernelEmitter#launches}: one grid-stride kernel over the members'
 * elements, and one finishing block per sum or mean it accumulates. A loop of no elements launches
 * nothing, unless it accumulates: a sum of no elements is 0 and a mean NaN, which the kernels write.
 */
final class FusedStep extends LaunchStep {
    private final FusedGroup group;

    FusedStep(FusedGroup group, List<KernelLaunch> launches) {
        super(group.nodes(), launches);
        this.group = group;
    }

    @Override
    public void shapes(Map<Node, int[]> shapes) {
        for (Node member : group.members()) {
            shapes.put(member, ElementShapes.of(member, shapes));
        }
        for (Node reduction : group.reductions()) {
            shapes.put(reduction, new int[0]);
        }
    }

    @Override
    Map<String, Long> sizes(Map<Node, int[]> shapes) {
        long n = Shapes.size(shapes.get(group.members().get(0)));
        return n == 0 && group.reductions().isEmpty() ? null : Map.of("n", n);
    }
}
