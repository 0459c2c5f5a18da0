package dev.symbolon.internal.cuda;

import dev.symbolon.internal.cuda.KernelLaunch.Argument;
import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.Rebuild;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.internal.schedule.FusionPlanner;
import dev.symbolon.internal.shape.Shapes;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link CudaDriver} in host memory, for testing the executor without a GPU: buffers are byte
 * arrays, and a launch "runs" a kernel as its {@link KernelLaunch} contract says, reading its
 * arguments from the parameters in order: a loop evaluates its outputs from its inputs' buffers with
 * the reference interpreter and leaves each block's partial result in scratch as the grid-stride loop
 * would divide the elements among {@code gridX} blocks; a finishing block combines the partials; a
 * per-row reduction, softmax or product reads its inputs in the shapes its sizes give and evaluates
 * the op with the interpreter. Grids must follow the launch's rule, block threads are the kernel's,
 * every access must fit its allocation, and a finishing block must read exactly as many partials as
 * the last partials launch wrote. It records what happened, and fails a launch on request.
 */
final class HostDriver implements CudaDriver {
    final Map<Long, ByteBuffer> memory = new HashMap<>();
    final List<Long> uploads = new ArrayList<>();
    final List<String> loads = new ArrayList<>();
    final List<String> unloads = new ArrayList<>();
    final List<String> launches = new ArrayList<>();
    /** Per launch: its entry and grid, as {@code entry gridX x gridY}. */
    final List<String> grids = new ArrayList<>();
    int allocations;
    /** A kernel whose launches fail as the driver reports an error, or null. */
    String failing;
    /** What each launch adds to every element it writes: a wrong kernel, when not 0. */
    double skew;
    private long next = 0x7f00_0000_0000L;
    /** Per scratch buffer: how many partials the last launch that filled it wrote. */
    private final Map<Long, Integer> partialsIn = new HashMap<>();

    @Override
    public String name() {
        return "host memory";
    }

    @Override
    public int multiprocessors() {
        return 2;
    }

    @Override
    public long allocate(long bytes) {
        long address = next;
        next += (bytes + 255) / 256 * 256;
        memory.put(address, ByteBuffer.allocate(Math.toIntExact(bytes)).order(ByteOrder.LITTLE_ENDIAN));
        allocations++;
        return address;
    }

    @Override
    public void free(long address) {
        if (memory.remove(address) == null) {
            throw new IllegalStateException("freed twice or never allocated: " + Long.toHexString(address));
        }
        partialsIn.remove(address);
    }

    @Override
    public void upload(long address, NDArray value) {
        uploads.add(address);
        write(address, value);
    }

    @Override
    public NDArray download(long address, DType dtype, int[] shape) {
        return read(address, dtype, shape);
    }

    @Override
    public Loaded load(KernelLaunch kernel) {
        loads.add(kernel.entry());
        return () -> kernel;
    }

    @Override
    public void unload(Loaded kernel) {
        unloads.add(kernel.kernel().entry());
    }

    @Override
    public void launch(Loaded loaded, int gridX, int gridY, long... parameters) {
        KernelLaunch kernel = loaded.kernel();
        if (kernel.entry().equals(failing)) {
            throw new IllegalStateException("CUDA_ERROR_ILLEGAL_ADDRESS");
        }
        launches.add(kernel.entry());
        grids.add(kernel.entry() + " " + gridX + " x " + gridY);
        Bound bound = new Bound(kernel, parameters);
        requireGrid(kernel, bound, gridX, gridY);
        Node output = bound.outputs.isEmpty() ? null : bound.outputs.keySet().iterator().next();
        if (output != null && output.op() == Op.DOT) {
            product(kernel, bound, output);
        } else if (output != null && output.op().kind() == Op.Kind.SOFTMAX) {
            int rows = bound.size("rows");
            int length = bound.size("length");
            Node x = GraphOps.input("x", Type.of(output.input(0).type().dtype(), 2));
            NDArray value = Interpreter.evaluate(GraphOps.softmax(output.op(), x),
                    Map.of("x", read(bound.inputs.values().iterator().next(), x.type().dtype(), new int[] {rows, length})));
            writeOutput(bound.outputs.get(output), value);
        } else if (kernel.grid() == KernelLaunch.Grid.PER_ROW) {
            reduceRows(bound, output);
        } else if (kernel.grid() == KernelLaunch.Grid.ONE_BLOCK) {
            finish(bound, output);
        } else {
            loop(kernel, bound, gridX);
        }
    }

    /** A launch's parameters by argument: sizes by name, inputs and outputs by node, scratch by name. */
    private static final class Bound {
        final Map<String, Long> sizes = new HashMap<>();
        final Map<Node, Long> inputs = new LinkedHashMap<>();
        final Map<Node, Long> outputs = new LinkedHashMap<>();
        final Map<String, Long> scratch = new LinkedHashMap<>();
        final Map<String, Node> scratchOf = new HashMap<>();

        Bound(KernelLaunch kernel, long[] parameters) {
            if (parameters.length != kernel.arguments().size()) {
                throw new IllegalStateException(kernel.entry() + " takes " + kernel.arguments().size()
                        + " parameters, given " + parameters.length);
            }
            for (int i = 0; i < parameters.length; i++) {
                Argument argument = kernel.arguments().get(i);
                switch (argument.kind()) {
                    case SIZE -> sizes.put(argument.name(), parameters[i]);
                    case INPUT -> inputs.put(argument.node(), parameters[i]);
                    case OUTPUT -> outputs.put(argument.node(), parameters[i]);
                    case SCRATCH -> {
                        scratch.put(argument.name(), parameters[i]);
                        scratchOf.put(argument.name(), argument.node());
                    }
                }
            }
        }

        int size(String name) {
            Long value = sizes.get(name);
            if (value == null) {
                throw new IllegalStateException("no size " + name + " among " + sizes.keySet());
            }
            return Math.toIntExact(value);
        }
    }

    private static void requireGrid(KernelLaunch kernel, Bound bound, int gridX, int gridY) {
        int[] expected = switch (kernel.grid()) {
            case STRIDED -> new int[] {Math.max(1, gridX), 1};
            case ONE_BLOCK -> new int[] {1, 1};
            case PER_ROW -> new int[] {bound.size("rows"), 1};
            case TILES -> new int[] {(bound.size("n") + 31) / 32, (bound.size("m") + 31) / 32};
        };
        if (gridX != expected[0] || gridY != expected[1] || gridX < 1) {
            throw new IllegalStateException(kernel.entry() + " (" + kernel.grid() + ") launched on " + gridX + " x "
                    + gridY + " blocks, not " + expected[0] + " x " + expected[1]);
        }
    }

    /**
     * A grid-stride loop: its outputs from its inputs (a value of rank r over n elements read as
     * shape [1, ..., 1, n]), and per scratch buffer the partial of each block for the reduction it
     * names, over the elements that block's threads visit.
     */
    private void loop(KernelLaunch kernel, Bound bound, int blocks) {
        int n = bound.size("n");
        Map<Node, Node> leaves = new IdentityHashMap<>();
        Map<String, NDArray> values = new HashMap<>();
        int k = 0;
        for (Map.Entry<Node, Long> input : bound.inputs.entrySet()) {
            Node leaf = GraphOps.input("in" + k++, input.getKey().type());
            leaves.put(input.getKey(), leaf);
            values.put(leaf.name(), read(input.getValue(), input.getKey().type().dtype(), flat(input.getKey().rank(), n)));
        }
        List<Node> computed = new ArrayList<>(bound.outputs.keySet());
        bound.scratchOf.values().forEach(reduction -> computed.add(reduction.input(0)));
        for (Node model : shapeModels(computed, bound.inputs.keySet())) {
            // a broadcast scalar's model gives the loop's shape only: the kernel reads none of its elements
            Node leaf = GraphOps.input("shape" + k++, model.type());
            leaves.put(model, leaf);
            values.put(leaf.name(), NDArray.zeros(model.type().dtype(), flat(model.rank(), n)));
        }
        for (Map.Entry<Node, Long> output : bound.outputs.entrySet()) {
            writeOutput(output.getValue(), Interpreter.evaluate(Rebuild.substitute(output.getKey(), leaves), values));
        }
        for (Map.Entry<String, Long> scratch : bound.scratch.entrySet()) {
            Node reduction = bound.scratchOf.get(scratch.getKey());
            double[] x = Interpreter.evaluate(Rebuild.substitute(reduction.input(0), leaves), values).toDoubleArray();
            Partial[] partials = new Partial[blocks];
            Arrays.setAll(partials, b -> Partial.identity(reduction.op()));
            for (int i = 0; i < x.length; i++) {
                int block = (int) (i % ((long) blocks * kernel.blockThreads()) / kernel.blockThreads());
                partials[block] = partials[block].with(reduction.op(), x[i], i);
            }
            ByteBuffer buffer = buffer(scratch.getValue(), blocks * 8L);
            boolean indices = scratch.getKey().startsWith("indices");
            for (int b = 0; b < blocks; b++) {
                if (indices) {
                    buffer.putLong(b * 8, partials[b].index);
                } else {
                    buffer.putDouble(b * 8, partials[b].value);
                }
            }
            partialsIn.put(scratch.getValue(), blocks);
        }
    }

    /**
     * The models of the scalar broadcasts that the loop computes, where the loop neither reads nor
     * computes the model itself: values whose elements the kernel never touches.
     */
    private static List<Node> shapeModels(List<Node> computed, java.util.Set<Node> inputs) {
        java.util.Set<Node> values = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> broadcasts = new ArrayList<>();
        java.util.ArrayDeque<Node> pending = new java.util.ArrayDeque<>(computed);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (inputs.contains(node) || !values.add(node)) {
                continue;
            }
            if (FusionPlanner.isScalarBroadcast(node)) {
                broadcasts.add(node);
                pending.push(node.input(0));
            } else {
                node.inputs().forEach(pending::push);
            }
        }
        List<Node> models = new ArrayList<>();
        for (Node broadcast : broadcasts) {
            Node model = broadcast.input(1);
            if (!inputs.contains(model) && !values.contains(model) && !models.contains(model)) {
                models.add(model);
            }
        }
        return models;
    }

    /** One block over the partials in scratch: the reduction's one element (a mean divided by n). */
    private void finish(Bound bound, Node reduction) {
        int count = bound.size("partials");
        Partial total = Partial.identity(reduction.op());
        Long values = bound.scratch.values().iterator().next();
        Long indices = bound.scratch.get("indices");
        for (Long address : bound.scratch.values()) {
            Integer written = partialsIn.get(address);
            if (written == null || written != count) {
                throw new IllegalStateException("a finishing block reads " + count + " partials where the last launch"
                        + " left " + written);
            }
        }
        ByteBuffer partials = buffer(values, count * 8L);
        for (int b = 0; b < count; b++) {
            long index = indices == null ? b : buffer(indices, count * 8L).getLong(b * 8);
            total = total.with(reduction.op(), partials.getDouble(b * 8), index);
        }
        NDArray value = switch (reduction.op()) {
            case ARGMAX -> NDArray.scalar(total.index);
            case MEAN -> NDArray.scalar(total.value / bound.size("n")).astype(reduction.type().dtype());
            default -> NDArray.scalar(total.value).astype(reduction.type().dtype());
        };
        writeOutput(bound.outputs.get(reduction), value);
    }

    /** A block per result element: x read as [rows / inner, length, inner], reduced over the middle axis. */
    private void reduceRows(Bound bound, Node reduction) {
        int rows = bound.size("rows");
        int length = bound.size("length");
        int inner = bound.size("inner");
        if (inner < 1 || rows % inner != 0) {
            throw new IllegalStateException(rows + " rows are no multiple of inner " + inner);
        }
        DType dtype = reduction.input(0).type().dtype();
        Node x = GraphOps.input("x", Type.of(dtype, 3));
        NDArray value = read(bound.inputs.values().iterator().next(), dtype, new int[] {rows / inner, length, inner});
        writeOutput(bound.outputs.get(reduction), Interpreter.evaluate(GraphOps.reduce(reduction.op(), x, false, 1),
                Map.of("x", value)));
    }

    /** A dot with its operands read in the shapes the kernel's sizes give, transposes in place. */
    private void product(KernelLaunch kernel, Bound bound, Node dot) {
        List<Node> stored = new ArrayList<>(bound.inputs.keySet());
        int k = bound.size("k");
        List<int[]> shapes = switch (kernel.grid()) {
            case PER_ROW -> List.of(stored.get(0).rank() == 2 ? new int[] {bound.size("rows"), k} : new int[] {k},
                    new int[] {k});
            case STRIDED -> List.of(new int[] {k}, new int[] {k, bound.size("n")});
            case TILES -> List.of(
                    MatrixProductEmitter.transposed(dot.input(0)) ? new int[] {k, bound.size("m")} : new int[] {bound.size("m"), k},
                    MatrixProductEmitter.transposed(dot.input(1)) ? new int[] {bound.size("n"), k} : new int[] {k, bound.size("n")});
            case ONE_BLOCK -> throw new IllegalStateException("no product runs on one block");
        };
        if (kernel.grid() == KernelLaunch.Grid.PER_ROW && stored.get(0).rank() == 1 && bound.size("rows") != 1) {
            throw new IllegalStateException("a vector dot is one row, not " + bound.size("rows"));
        }
        Map<Node, Node> leaves = new IdentityHashMap<>();
        Map<String, NDArray> values = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            Node leaf = GraphOps.input("in" + i, stored.get(i).type());
            leaves.put(stored.get(i), leaf);
            values.put(leaf.name(), read(bound.inputs.get(stored.get(i)), stored.get(i).type().dtype(), shapes.get(i)));
        }
        writeOutput(bound.outputs.get(dot), Interpreter.evaluate(Rebuild.substitute(dot, leaves), values));
    }

    /** A block's state: a sum, an extremum, or argmax's value and first position (NaN the maximum). */
    private record Partial(double value, long index) {
        static Partial identity(Op op) {
            return switch (op) {
                case SUM, MEAN -> new Partial(0, 0);
                case MAX, ARGMAX -> new Partial(Double.NEGATIVE_INFINITY, Long.MAX_VALUE);
                case MIN -> new Partial(Double.POSITIVE_INFINITY, 0);
                default -> throw new IllegalArgumentException(op + " has no kernel");
            };
        }

        Partial with(Op op, double x, long at) {
            return switch (op) {
                case SUM, MEAN -> new Partial(value + x, 0);
                case MAX -> new Partial(Math.max(value, x), 0);
                case MIN -> new Partial(Math.min(value, x), 0);
                case ARGMAX -> beats(x, at) ? new Partial(x, at) : this;
                default -> throw new IllegalArgumentException(op + " has no kernel");
            };
        }

        private boolean beats(double x, long at) {
            boolean xNaN = Double.isNaN(x);
            boolean mineNaN = Double.isNaN(value);
            if (xNaN != mineNaN) {
                return xNaN;
            }
            return x > value || (x == value || xNaN) && at < index;
        }
    }

    private void writeOutput(long address, NDArray value) {
        if (skew != 0) {
            double[] skewed = value.toDoubleArray();
            for (int i = 0; i < skewed.length; i++) {
                skewed[i] += skew;
            }
            value = NDArray.wrap(skewed, value.shape()).astype(value.dtype());
        }
        write(address, value);
    }

    /** A kernel's loop is flat: a value of rank r over n elements is read as shape [1, ..., 1, n]. */
    private static int[] flat(int rank, int n) {
        int[] shape = new int[rank];
        Arrays.fill(shape, 1);
        if (rank > 0) {
            shape[rank - 1] = n;
        }
        return shape;
    }

    private void write(long address, NDArray value) {
        ByteBuffer buffer = buffer(address, (long) value.size() * value.dtype().byteSize());
        buffer.clear();
        switch (value.dtype()) {
            case FLOAT64 -> Arrays.stream(value.toDoubleArray()).forEach(buffer::putDouble);
            case FLOAT32 -> {
                for (float f : value.toFloatArray()) {
                    buffer.putFloat(f);
                }
            }
            case INT32 -> Arrays.stream(value.toIntArray()).forEach(buffer::putInt);
            case INT64 -> Arrays.stream(value.toLongArray()).forEach(buffer::putLong);
            case BOOL -> {
                for (boolean b : value.toBooleanArray()) {
                    buffer.put((byte) (b ? 1 : 0));
                }
            }
        }
    }

    private NDArray read(long address, DType dtype, int[] shape) {
        int size = Shapes.size(shape);
        ByteBuffer buffer = buffer(address, (long) size * dtype.byteSize());
        buffer.clear();
        return switch (dtype) {
            case FLOAT64 -> {
                double[] data = new double[size];
                buffer.asDoubleBuffer().get(data);
                yield NDArray.wrap(data, shape);
            }
            case FLOAT32 -> {
                float[] data = new float[size];
                buffer.asFloatBuffer().get(data);
                yield NDArray.wrap(data, shape);
            }
            case INT32 -> {
                int[] data = new int[size];
                buffer.asIntBuffer().get(data);
                yield NDArray.wrap(data, shape);
            }
            case INT64 -> {
                long[] data = new long[size];
                buffer.asLongBuffer().get(data);
                yield NDArray.wrap(data, shape);
            }
            case BOOL -> {
                boolean[] data = new boolean[size];
                for (int i = 0; i < size; i++) {
                    data[i] = buffer.get(i) != 0;
                }
                yield NDArray.wrap(data, shape);
            }
        };
    }

    /** The allocation at {@code address}, which must hold {@code bytes}, as a device would fault otherwise. */
    private ByteBuffer buffer(long address, long bytes) {
        ByteBuffer buffer = memory.get(address);
        if (buffer == null || buffer.capacity() < bytes) {
            throw new IllegalStateException("access of " + bytes + " bytes at " + Long.toHexString(address)
                    + (buffer == null ? ", which is not allocated" : ", which holds " + buffer.capacity()));
        }
        return buffer;
    }
}
