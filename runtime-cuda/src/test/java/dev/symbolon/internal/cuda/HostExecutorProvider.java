package dev.symbolon.internal.cuda;

import dev.symbolon.internal.executor.Executor;
import dev.symbolon.internal.executor.ExecutorProvider;
import dev.symbolon.internal.executor.MethodGraph;
import dev.symbolon.runtime.Device;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The CUDA executor on {@link HostDriver}s, one per method, for GPU 0. A test passes one to {@code
 * new Executors(...)} itself, or {@linkplain #enable enables} one for generated classes: the instance
 * that {@link java.util.ServiceLoader} makes (registered in the tests' resources) is present only
 * while one is enabled, and hands its work to it, so that elsewhere (the GPU tests among them) CUDA is
 * the real provider's.
 */
public final class HostExecutorProvider implements ExecutorProvider {
    private static volatile HostExecutorProvider enabled;

    private final boolean installed;
    /** What every launch of the drivers made from now on adds to each element it writes. */
    volatile double skew;
    final List<HostDriver> drivers = new CopyOnWriteArrayList<>();

    /** The instance ServiceLoader makes. */
    public HostExecutorProvider() {
        this(true);
    }

    private HostExecutorProvider(boolean installed) {
        this.installed = installed;
    }

    /** A provider for a test's own {@code Executors}. */
    static HostExecutorProvider explicit() {
        return new HostExecutorProvider(false);
    }

    /** Makes the installed provider present, handing its executors to the provider returned. */
    static HostExecutorProvider enable() {
        enabled = explicit();
        return enabled;
    }

    static void disable() {
        enabled = null;
    }

    @Override
    public boolean serves(Device.Kind kind) {
        return kind == Device.Kind.CUDA;
    }

    @Override
    public boolean isPresent(Device device) {
        return device.ordinal() == 0 && (!installed || enabled != null);
    }

    @Override
    public String absenceReason(Device device) {
        return "host memory stands in for GPU 0 only, and only while a test enables it";
    }

    @Override
    public Executor executor(MethodGraph method, Device device) {
        HostExecutorProvider target = installed ? enabled : this;
        HostDriver driver = new HostDriver();
        driver.skew = target.skew;
        target.drivers.add(driver);
        return new CudaExecutor(method, driver);
    }
}
