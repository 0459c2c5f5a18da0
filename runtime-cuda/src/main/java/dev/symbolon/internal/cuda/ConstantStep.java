package dev.symbolon.internal.cuda;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.runtime.NDArray;
import java.util.List;
import java.util.Map;

/**
 * A rank-0 constant that a kernel reads from memory or a method returns (kernels of fused loops take
 * constants as immediates instead): copied to its buffer on every call, one element.
 */
final class ConstantStep implements DeviceStep {
    private final Node constant;
    private final NDArray value;

    ConstantStep(Node constant) {
        this.constant = constant;
        NDArray scalar = constant.type().dtype().isFloat()
                ? NDArray.scalar(constant.value())
                : NDArray.scalar(constant.longValue());
        this.value = scalar.astype(constant.type().dtype());
    }

    @Override
    public String description() {
        return "constant " + constant.describe();
    }

    @Override
    public List<Node> reads() {
        return List.of();
    }

    @Override
    public List<Node> writes() {
        return List.of(constant);
    }

    @Override
    public void shapes(Map<Node, int[]> shapes) {
        shapes.put(constant, new int[0]);
    }

    @Override
    public List<KernelLaunch> launches() {
        return List.of();
    }

    @Override
    public void run(Launcher launcher, Map<Node, int[]> shapes) {
        launcher.upload(constant, value);
    }
}
