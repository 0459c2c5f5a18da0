package dev.symbolon.runtime;

import dev.symbolon.internal.profile.Profiles;

/**
 * Where the time goes, in the manner of Theano's ProfileMode. Run with {@code -Dsymbolon.profile=true}
 * and every compiled method times each fused loop, kernel and product it runs; the table (calls,
 * total time, share of the profiled time, and GFLOP/s for products or GB/s for the rest) is printed
 * to standard error when the JVM exits, or whenever {@link #print()} is called. With profiling off,
 * compiled methods time nothing and cost nothing extra.
 */
public final class Profiler {
    private Profiler() {}

    /** {@return whether this JVM profiles: {@code symbolon.profile=true} when Symbolon was first used} */
    public static boolean isEnabled() {
        return Profiles.ENABLED;
    }

    /** {@return the table of every profiled step that ran so far, longest first} */
    public static String table() {
        return Profiles.table();
    }

    /** Prints {@link #table()} to standard error. */
    public static void print() {
        System.err.print(table());
    }

    /** Forgets the times recorded so far, for example after a warm-up. */
    public static void reset() {
        Profiles.reset();
    }
}
