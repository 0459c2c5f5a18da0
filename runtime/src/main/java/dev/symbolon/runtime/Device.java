package dev.symbolon.runtime;

import dev.symbolon.internal.device.DeviceProvider;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Where compiled code runs: the CPU, a CUDA GPU by ordinal, or {@code auto}, a request for CUDA when
 * present and the CPU otherwise. {@link #resolve()} turns a request into a device that exists; only
 * {@code auto} ever falls back, so asking for CUDA where there is none fails loudly.
 */
public final class Device {
    /** The system property that picks the device of compiled classes built without one. */
    public static final String PROPERTY = "symbolon.device";
    /** The environment variable read when the system property is absent. */
    public static final String ENVIRONMENT = "SYMBOLON_DEVICE";

    private static final String ACCEPTED = "cpu, cuda, cuda:N (N = 0, 1, ...) or auto";

    /** The kinds of device a request can name. */
    public enum Kind {
        CPU, CUDA, AUTO
    }

    private static final Device CPU = new Device(Kind.CPU, 0);
    private static final Device AUTO = new Device(Kind.AUTO, 0);

    private final Kind kind;
    private final int ordinal;

    private Device(Kind kind, int ordinal) {
        this.kind = kind;
        this.ordinal = ordinal;
    }

    public static Device cpu() {
        return CPU;
    }

    /** The CUDA GPU with this ordinal, as {@code cudaSetDevice} counts them. */
    public static Device cuda(int ordinal) {
        if (ordinal < 0) {
            throw new IllegalArgumentException("CUDA device ordinal " + ordinal + " is negative");
        }
        return new Device(Kind.CUDA, ordinal);
    }

    /** CUDA GPU 0 when one is available, else the CPU; decided by {@link #resolve()}. */
    public static Device auto() {
        return AUTO;
    }

    /**
     * Reads {@code cpu}, {@code cuda} (GPU 0), {@code cuda:N} or {@code auto}, ignoring case and
     * surrounding blanks.
     *
     * @throws IllegalArgumentException for anything else, listing the accepted forms
     */
    public static Device parse(String text) {
        return parse(text, "device");
    }

    /**
     * The device named by the system property {@value #PROPERTY}, else the environment variable
     * {@value #ENVIRONMENT}, else the CPU. Not yet resolved: the result may be {@code auto}.
     */
    public static Device configured() {
        return configured(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT));
    }

    static Device configured(String property, String environment) {
        if (property != null && !property.isBlank()) {
            return parse(property, "system property " + PROPERTY);
        }
        if (environment != null && !environment.isBlank()) {
            return parse(environment, "environment variable " + ENVIRONMENT);
        }
        return CPU;
    }

    private static Device parse(String text, String source) {
        Objects.requireNonNull(text, () -> source + " is null; write " + ACCEPTED);
        String name = text.trim().toLowerCase(Locale.ROOT);
        switch (name) {
            case "cpu":
                return CPU;
            case "auto":
                return AUTO;
            case "cuda":
                return cuda(0);
            default:
                if (name.startsWith("cuda:") && name.length() > 5 && name.substring(5).chars().allMatch(Character::isDigit)) {
                    try {
                        return cuda(Integer.parseInt(name.substring(5)));
                    } catch (NumberFormatException tooLarge) {
                        // falls through to the message below
                    }
                }
                throw new IllegalArgumentException(source + " '" + text + "' is not a device: write " + ACCEPTED);
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The CUDA ordinal; 0 for the CPU and for {@code auto}. */
    public int ordinal() {
        return ordinal;
    }

    public boolean isCpu() {
        return kind == Kind.CPU;
    }

    public boolean isCuda() {
        return kind == Kind.CUDA;
    }

    /**
     * The device to run on: the CPU as is; a CUDA device after checking that a {@link DeviceProvider}
     * on the class path has it; {@code auto} as CUDA GPU 0 when available, else the CPU.
     *
     * @throws IllegalStateException if this asks for a CUDA device that is not available
     */
    public Device resolve() {
        return resolve(ServiceLoader.load(DeviceProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .collect(Collectors.toList()));
    }

    Device resolve(List<DeviceProvider> providers) {
        switch (kind) {
            case CPU:
                return this;
            case AUTO:
                return providers.stream().anyMatch(p -> p.isAvailable(0)) ? cuda(0) : CPU;
            default:
                if (providers.stream().anyMatch(p -> p.isAvailable(ordinal))) {
                    return this;
                }
                String reason = providers.isEmpty()
                        ? "no CUDA executor is on the class path (this version of Symbolon has none yet; "
                                + "it will come in dev.symbolon:symbolon-runtime-cuda)"
                        : providers.get(0).unavailableReason();
                throw new IllegalStateException("device " + this + " asks for a CUDA GPU, but none is available: "
                        + reason + ". Use cpu, or auto to take CUDA only where present (system property "
                        + PROPERTY + " or environment variable " + ENVIRONMENT + ")");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Device other && kind == other.kind && ordinal == other.ordinal;
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + ordinal;
    }

    /** The text {@link #parse} reads back: {@code cpu}, {@code cuda:1}, {@code auto}. */
    @Override
    public String toString() {
        return switch (kind) {
            case CPU -> "cpu";
            case CUDA -> "cuda:" + ordinal;
            case AUTO -> "auto";
        };
    }
}
