package dev.symbolon.internal.cuda;

import dev.symbolon.internal.executor.Executor;
import dev.symbolon.internal.executor.ExecutorProvider;
import dev.symbolon.internal.executor.MethodGraph;
import dev.symbolon.runtime.Device;
import java.util.ArrayList;
import java.util.List;

/** The CUDA executor on {@link HostDriver}s, one per method, as device resolution reaches a provider. */
final class HostExecutorProvider implements ExecutorProvider {
    final List<HostDriver> drivers = new ArrayList<>();

    @Override
    public boolean serves(Device.Kind kind) {
        return kind == Device.Kind.CUDA;
    }

    @Override
    public boolean isPresent(Device device) {
        return device.ordinal() == 0;
    }

    @Override
    public String absenceReason(Device device) {
        return "host memory stands in for GPU 0 only";
    }

    @Override
    public Executor executor(MethodGraph method, Device device) {
        HostDriver driver = new HostDriver();
        drivers.add(driver);
        return new CudaExecutor(method, driver);
    }
}
