package dev.symbolon.internal.cuda;

import static jcuda.driver.JCudaDriver.cuCtxCreate;
import static jcuda.driver.JCudaDriver.cuCtxSynchronize;
import static jcuda.driver.JCudaDriver.cuDeviceGet;
import static jcuda.driver.JCudaDriver.cuDeviceGetCount;
import static jcuda.driver.JCudaDriver.cuInit;
import static jcuda.driver.JCudaDriver.cuLaunchKernel;
import static jcuda.driver.JCudaDriver.cuMemAlloc;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoH;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoD;
import static jcuda.driver.JCudaDriver.cuModuleGetFunction;
import static jcuda.driver.JCudaDriver.cuModuleLoadData;
import static jcuda.driver.JCudaDriver.cuModuleUnload;

import dev.symbolon.internal.cuda.KernelLaunch.Argument;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import jcuda.CudaException;
import jcuda.Pointer;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import jcuda.driver.JCudaDriver;

/**
 * Runs a list of {@link KernelLaunch}es on the first CUDA device as their contract says, for the GPU
 * tests: binds inputs and outputs by node, sizes by name, allocates the scratch buffers, picks grids.
 * {@link #absence()} says why there is no device (JCuda's natives need libcuda; cuInit needs a GPU).
 */
final class KernelRunner {
    /** Blocks of a STRIDED launch at most: few enough that every thread strides over several elements. */
    private static final long STRIDED_BLOCKS = 24;
    private static CUcontext context;
    private static String absence;
    private static boolean probed;

    private KernelRunner() {
    }

    /** Null where a device is present, else the reason to skip. */
    static synchronized String absence() {
        if (!probed) {
            probed = true;
            try {
                JCudaDriver.setExceptionsEnabled(true);
                cuInit(0);
                int[] count = new int[1];
                cuDeviceGetCount(count);
                if (count[0] == 0) {
                    absence = "the CUDA driver reports no device: kernel not run";
                } else {
                    CUdevice device = new CUdevice();
                    cuDeviceGet(device, 0);
                    CUcontext created = new CUcontext();
                    cuCtxCreate(created, 0, device);
                    context = created;
                }
            } catch (LinkageError | CudaException e) {
                absence = "no CUDA driver or device here (" + e.getClass().getSimpleName() + "): kernel not run";
            }
        }
        return absence;
    }

    /**
     * Runs {@code launches} in order and returns each OUTPUT node's array (shapes from {@code shapes}):
     * inputs from {@code values}, SIZE arguments from {@code sizes}, plus {@code partials}, which this
     * runner sets to the block count it gives the first STRIDED launch.
     */
    static Map<Node, NDArray> run(List<KernelLaunch> launches, Map<Node, NDArray> values, Map<String, Long> sizes,
            Map<Node, int[]> shapes) {
        Map<String, Long> all = new HashMap<>(sizes);
        List<CUdeviceptr> buffers = new ArrayList<>();
        List<CUmodule> modules = new ArrayList<>();
        Map<Node, CUdeviceptr> arrays = new IdentityHashMap<>();
        Map<String, CUdeviceptr> scratch = new HashMap<>();
        try {
            for (KernelLaunch launch : launches) {
                long[] grid = grid(launch, all);
                all.putIfAbsent("partials", grid[0]);
                List<Pointer> parameters = new ArrayList<>();
                for (Argument argument : launch.arguments()) {
                    parameters.add(switch (argument.kind()) {
                        case SIZE -> Pointer.to(new long[] {require(all, argument.name())});
                        case INPUT -> Pointer.to(arrays.computeIfAbsent(argument.node(),
                                node -> upload(buffers, values.get(node))));
                        case OUTPUT -> Pointer.to(arrays.computeIfAbsent(argument.node(),
                                node -> allocate(buffers, elements(shapes.get(node)) * 8L)));
                        case SCRATCH -> Pointer.to(scratch.computeIfAbsent(argument.name(),
                                name -> allocate(buffers, require(all, "partials") * 8L)));
                    });
                }
                CUmodule module = new CUmodule();
                cuModuleLoadData(module, launch.text());
                modules.add(module);
                CUfunction function = new CUfunction();
                cuModuleGetFunction(function, module, launch.entry());
                cuLaunchKernel(function, (int) grid[0], (int) grid[1], 1, launch.blockThreads(), 1, 1, 0, null,
                        Pointer.to(parameters.toArray(Pointer[]::new)), null);
                cuCtxSynchronize();
            }
            Map<Node, NDArray> results = new IdentityHashMap<>();
            for (KernelLaunch launch : launches) {
                for (Argument argument : launch.arguments()) {
                    if (argument.kind() == Argument.Kind.OUTPUT) {
                        results.put(argument.node(), download(arrays.get(argument.node()), argument.node(),
                                shapes.get(argument.node())));
                    }
                }
            }
            return results;
        } finally {
            buffers.forEach(JCudaDriver::cuMemFree);
            modules.forEach(m -> cuModuleUnload(m));
        }
    }

    private static long[] grid(KernelLaunch launch, Map<String, Long> sizes) {
        return switch (launch.grid()) {
            case STRIDED -> new long[] {Math.max(1, Math.min(STRIDED_BLOCKS,
                    (require(sizes, "n") + launch.blockThreads() - 1) / launch.blockThreads())), 1};
            case ONE_BLOCK -> new long[] {1, 1};
            case PER_ROW -> new long[] {require(sizes, "rows"), 1};
            case TILES -> new long[] {(require(sizes, "n") + 31) / 32, (require(sizes, "m") + 31) / 32};
        };
    }

    private static long require(Map<String, Long> sizes, String name) {
        Long value = sizes.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the test gives no size " + name + " (has " + sizes.keySet() + ")");
        }
        return value;
    }

    private static int elements(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    private static CUdeviceptr allocate(List<CUdeviceptr> buffers, long bytes) {
        CUdeviceptr buffer = new CUdeviceptr();
        cuMemAlloc(buffer, Math.max(bytes, 8));
        buffers.add(buffer);
        return buffer;
    }

    private static CUdeviceptr upload(List<CUdeviceptr> buffers, NDArray value) {
        if (value.dtype() == DType.FLOAT64) {
            double[] data = value.toDoubleArray();
            CUdeviceptr buffer = allocate(buffers, data.length * 8L);
            cuMemcpyHtoD(buffer, Pointer.to(data), data.length * 8L);
            return buffer;
        }
        float[] data = value.toFloatArray();
        CUdeviceptr buffer = allocate(buffers, data.length * 4L);
        cuMemcpyHtoD(buffer, Pointer.to(data), data.length * 4L);
        return buffer;
    }

    private static NDArray download(CUdeviceptr buffer, Node node, int[] shape) {
        int n = elements(shape);
        return switch (node.type().dtype()) {
            case FLOAT64 -> {
                double[] data = new double[n];
                cuMemcpyDtoH(Pointer.to(data), buffer, n * 8L);
                yield NDArray.wrap(data, shape);
            }
            case FLOAT32 -> {
                float[] data = new float[n];
                cuMemcpyDtoH(Pointer.to(data), buffer, n * 4L);
                yield NDArray.wrap(data, shape);
            }
            case INT64 -> {
                long[] data = new long[n];
                cuMemcpyDtoH(Pointer.to(data), buffer, n * 8L);
                yield NDArray.wrap(data, shape);
            }
            default -> throw new IllegalArgumentException("no kernel writes " + node.describe());
        };
    }
}
