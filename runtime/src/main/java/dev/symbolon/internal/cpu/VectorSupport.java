package dev.symbolon.internal.cpu;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Chooses, once per JVM, between kernels written with the Vector API ({@code jdk.incubator.vector})
 * and their scalar twins. The Vector API is an incubator module that a JVM resolves only when asked
 * ({@code --add-modules jdk.incubator.vector}), so users who pass no flag get the scalar kernels and
 * one log line saying how to enable the faster ones; nothing else changes.
 *
 * <p>The vector kernels live in {@code src/main/vector}, compiled against the module by a build step
 * of their own, and are only ever loaded by name from here: no other class refers to them, so a JVM
 * without the module never resolves them. The system property {@code symbolon.vector=off} forces the
 * scalar kernels (for comparisons), {@code auto} (the default) takes the vector kernels where the
 * module is present.
 */
public final class VectorSupport {
    static final String MODULE = "jdk.incubator.vector";
    private static final System.Logger LOG = System.getLogger(VectorSupport.class.getName());
    private static final boolean ENABLED = decide();

    private VectorSupport() {}

    /** Whether this JVM runs the vector kernels. */
    public static boolean enabled() {
        return ENABLED;
    }

    /**
     * The vector implementation of {@code api}, a class of {@code dev.symbolon.internal.cpu.vector} with
     * a public no-argument constructor, where the Vector API is enabled and the class constructs;
     * else {@code scalar}'s.
     */
    public static <T> T load(Class<T> api, String vectorClass, Supplier<? extends T> scalar) {
        if (ENABLED) {
            try {
                Object kernels = Class.forName("dev.symbolon.internal.cpu.vector." + vectorClass)
                        .getConstructor().newInstance();
                return api.cast(kernels);
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the Vector API kernels " + vectorClass
                        + " did not load (" + e + "); using scalar loops instead");
            }
        }
        return scalar.get();
    }

    private static boolean decide() {
        String setting = System.getProperty("symbolon.vector", "auto").toLowerCase(Locale.ROOT);
        if (setting.equals("off") || setting.equals("false")) {
            return false;
        }
        if (ModuleLayer.boot().findModule(MODULE).isPresent()) {
            return true;
        }
        LOG.log(System.Logger.Level.INFO, "Symbolon runs scalar loops: the JVM was started without the"
                + " Vector API. Add --add-modules " + MODULE + " to the java command (or to"
                + " JDK_JAVA_OPTIONS) for SIMD elementwise loops and matrix products.");
        return false;
    }
}
