package dev.symbolon.runtime;

import dev.symbolon.internal.executor.Executors;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
        /** The JVM's own threads, running the generated Java code. */
        CPU,
        /** An NVIDIA GPU, through the executor of symbolon-runtime-cuda. */
        CUDA,
        /** A CUDA GPU where one is present, else the CPU: decided by {@link Device#resolve()}. */
        AUTO
    }

    private static final Device CPU = new Device(Kind.CPU, 0);
    private static final Device AUTO = new Device(Kind.AUTO, 0);

    private final Kind kind;
    private final int ordinal;

    private Device(Kind kind, int ordinal) {
        this.kind = kind;
        this.ordinal = ordinal;
    }

    /** {@return the CPU, where generated code runs on the JVM's own threads} */
    public static Device cpu() {
        return CPU;
    }

    /**
     * A CUDA GPU, as {@code cudaSetDevice} counts them; not checked to exist until {@link #resolve()}.
     *
     * @param ordinal the GPU's number, from 0
     * @return the device
     * @throws IllegalArgumentException if {@code ordinal} is negative
     */
    public static Device cuda(int ordinal) {
        if (ordinal < 0) {
            throw new IllegalArgumentException("CUDA device ordinal " + ordinal + " is negative");
        }
        return new Device(Kind.CUDA, ordinal);
    }

    /** {@return CUDA GPU 0 when one is available, else the CPU; decided by {@link #resolve()}} */
    public static Device auto() {
        return AUTO;
    }

    /**
     * Reads {@code cpu}, {@code cuda} (GPU 0), {@code cuda:N} or {@code auto}, ignoring case and
     * surrounding blanks.
     *
     * @throws IllegalArgumentException for anything else, listing the accepted forms
     *
     * @param text the device's name
     * @return the device it names, not yet resolved
     */
    public static Device parse(String text) {
        return parse(text, "device");
    }

    /**
     * The device named by the system property {@value #PROPERTY}, else the environment variable
     * {@value #ENVIRONMENT}, else the CPU. Not yet resolved: the result may be {@code auto}.
     *
     * @return the configured device
     * @throws IllegalArgumentException if the property or variable names no device
     */
    public static Device configured() {
        return configured(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT));
    }

    static Device configured(@Nullable String property, @Nullable String environment) {
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

    /** {@return what kind of device this names} */
    public Kind kind() {
        return kind;
    }

    /** {@return the CUDA ordinal; 0 for the CPU and for {@code auto}} */
    public int ordinal() {
        return ordinal;
    }

    /** {@return whether this is the CPU} */
    public boolean isCpu() {
        return kind == Kind.CPU;
    }

    /** {@return whether this is a CUDA GPU (not {@code auto}, which is neither until resolved)} */
    public boolean isCuda() {
        return kind == Kind.CUDA;
    }

    /**
     * The device to run on: the CPU as is; a CUDA device after checking that an executor for it is on
     * the class path (symbolon-runtime-cuda) and reports the GPU present; {@code auto} as CUDA GPU 0
     * when present, else the CPU.
     *
     * @throws IllegalStateException if this asks for a CUDA device that is not available, saying
     *     whether the executor or the GPU is missing
     *
     * @return the CPU or a CUDA device, never {@code auto}
     */
    public Device resolve() {
        return Executors.installed().resolve(this);
    }

    @Override
    public boolean equals(@Nullable Object o) {
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
