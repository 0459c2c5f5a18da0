package dev.symbolon.internal.cuda;

import static jcuda.driver.JCudaDriver.cuCtxSetCurrent;
import static jcuda.driver.JCudaDriver.cuDeviceGet;
import static jcuda.driver.JCudaDriver.cuDeviceGetAttribute;
import static jcuda.driver.JCudaDriver.cuDeviceGetName;
import static jcuda.driver.JCudaDriver.cuDevicePrimaryCtxRetain;
import static jcuda.driver.JCudaDriver.cuLaunchKernel;
import static jcuda.driver.JCudaDriver.cuMemAlloc;
import static jcuda.driver.JCudaDriver.cuMemFree;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoH;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoD;
import static jcuda.driver.JCudaDriver.cuModuleGetFunction;
import static jcuda.driver.JCudaDriver.cuModuleLoadData;
import static jcuda.driver.JCudaDriver.cuModuleUnload;

import dev.symbolon.internal.access.Internals;
import dev.symbolon.runtime.DType;
import dev.symbolon.internal.shape.Shapes;
import dev.symbolon.runtime.NDArray;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jcuda.Pointer;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdevice_attribute;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;

/**
 * One GPU through JCuda's binding of the CUDA driver API, in the device's primary context (the one
 * the runtime API and other libraries share), which is made current on the calling thread before each
 * operation, so that any thread (the executor's cleaner too) may call. Only {@link CudaProbe} makes
 * one, after the driver initialized; errors are JCuda's {@code CudaException}s with the driver's code.
 */
final class JCudaDevice implements CudaDriver {
    private final CUcontext context = new CUcontext();
    private final String name;
    private final int multiprocessors;
    private final Map<Long, DevicePointer> allocations = new ConcurrentHashMap<>();

    JCudaDevice(int ordinal) {
        CUdevice device = new CUdevice();
        cuDeviceGet(device, ordinal);
        cuDevicePrimaryCtxRetain(context, device);
        byte[] text = new byte[256];
        cuDeviceGetName(text, text.length, device);
        int end = 0;
        while (end < text.length && text[end] != 0) {
            end++;
        }
        this.name = new String(text, 0, end, java.nio.charset.StandardCharsets.US_ASCII);
        int[] count = new int[1];
        cuDeviceGetAttribute(count, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, device);
        this.multiprocessors = count[0];
    }

    private CUdeviceptr pointer(long address) {
        CUdeviceptr pointer = allocations.get(address);
        if (pointer == null) {
            throw new IllegalArgumentException("no allocation at 0x" + Long.toHexString(address) + " on " + name);
        }
        return pointer;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int multiprocessors() {
        return multiprocessors;
    }

    @Override
    public long allocate(long bytes) {
        cuCtxSetCurrent(context);
        DevicePointer pointer = new DevicePointer();
        cuMemAlloc(pointer, Math.max(bytes, 1));
        allocations.put(pointer.address(), pointer);
        return pointer.address();
    }

    @Override
    public void free(long address) {
        cuCtxSetCurrent(context);
        cuMemFree(pointer(address));
        allocations.remove(address);
    }

    @Override
    public void upload(long address, NDArray value) {
        if (value.size() == 0) {
            return;
        }
        cuCtxSetCurrent(context);
        cuMemcpyHtoD(pointer(address), host(value), (long) value.size() * value.dtype().byteSize());
    }

    @Override
    public NDArray download(long address, DType dtype, int[] shape) {
        int size = Shapes.size(shape);
        if (size == 0) {
            return NDArray.zeros(dtype, shape);
        }
        cuCtxSetCurrent(context);
        long bytes = (long) size * dtype.byteSize();
        CUdeviceptr source = pointer(address);
        return switch (dtype) {
            case FLOAT64 -> {
                double[] data = new double[size];
                cuMemcpyDtoH(Pointer.to(data), source, bytes);
                yield NDArray.wrap(data, shape);
            }
            case FLOAT32 -> {
                float[] data = new float[size];
                cuMemcpyDtoH(Pointer.to(data), source, bytes);
                yield NDArray.wrap(data, shape);
            }
            case INT32 -> {
                int[] data = new int[size];
                cuMemcpyDtoH(Pointer.to(data), source, bytes);
                yield NDArray.wrap(data, shape);
            }
            case INT64 -> {
                long[] data = new long[size];
                cuMemcpyDtoH(Pointer.to(data), source, bytes);
                yield NDArray.wrap(data, shape);
            }
            case BOOL -> {
                byte[] data = new byte[size];
                cuMemcpyDtoH(Pointer.to(data), source, bytes);
                boolean[] values = new boolean[size];
                for (int i = 0; i < size; i++) {
                    values[i] = data[i] != 0;
                }
                yield NDArray.wrap(values, shape);
            }
        };
    }

    /** The value's own elements, not a copy (bools as one byte each, as a kernel reads them). */
    private static Pointer host(NDArray value) {
        return switch (value.dtype()) {
            case FLOAT64 -> Pointer.to(Internals.doubleData(value));
            case FLOAT32 -> Pointer.to(Internals.floatData(value));
            case INT32 -> Pointer.to(Internals.intData(value));
            case INT64 -> Pointer.to(Internals.longData(value));
            case BOOL -> {
                boolean[] data = Internals.boolData(value);
                byte[] bytes = new byte[value.size()];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (data[i] ? 1 : 0);
                }
                yield Pointer.to(bytes);
            }
        };
    }

    @Override
    public Loaded load(KernelLaunch kernel) {
        cuCtxSetCurrent(context);
        CUmodule module = new CUmodule();
        cuModuleLoadData(module, kernel.text());
        CUfunction function = new CUfunction();
        try {
            cuModuleGetFunction(function, module, kernel.entry());
        } catch (RuntimeException e) {
            cuModuleUnload(module);
            throw e;
        }
        return new Module(kernel, module, function);
    }

    @Override
    public void unload(Loaded kernel) {
        cuCtxSetCurrent(context);
        cuModuleUnload(((Module) kernel).module);
    }

    @Override
    public void launch(Loaded kernel, int gridX, int gridY, long... parameters) {
        cuCtxSetCurrent(context);
        Pointer[] values = new Pointer[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            values[i] = Pointer.to(new long[] {parameters[i]});
        }
        cuLaunchKernel(((Module) kernel).function, gridX, gridY, 1, kernel.kernel().blockThreads(), 1, 1, 0, null,
                Pointer.to(values), null);
    }

    private record Module(KernelLaunch kernel, CUmodule module, CUfunction function) implements Loaded {}

    /** An allocation, whose address JCuda keeps in a protected field: kernels take it as a {@code .u64}. */
    private static final class DevicePointer extends CUdeviceptr {
        long address() {
            return getNativePointer() + getByteOffset();
        }
    }
}
