package dev.symbolon.internal.cuda;

import static jcuda.driver.JCudaDriver.cuCtxCreate;
import static jcuda.driver.JCudaDriver.cuCtxDestroy;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import jcuda.CudaException;
import jcuda.Pointer;
import jcuda.Sizeof;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import jcuda.driver.JCudaDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs emitted kernels on the first CUDA device through the driver API and compares every element with
 * the reference interpreter bit for bit (the kernels use only correctly rounded operations). Skipped
 * where JCuda's natives do not load (no libcuda) or the driver finds no device.
 */
class FusedKernelGpuTest {
    /** Elements per array: not a multiple of the block, and more than the grid covers in one pass. */
    private static final int N = 10_007;
    private static final int BLOCK = 256;
    private static final int GRID = 8;
    private static CUcontext context;
    /** Why there is no context, for each skipped test's message. */
    private static String absence;

    @BeforeAll
    static void openContext() {
        try {
            JCudaDriver.setExceptionsEnabled(true);
            cuInit(0);
            int[] count = new int[1];
            cuDeviceGetCount(count);
            if (count[0] == 0) {
                absence = "the CUDA driver reports no device: kernel not run";
                return;
            }
            CUdevice device = new CUdevice();
            cuDeviceGet(device, 0);
            CUcontext created = new CUcontext();
            cuCtxCreate(created, 0, device);
            context = created;
        } catch (LinkageError | CudaException e) {
            // JCuda's natives need libcuda: without a driver they fail to load, with one but no GPU cuInit fails
            absence = "no CUDA driver or device here (" + CudaProbe.firstLine(e) + "): kernel not run";
        }
    }

    @AfterAll
    static void closeContext() {
        if (context != null) {
            cuCtxDestroy(context);
        }
    }

    static List<Object[]> groups() {
        return FusedKernelAssemblyTest.groups().map(a -> a.get()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void kernelMatchesInterpreterBitForBit(String name, Supplier<Node[]> graph) {
        assumeTrue(context != null, absence);
        Node[] roots = graph.get();
        PtxKernel kernel = FusedKernelEmitter.emit(Groups.of(roots), name);
        Random random = new Random(7);
        Map<Node, NDArray> reference = Interpreter.evaluateAll(List.of(roots), leaf -> values(leaf, random));

        CUmodule module = new CUmodule();
        cuModuleLoadData(module, kernel.text());
        CUfunction function = new CUfunction();
        cuModuleGetFunction(function, module, kernel.name());
        List<CUdeviceptr> buffers = new ArrayList<>();
        List<Pointer> parameters = new ArrayList<>();
        parameters.add(Pointer.to(new long[] {N}));
        try {
            for (Node input : kernel.inputs()) {
                NDArray value = reference.get(input);
                CUdeviceptr buffer = allocate(buffers, value.size(), input.type().dtype());
                cuMemcpyHtoD(buffer, hostPointer(value), bytes(value.size(), input.type().dtype()));
                parameters.add(Pointer.to(buffer));
            }
            for (Node output : kernel.outputs()) {
                parameters.add(Pointer.to(allocate(buffers, N, output.type().dtype())));
            }
            cuLaunchKernel(function, GRID, 1, 1, BLOCK, 1, 1, 0, null,
                    Pointer.to(parameters.toArray(Pointer[]::new)), null);
            cuCtxSynchronize();
            for (int k = 0; k < kernel.outputs().size(); k++) {
                Node output = kernel.outputs().get(k);
                CUdeviceptr buffer = buffers.get(kernel.inputs().size() + k);
                assertSameBits(output, reference.get(output), buffer);
            }
        } finally {
            buffers.forEach(JCudaDriver::cuMemFree);
            cuModuleUnload(module);
        }
    }

    private static void assertSameBits(Node output, NDArray expected, CUdeviceptr buffer) {
        if (output.type().dtype() == DType.FLOAT64) {
            double[] actual = new double[N];
            cuMemcpyDtoH(Pointer.to(actual), buffer, bytes(N, DType.FLOAT64));
            double[] want = expected.toDoubleArray();
            for (int i = 0; i < N; i++) {
                assertEquals(Double.doubleToLongBits(want[i]), Double.doubleToLongBits(actual[i]),
                        output.describe() + " at " + i + ": " + want[i] + " expected, the GPU gave " + actual[i]);
            }
        } else {
            float[] actual = new float[N];
            cuMemcpyDtoH(Pointer.to(actual), buffer, bytes(N, DType.FLOAT32));
            float[] want = expected.toFloatArray();
            for (int i = 0; i < N; i++) {
                assertEquals(Float.floatToIntBits(want[i]), Float.floatToIntBits(actual[i]),
                        output.describe() + " at " + i + ": " + want[i] + " expected, the GPU gave " + actual[i]);
            }
        }
    }

    /** Values with the cases the ops treat specially: signed zeros, infinities, NaN, negatives. */
    private static NDArray values(Node leaf, Random random) {
        double[] specials = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 2.0, -1.5};
        int size = leaf.rank() == 0 ? 1 : N;
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = leaf.rank() > 0 && i % 11 == 0 ? specials[(i / 11) % specials.length] : random.nextGaussian() * 4;
        }
        int[] shape = leaf.rank() == 0 ? new int[0] : leaf.rank() == 1 ? new int[] {N} : new int[] {1, N};
        if (leaf.op() != Op.INPUT || !leaf.type().dtype().isFloat()) {
            throw new IllegalArgumentException("the test graphs read only float inputs, not " + leaf.describe());
        }
        if (leaf.type().dtype() == DType.FLOAT32) {
            float[] f = new float[size];
            for (int i = 0; i < size; i++) {
                f[i] = (float) v[i];
            }
            return NDArray.wrap(f, shape);
        }
        return NDArray.wrap(v, shape);
    }

    private static CUdeviceptr allocate(List<CUdeviceptr> buffers, int elements, DType dtype) {
        CUdeviceptr buffer = new CUdeviceptr();
        cuMemAlloc(buffer, bytes(elements, dtype));
        buffers.add(buffer);
        return buffer;
    }

    private static Pointer hostPointer(NDArray value) {
        return value.dtype() == DType.FLOAT64 ? Pointer.to(value.toDoubleArray()) : Pointer.to(value.toFloatArray());
    }

    private static long bytes(int elements, DType dtype) {
        return (long) elements * (dtype == DType.FLOAT64 ? Sizeof.DOUBLE : Sizeof.FLOAT);
    }
}
