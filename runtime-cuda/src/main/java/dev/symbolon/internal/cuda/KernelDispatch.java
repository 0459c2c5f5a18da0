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
    private int kernels;

    /** @param method the compiled method's name, for messages and the kernels' names */
    KernelDispatch(String method) {
        this.method = method;
    }

    /**
     * The device step of {@code step}; empty for a parameter or shared leaf, which the call itself
     * copies to the device. Kernels are named after the method and numbered in schedule order.
     */
    Optional<DeviceStep> step(EmissionStep step) {
        if (step instanceof FusedGroup group) {
            return Optional.of(fused(group));
        }
        Node node = ((EmissionStep.Single) step).node();
        if (node.op().isDraw()) {
            throw unsupported(node, "random draws");
        }
        return switch (node.op().kind()) {
            // a constant that fused kernels take as an immediate is dropped by the executor
            case LEAF -> node.op() == Op.CONSTANT ? Optional.of(new ConstantStep(node)) : Optional.empty();
            // a rank-0 value is not fused on the CPU, where it is a local; here it is a loop of one element
            case UNARY, UNARY_FLOAT, CAST, BINARY, COMPARISON, WHERE ->
                    Optional.of(fused(new FusedGroup(List.of(node), List.of(), Set.of(node))));
            case REDUCTION -> throw unsupported(node, "reductions");
            case LINEAR_ALGEBRA -> throw unsupported(node, "products");
            case SOFTMAX -> throw unsupported(node, "softmax");
            case SHAPE -> throw unsupported(node, "shape ops");
            case SCAN -> throw unsupported(node, "scans");
            case SUBGRAPH -> throw unsupported(node, "jacobians");
            case CONVOLUTION -> throw unsupported(node, "convolutions");
        };
    }

    private DeviceStep fused(FusedGroup group) {
        try {
            return new FusedStep(group, FusedKernelEmitter.emit(group, kernelName()));
        } catch (UnsupportedKernelException e) {
            throw refused(e.getMessage(), e);
        }
    }

    /** The next kernel's entry name: the method's name as a PTX identifier, then {@code _k<n>}. */
    private String kernelName() {
        return method.replaceAll("[^A-Za-z0-9_]", "_") + "_k" + kernels++;
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
