package dev.symbolon.internal.executor;

import dev.symbolon.runtime.Device;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The executor providers on the class path, and the decisions that depend on them: which device a
 * request resolves to, and the executors of a compiled class's methods on it.
 */
public final class Executors {
    private static final String SWITCH = "system property " + Device.PROPERTY + " or environment variable "
            + Device.ENVIRONMENT;

    private static final System.Logger LOG = System.getLogger(Executors.class.getName());

    private final List<ExecutorProvider> providers;

    /** Providers given explicitly, for tests of the decisions. */
    public Executors(List<ExecutorProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The providers registered with {@link ServiceLoader}, loaded once. */
    public static Executors installed() {
        return Installed.EXECUTORS;
    }

    /**
     * The device to run on: the CPU as is; a device of another kind when a provider serving it
     * reports it present; {@code auto} as CUDA GPU 0 when present, else the CPU.
     *
     * @throws IllegalStateException if {@code device} asks for something no provider has, saying
     *     what to add to the class path or that no device or driver was found
     */
    public Device resolve(Device device) {
        switch (device.kind()) {
            case CPU:
                return device;
            case AUTO:
                return provider(Device.cuda(0)).isPresent() ? Device.cuda(0) : Device.cpu();
            default:
                provider(device).orElseThrow(() -> new IllegalStateException(absence(device)));
                return device;
        }
    }

    /**
     * One executor per method, in order, on {@code device}, which {@link #resolve} returned and which
     * is not the CPU. Each checks what its provider's executor returns.
     */
    public List<Executor> executors(Device device, List<MethodGraph> methods) {
        ExecutorProvider provider = provider(device).orElseThrow(() -> new IllegalStateException(absence(device)));
        List<Executor> executors = new ArrayList<>(methods.size());
        for (MethodGraph method : methods) {
            executors.add(new CheckedExecutor(method, provider.executor(method, device), device));
        }
        return List.copyOf(executors);
    }

    /**
     * Where a compiled class runs when asked for {@code requested}: {@link #resolve} it, then, off the
     * CPU, make one executor per method of {@code methods} (read only there, so that a class on the
     * CPU never loads its graphs). Under {@code auto}, a class that the GPU's executor cannot run yet
     * (an op without a kernel) runs on the CPU instead, and says so once in the log; a device asked for
     * by name fails instead.
     *
     * @throws IllegalStateException as {@link #resolve} does
     * @throws UnsupportedOperationException if a device named explicitly cannot run one of the methods
     */
    public Placement place(Device requested, Supplier<List<MethodGraph>> methods) {
        Device device = resolve(requested);
        if (device.isCpu()) {
            return new Placement(device, null);
        }
        try {
            return new Placement(device, executors(device, methods.get()));
        } catch (UnsupportedOperationException e) {
            if (requested.kind() != Device.Kind.AUTO) {
                throw e;
            }
            LOG.log(System.Logger.Level.INFO, "device auto: " + e.getMessage() + "; this class runs on the CPU");
            return new Placement(Device.cpu(), null);
        }
    }

    /**
     * The device a compiled instance runs on and its executors, one per method, or null on the CPU.
     *
     * @param device the device
     * @param executors the executors, null on the CPU
     */
    public record Placement(Device device, @Nullable List<Executor> executors) {}

    private Optional<ExecutorProvider> provider(Device device) {
        return providers.stream().filter(p -> p.serves(device.kind()) && p.isPresent(device)).findFirst();
    }

    private String absence(Device device) {
        List<ExecutorProvider> serving = providers.stream().filter(p -> p.serves(device.kind())).toList();
        String asks = "device " + device + " asks for a CUDA GPU, but ";
        String instead = "use cpu, or auto to take CUDA only where present (" + SWITCH + ")";
        if (serving.isEmpty()) {
            return asks + "no CUDA executor is on the class path. Add dev.symbolon:symbolon-runtime-cuda to the class"
                    + " path, or " + instead;
        }
        return asks + "no CUDA device or driver was found (" + serving.get(0).absenceReason(device) + "). Check the"
                + " GPU and its driver, or " + instead;
    }

    /** Loaded on first use, so that a program that only ever asks for the CPU never scans the class path. */
    private static final class Installed {
        static final Executors EXECUTORS = new Executors(ServiceLoader.load(ExecutorProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList());
    }
}
