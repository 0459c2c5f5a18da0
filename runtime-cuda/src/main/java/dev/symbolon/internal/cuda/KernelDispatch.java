package dev.symbolon.internal.cuda;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.schedule.EmissionStep;
import dev.symbolon.internal.schedule.FusedGroup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which device step computes each step of a method's schedule: the table of kernels, one case per
 * emitter. An op without a kernel is refused when the executor is made, before anything runs, with
 * an {@link UnsupportedOperationException} naming the op and its source line.
 */
final class KernelDispatch {
    private final String method;
    private final Map<Node, List<Node>> users = new IdentityHashMap<>();
    private final Set<Node> roots = Collections.newSetFromMap(new IdentityHashMap<>());
    private int kernels;

    /**
     * @param method the compiled method's name, for messages and the kernels' names
     * @param order the method's nodes in topological order
     * @param roots its outputs and new values
     */
    KernelDispatch(String method, List<Node> order, List<Node> roots) {
        this.method = method;
        this.roots.addAll(roots);
        for (Node node : order) {
            for (Node input : node.inputs()) {
                users.computeIfAbsent(input, k -> new ArrayList<>()).add(node);
            }
        }
    }

    /**
     * The device step of {@code step}; empty for a parameter or shared leaf, which the call itself
     * copies to the device, and for a transpose that every user reads in place. A {@code size} is
     * known on the host and copied, as a constant is. Kernels are named
     * after the method and numbered in schedule order.
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
            case REDUCTION -> {
                if (!ReductionKernelEmitter.supports(node.op())) {
                    throw unsupported(node, "reductions other than sum, mean, max, min and argmax");
                }
                yield Optional.of(emitted(() -> new ReductionStep(node, ReductionKernelEmitter.emit(node, kernelName()))));
            }
            case SOFTMAX -> Optional.of(emitted(() -> new SoftmaxStep(node, SoftmaxKernelEmitter.emit(node, kernelName()))));
            case LINEAR_ALGEBRA -> {
                if (node.op() != Op.DOT) {
                    throw unsupported(node, "linear algebra other than dot");
                }
                yield Optional.of(emitted(() -> new ProductStep(node, MatrixProductEmitter.emit(node, kernelName()))));
            }
            case SHAPE -> {
                if (node.op() == Op.SIZE) {
                    yield Optional.of(new SizeStep(node));
                }
                if (readInPlace(node)) {
                    yield Optional.empty();
                }
                throw unsupported(node, "shape and indexing ops, except a 2-d transpose that dot reads in place");
            }
            case SCAN -> throw unsupported(node, "scans");
            case SUBGRAPH -> throw unsupported(node, "jacobians");
            case CONVOLUTION -> throw unsupported(node, "convolutions");
        };
    }

    /** Whether {@code node} is a 2-d transpose that only products read, each in place from its input. */
    private boolean readInPlace(Node node) {
        if (!MatrixProductEmitter.transposed(node) || roots.contains(node)) {
            return false;
        }
        return users.getOrDefault(node, List.of()).stream().allMatch(user -> user.op() == Op.DOT);
    }

    private DeviceStep fused(FusedGroup group) {
        return emitted(() -> new FusedStep(group, FusedKernelEmitter.launches(group, kernelName())));
    }

    private DeviceStep emitted(Supplier<DeviceStep> emit) {
        try {
            return emit.get();
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
