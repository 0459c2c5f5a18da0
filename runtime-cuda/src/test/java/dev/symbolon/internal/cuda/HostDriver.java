package dev.symbolon.internal.cuda;

import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Rebuild;
import dev.symbolon.internal.shape.Shapes;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link CudaDriver} in host memory, for testing the executor without a GPU: buffers are byte
 * arrays, and a launch "runs" a fused kernel by evaluating its outputs from its inputs' buffers with
 * the reference interpreter, as the kernel's contract says ({@link PtxKernel}: the count, the inputs'
 * pointers, the outputs' pointers). It records what happened, and fails a launch on request.
 */
final class HostDriver implements CudaDriver {
    final Map<Long, ByteBuffer> memory = new HashMap<>();
    final List<Long> uploads = new ArrayList<>();
    final List<String> loads = new ArrayList<>();
    final List<String> unloads = new ArrayList<>();
    final List<String> launches = new ArrayList<>();
    int allocations;
    /** A kernel whose launches fail as the driver reports an error, or null. */
    String failing;
    /** What each launch adds to every element it writes: a wrong kernel, when not 0. */
    double skew;
    private long next = 0x7f00_0000_0000L;

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
    public Loaded load(PtxKernel kernel) {
        loads.add(kernel.name());
        return () -> kernel;
    }

    @Override
    public void unload(Loaded kernel) {
        unloads.add(kernel.kernel().name());
    }

    @Override
    public void launch(Loaded loaded, int grid, int block, long... parameters) {
        PtxKernel kernel = loaded.kernel();
        if (kernel.name().equals(failing)) {
            throw new IllegalStateException("CUDA_ERROR_ILLEGAL_ADDRESS");
        }
        launches.add(kernel.name());
        int n = Math.toIntExact(parameters[0]);
        Map<Node, Node> leaves = new IdentityHashMap<>();
        Map<String, NDArray> values = new HashMap<>();
        for (int k = 0; k < kernel.inputs().size(); k++) {
            Node input = kernel.inputs().get(k);
            Node leaf = GraphOps.input("in" + k, input.type());
            leaves.put(input, leaf);
            values.put(leaf.name(), read(parameters[1 + k], input.type().dtype(), flat(input.rank(), n)));
        }
        for (int k = 0; k < kernel.outputs().size(); k++) {
            Node output = Rebuild.substitute(kernel.outputs().get(k), leaves);
            NDArray value = Interpreter.evaluate(output, values);
            if (skew != 0) {
                double[] skewed = value.toDoubleArray();
                for (int i = 0; i < skewed.length; i++) {
                    skewed[i] += skew;
                }
                value = NDArray.wrap(skewed, value.shape()).astype(value.dtype());
            }
            write(parameters[1 + kernel.inputs().size() + k], value);
        }
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
