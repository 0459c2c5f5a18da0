package dev.symbolon.internal.cuda;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.runtime.NDArray;
import java.util.List;
import java.util.Map;

/**
 * A {@code size}: the element count of its operand along some axes, which the host knows from the
 * call's shapes before anything runs, copied to its one-element buffer as a constant is; the
 * operand's elements are not read.
 */
final class SizeStep implements DeviceStep {
    private final Node size;

    SizeStep(Node size) {
        this.size = size;
    }

    @Override
    public String description() {
        return "element count " + size.describe();
    }

    @Override
    public List<Node> reads() {
        return List.of();
    }

    @Override
    public List<Node> writes() {
        return List.of(size);
    }

    @Override
    public void shapes(Map<Node, int[]> shapes) {
        shapes.put(size, new int[0]);
    }

    @Override
    public List<KernelLaunch> launches() {
        return List.of();
    }

    @Override
    public void run(Launcher launcher, Map<Node, int[]> shapes) {
        int[] shape = shapes.get(size.input(0));
        double count = 1;
        for (int axis : size.axes()) {
            count *= shape[axis];
        }
        launcher.upload(size, NDArray.scalar(count).astype(size.type().dtype()));
    }
}
