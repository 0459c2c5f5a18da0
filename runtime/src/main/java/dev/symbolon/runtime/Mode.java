package dev.symbolon.runtime;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How compiled code runs: {@code NORMAL}, or {@code DEBUG}, which checks every intermediate for NaN
 * and infinity and compares results with the unoptimized graph, to find the operation and source line
 * that first went wrong.
 */
public enum Mode {
    /** Runs the optimized code and checks nothing beyond shapes. */
    NORMAL,
    /**
     * Checks every intermediate for NaN and infinity ({@link NumericalError}) and compares each result
     * with the unoptimized graph's ({@link DebugMismatch}); several times slower.
     */
    DEBUG;

    /** The system property that picks the mode. */
    public static final String PROPERTY = "symbolon.mode";
    /** The environment variable read when the system property is absent. */
    public static final String ENVIRONMENT = "SYMBOLON_MODE";

    /**
     * Reads {@code normal} or {@code debug}, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException for anything else
     *
     * @param text the mode's name
     * @return the mode it names
     */
    public static Mode parse(String text) {
        return parse(text, "mode");
    }

    /**
     * The mode named by {@value #PROPERTY}, else {@value #ENVIRONMENT}, else {@code NORMAL}.
     *
     * @return the configured mode
     * @throws IllegalArgumentException if the property or variable names no mode
     */
    public static Mode configured() {
        return configured(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT));
    }

    static Mode configured(@Nullable String property, @Nullable String environment) {
        if (property != null && !property.isBlank()) {
            return parse(property, "system property " + PROPERTY);
        }
        if (environment != null && !environment.isBlank()) {
            return parse(environment, "environment variable " + ENVIRONMENT);
        }
        return NORMAL;
    }

    private static Mode parse(String text, String source) {
        String name = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "normal" -> NORMAL;
            case "debug" -> DEBUG;
            default -> throw new IllegalArgumentException(
                    source + " '" + text + "' is not a mode: write normal or debug");
        };
    }
}
