package dev.symbolon.internal.executor;

import dev.symbolon.runtime.Device;

/**
 * A back end that runs compiled methods on devices of one kind, found with {@link
 * java.util.ServiceLoader} (registered in {@code
 * META-INF/services/dev.symbolon.internal.executor.ExecutorProvider}): symbolon-runtime-cuda's serves
 * {@link Device.Kind#CUDA}. The CPU needs none: generated code runs there itself. A provider must be
 * cheap to construct and must not fail to: a missing driver or native library is reported by
 * {@link #isPresent} and {@link #absenceReason}, so that {@code auto} can fall back to the CPU.
 */
public interface ExecutorProvider {
    /** Whether this provider runs code on devices of {@code kind}; never asked for CPU or AUTO. */
    boolean serves(Device.Kind kind);

    /** Whether {@code device}, of a kind this provider serves, exists and can be used now. */
    boolean isPresent(Device device);

    /**
     * Why a device asked for is not present, for the user: no driver, no GPU of that ordinal, a
     * native library that failed to load.
     */
    String absenceReason(Device device);

    /**
     * An executor of {@code method} on {@code device}, which {@link #isPresent} accepted. Called once
     * per method when a compiled instance is constructed; a provider may share work (compiled
     * kernels) between the executors of equal graphs.
     *
     * @throws UnsupportedOperationException if the graph has an op this back end cannot run yet, naming
     *     it and its source line
     */
    Executor executor(MethodGraph method, Device device);
}
