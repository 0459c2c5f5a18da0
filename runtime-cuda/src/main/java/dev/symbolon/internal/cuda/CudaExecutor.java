package dev.symbolon.internal.cuda;

import dev.symbolon.internal.executor.Executor;
import dev.symbolon.internal.executor.MethodGraph;
import dev.symbolon.internal.executor.Results;
import dev.symbolon.internal.executor.Slot;
import dev.symbolon.internal.ir.GraphText;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.internal.random.DrawCall;
import dev.symbolon.internal.schedule.EmissionStep;
import dev.symbolon.internal.schedule.FusionPlanner;
import dev.symbolon.internal.shape.Shapes;
import dev.symbolon.runtime.NDArray;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Runs the calls of one compiled method on a CUDA device. Made once per method and compiled instance:
 * it reads the optimized graph, plans it as the CPU does ({@link FusionPlanner}) and writes the PTX of
 * every step ({@link KernelDispatch}), so that an op without a kernel is refused before anything runs.
 *
 * <p>A call computes every shape on the host first, so that a dimension error is a {@link
 * dev.symbolon.runtime.ShapeException} before anything is copied or launched; then it loads the
 * kernels (the first call only), grows the buffers that are too small, copies the arguments and shared
 * values to the device, launches the steps in schedule order, and copies the outputs and new values
 * back. The buffers stay allocated between calls.
 *
 * <p><b>Resident shared values.</b> The new value of a shared variable that the method also reads is
 * left on the device: after a call, that variable's buffer and the new value's are exchanged, and the
 * array returned for it is remembered. When the next call's shared value is that same array (the
 * generated class assigned it and nothing replaced it: a shared variable's array is never changed in
 * place), it is not copied again. A call that fails forgets every resident value.
 */
final class CudaExecutor implements Executor {
    private final MethodGraph method;
    private final CudaDriver driver;
    private final List<Node> roots;
    private final List<Node> leaves = new ArrayList<>();
    private final Map<String, Integer> parameterIndex;
    private final Map<String, Integer> sharedIndex;
    private final List<DeviceStep> steps = new ArrayList<>();
    private final Set<Node> onDevice = new LinkedHashSet<>();
    /** Per shared slot: the update root whose buffer becomes the variable's after a call, or null. */
    private final Node[] residentRoot;
    /** Per shared slot: the array whose copy the variable's buffer holds, or null. */
    private final NDArray[] resident;
    private final Node[] sharedLeaf;
    private final DeviceMemory memory;

    CudaExecutor(MethodGraph method, CudaDriver driver) {
        this.method = method;
        this.driver = driver;
        this.roots = GraphText.read(method.graph());
        this.parameterIndex = indexes(method.parameters());
        this.sharedIndex = indexes(method.shared());
        List<Node> order = TopologicalOrder.of(roots);
        KernelDispatch dispatch = new KernelDispatch(method.method(), order, roots);
        for (EmissionStep step : FusionPlanner.plan(order, roots)) {
            dispatch.step(step).ifPresent(steps::add);
        }
        Set<Node> read = new HashSet<>(roots);
        steps.forEach(step -> read.addAll(step.reads()));
        steps.removeIf(step -> step instanceof ConstantStep && !read.containsAll(step.writes()));
        for (Node node : order) {
            if (node.op() == Op.INPUT || node.op() == Op.SHARED) {
                leaves.add(node);
            }
        }
        for (DeviceStep step : steps) {
            onDevice.addAll(step.reads());
            onDevice.addAll(step.writes());
        }
        this.sharedLeaf = new Node[method.shared().size()];
        for (Node leaf : leaves) {
            if (leaf.op() == Op.SHARED) {
                sharedLeaf[sharedIndex.get(leaf.name())] = leaf;
            }
        }
        this.residentRoot = residentRoots();
        this.resident = new NDArray[method.shared().size()];
        this.memory = new DeviceMemory(this, driver);
    }

    /**
     * For each shared slot, the root of its update where that root can take over the variable's
     * buffer: a value a kernel writes, of a variable that a kernel reads too, and no other root.
     */
    private Node[] residentRoots() {
        Node[] result = new Node[method.shared().size()];
        int outputs = method.outputs().size();
        for (int j = 0; j < method.updates().size(); j++) {
            Integer slot = sharedIndex.get(method.updates().get(j).name());
            Node root = roots.get(outputs + j);
            boolean written = steps.stream().anyMatch(s -> s.writes().contains(root));
            if (slot != null && onDevice.contains(sharedLeaf[slot]) && written
                    && roots.indexOf(root) == roots.lastIndexOf(root)) {
                result[slot] = root;
            }
        }
        return result;
    }

    @Override
    public synchronized Results run(List<NDArray> arguments, List<NDArray> shared, @Nullable DrawCall draws) {
        Map<Node, int[]> shapes = shapes(arguments, shared);
        boolean succeeded = false;
        try {
            for (DeviceStep step : steps) {
                for (KernelLaunch kernel : step.launches()) {
                    load(step, kernel);
                }
            }
            for (Node node : onDevice) {
                boolean fresh = memory.ensure(node, Shapes.size(shapes.get(node)) * (long) node.type().dtype().byteSize());
                if (node.op() == Op.INPUT) {
                    upload(node, arguments.get(parameterIndex.get(node.name())));
                } else if (node.op() == Op.SHARED) {
                    int slot = sharedIndex.get(node.name());
                    NDArray value = shared.get(slot);
                    if (fresh || resident[slot] != value) {
                        resident[slot] = null;
                        upload(node, value);
                    }
                }
            }
            Launcher launcher = new Launcher();
            for (DeviceStep step : steps) {
                launcher.step = step;
                step.run(launcher, shapes);
            }
            List<NDArray> values = results(arguments, shared, shapes);
            int outputs = method.outputs().size();
            Results results = new Results(values.subList(0, outputs), values.subList(outputs, values.size()));
            keepResident(results.updates());
            succeeded = true;
            return results;
        } finally {
            if (!succeeded) {
                java.util.Arrays.fill(resident, null);
            }
        }
    }

    /** Frees the device memory and kernels now rather than when this executor becomes unreachable. */
    void release() {
        memory.release();
    }

    private Map<Node, int[]> shapes(List<NDArray> arguments, List<NDArray> shared) {
        Map<Node, int[]> shapes = new IdentityHashMap<>();
        for (Node leaf : leaves) {
            shapes.put(leaf, leafValue(leaf, arguments, shared).shape());
        }
        for (DeviceStep step : steps) {
            step.shapes(shapes);
        }
        return shapes;
    }

    private NDArray leafValue(Node leaf, List<NDArray> arguments, List<NDArray> shared) {
        return leaf.op() == Op.INPUT
                ? arguments.get(parameterIndex.get(leaf.name()))
                : shared.get(sharedIndex.get(leaf.name()));
    }

    /** Each root's value, a new array per position even where two roots are one node. */
    private List<NDArray> results(List<NDArray> arguments, List<NDArray> shared, Map<Node, int[]> shapes) {
        List<NDArray> values = new ArrayList<>(roots.size());
        Map<Node, NDArray> downloaded = new IdentityHashMap<>();
        for (Node root : roots) {
            NDArray value;
            if (root.op() == Op.INPUT || root.op() == Op.SHARED) {
                value = leafValue(root, arguments, shared).copy();
            } else if (downloaded.containsKey(root)) {
                value = downloaded.get(root).copy();
            } else {
                value = download(root, shapes.get(root));
                downloaded.put(root, value);
            }
            values.add(value);
        }
        return values;
    }

    private void keepResident(List<NDArray> updates) {
        int outputs = method.outputs().size();
        for (int slot = 0; slot < residentRoot.length; slot++) {
            Node root = residentRoot[slot];
            if (root != null) {
                memory.swap(sharedLeaf[slot], root);
                resident[slot] = updates.get(roots.subList(outputs, roots.size()).indexOf(root));
            }
        }
    }

    private void load(DeviceStep step, KernelLaunch kernel) {
        try {
            memory.load(kernel);
        } catch (RuntimeException e) {
            throw new KernelFailure(method.method() + ": the CUDA driver could not load " + step.description()
                    + ": " + e.getMessage(), e);
        }
    }

    private void upload(Node leaf, NDArray value) {
        try {
            driver.upload(memory.address(leaf), value);
        } catch (RuntimeException e) {
            throw new KernelFailure(method.method() + ": copying " + leaf.describe() + " to the GPU failed: "
                    + e.getMessage(), e);
        }
    }

    private NDArray download(Node root, int[] shape) {
        try {
            return driver.download(memory.address(root), root.type().dtype(), shape);
        } catch (RuntimeException e) {
            // launches are asynchronous: a kernel's failure shows at the first copy after it
            throw new KernelFailure(method.method() + ": copying " + root.describe() + " back from the GPU failed: "
                    + e.getMessage() + "; an error of a kernel shows at this copy, so it may come from "
                    + steps.stream().map(DeviceStep::description).collect(Collectors.joining("; ")), e);
        }
    }

    private static Map<String, Integer> indexes(List<Slot> slots) {
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            indexes.put(slots.get(i).name(), i);
        }
        return indexes;
    }

    /** The device as the current step sees it, with failures named after that step. */
    private final class Launcher implements DeviceStep.Launcher {
        DeviceStep step;

        @Override
        public long address(Node node) {
            return memory.address(node);
        }

        @Override
        public long scratch(String name, long bytes) {
            return memory.scratch(name, bytes);
        }

        @Override
        public int multiprocessors() {
            return driver.multiprocessors();
        }

        @Override
        public void launch(KernelLaunch kernel, int gridX, int gridY, long... parameters) {
            try {
                driver.launch(memory.load(kernel), gridX, gridY, parameters);
            } catch (RuntimeException e) {
                throw new KernelFailure(method.method() + ": launching " + step.description() + " failed: "
                        + e.getMessage(), e);
            }
        }

        @Override
        public void upload(Node node, NDArray value) {
            CudaExecutor.this.upload(node, value);
        }
    }
}
