package dev.symbolon.internal.cuda;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.schedule.EmissionStep;
import dev.symbolon.internal.schedule.FusedGroup;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which device step computes each step of a method's schedule: the table of kernels. A new emitter
 * is one case here; an op without a kernel is refused when the executor is made, before anything
 * runs, with an {@link UnsupportedOperationException} naming the op and its source line.
 */
final class KernelDispatch {
    private final String method;

    /** @param method the compiled method's name, for messages */
    KernelDispatch(String method) {
        this.method = method;
    }

    /**
     * The device step of {@code step}, its kernel named {@code kernelName}; empty for a parameter or
     * shared leaf, which the call itself copies to the device.
     */
    Optional<DeviceStep> step(EmissionStep step, String kernelName) {
        if (step instanceof FusedGroup group) {
            return Optional.of(fused(group, kernelName));
        }
        Node node = ((EmissionStep.Single) step).node();
        if (node.op().isDraw()) {
            throw unsupported(node, "random draws");
        }
        return switch (node.op().kind()) {
            case LEAF -> node.op() == Op.CONSTANT ? Optional.of(new ConstantStep(node)) : Optional.empty();
            // a rank-0 value is not fused on the CPU, where it is a local; here it is a loop of one element
            case UNARY, UNARY_FLOAT, CAST, BINARY, COMPARISON, WHERE ->
                    Optional.of(fused(new FusedGroup(List.of(node), List.of(), Set.of(node)), kernelName));
            case REDUCTION -> throw unsupported(node, "reductions");
            case LINEAR_ALGEBRA -> throw unsupported(node, "products");
            case SOFTMAX -> throw unsupported(node, "softmax");
            case SHAPE -> throw unsupported(node, "shape ops");
            case SCAN -> throw unsupported(node, "scans");
            case SUBGRAPH -> throw unsupported(node, "jacobians");
            case CONVOLUTION -> throw unsupported(node, "convolutions");
        };
    }

    private DeviceStep fused(FusedGroup group, String kernelName) {
        try {
            return new FusedStep(group, FusedKernelEmitter.emit(group, kernelName));
        } catch (UnsupportedKernelException e) {
            throw refused(e.getMessage(), e);
        }
    }

    private UnsupportedOperationException unsupported(Node node, String family) {
        return refused(node.describe() + " has no CUDA kernel yet (none for " + family + " so far)", null);
    }

    private UnsupportedOperationException refused(String problem, Throwable cause) {
        UnsupportedOperationException e = new UnsupportedOperationException("the CUDA executor cannot run " + method
                + ": " + problem + ". This model runs on the CPU only so far: construct it with Device.cpu(), or set"
                + " symbolon.device=cpu");
        e.initCause(cause);
        return e;
    }
}
