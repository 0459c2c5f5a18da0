package dev.symbolon.internal.cuda;

import dev.symbolon.internal.executor.Executor;
import dev.symbolon.internal.executor.ExecutorProvider;
import dev.symbolon.internal.executor.MethodGraph;
import dev.symbolon.runtime.Device;

/**
 * Runs compiled methods on NVIDIA GPUs through the CUDA driver API (JCuda), registered with {@link
 * java.util.ServiceLoader}. Constructing it touches nothing; the first question about a device loads
 * the natives and initializes the driver once ({@link CudaProbe}), and a missing driver or GPU is an
 * absent device with its reason.
 */
public final class CudaExecutorProvider implements ExecutorProvider {
    @Override
    public boolean serves(Device.Kind kind) {
        return kind == Device.Kind.CUDA;
    }

    @Override
    public boolean isPresent(Device device) {
        return CudaProbe.get().has(device.ordinal());
    }

    @Override
    public String absenceReason(Device device) {
        return CudaProbe.get().reason(device.ordinal());
    }

    /**
     * @throws UnsupportedOperationException if the method has an op without a CUDA kernel yet, naming
     *     it and its source line
     */
    @Override
    public Executor executor(MethodGraph method, Device device) {
        return new CudaExecutor(method, CudaProbe.get().driver(device.ordinal()));
    }
}
