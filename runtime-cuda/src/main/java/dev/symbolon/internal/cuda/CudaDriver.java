package dev.symbolon.internal.cuda;

import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;

/**
 * What the executor asks of one CUDA device: memory, copies, modules and launches. {@link JCudaDevice}
 * is the driver API through JCuda; the tests put a host-memory implementation behind it, so that the
 * executor's bookkeeping is checked where there is no GPU. Addresses are device pointers, never 0.
 * Every method may be called from any thread, the executor's cleaner included.
 */
interface CudaDriver {
    /** The device's name, for messages and the benchmark. */
    String name();

    /** The number of multiprocessors, from which launches size their grids. */
    int multiprocessors();

    /** A new allocation of at least {@code bytes} bytes (at least one byte is allocated). */
    long allocate(long bytes);

    void free(long address);

    /** Copies every element of {@code value} to {@code address}, in row-major order. */
    void upload(long address, NDArray value);

    /** The {@code shape}'s elements of {@code dtype} at {@code address}, copied into a new array. */
    NDArray download(long address, DType dtype, int[] shape);

    /** Loads the kernel's module (the driver JIT-compiles its PTX) and finds its entry. */
    Loaded load(KernelLaunch kernel);

    void unload(Loaded kernel);

    /**
     * Launches a loaded kernel on a grid of {@code gridX} × {@code gridY} blocks of the kernel's
     * {@link KernelLaunch#blockThreads()} threads, without dynamic shared memory. Launches are
     * asynchronous: a failure while a kernel runs shows at the next copy.
     *
     * @param parameters the kernel's {@code .u64} parameters in the order of its
     *     {@link KernelLaunch#arguments()} (sizes and device pointers)
     */
    void launch(Loaded kernel, int gridX, int gridY, long... parameters);

    /** A kernel whose module the driver has loaded. */
    interface Loaded {
        KernelLaunch kernel();
    }
}
