package dev.symbolon.internal.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The profiler's sites and their table, in the manner of Theano's ProfileMode. Profiling is chosen
 * once per JVM by {@code symbolon.profile=true}; generated classes read {@link #ENABLED} into a
 * {@code static final} field, so that with profiling off the JIT removes every timing statement.
 */
public final class Profiles {
    /** The system property that turns profiling on. */
    public static final String PROPERTY = "symbolon.profile";

    /** Whether generated classes time their steps: {@code symbolon.profile=true} when this class loaded. */
    public static final boolean ENABLED = Boolean.getBoolean(PROPERTY);

    private static final List<ProfileSite> SITES = new CopyOnWriteArrayList<>();

    static {
        if (ENABLED) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (SITES.stream().anyMatch(s -> s.calls.sum() > 0)) {
                    System.err.print(table());
                }
            }, "symbolon-profile"));
        }
    }

    private Profiles() {}

    /** A new site of {@code method} (qualified by its generated class) for one step, described for the table. */
    public static ProfileSite site(String method, String step, ProfileSite.Work work) {
        ProfileSite site = new ProfileSite(method, step, work);
        SITES.add(site);
        return site;
    }

    /** Forgets every time recorded so far; the sites stay. */
    public static void reset() {
        for (ProfileSite site : SITES) {
            site.calls.reset();
            site.nanos.reset();
            site.amount.reset();
        }
    }

    /**
     * The table of every site that ran: method, step, calls, total time, share of all profiled time,
     * and the rate of its work; longest first.
     */
    public static String table() {
        List<ProfileSite> ran = new ArrayList<>(SITES.stream().filter(s -> s.calls.sum() > 0).toList());
        ran.sort(Comparator.comparingLong((ProfileSite s) -> s.nanos.sum()).reversed());
        long total = ran.stream().mapToLong(s -> s.nanos.sum()).sum();
        int methodWidth = Math.max("method".length(), ran.stream().mapToInt(s -> s.method.length()).max().orElse(0));
        int stepWidth = Math.max("step".length(), ran.stream().mapToInt(s -> s.step.length()).max().orElse(0));
        String row = "%-" + methodWidth + "s  %-" + stepWidth + "s %10s %12s %7s %16s%n";
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Symbolon profile: %d steps, %.3f ms in all%n",
                ran.size(), total / 1e6));
        out.append(String.format(Locale.ROOT, row, "method", "step", "calls", "total ms", "share", "rate"));
        for (ProfileSite s : ran) {
            long nanos = s.nanos.sum();
            out.append(String.format(Locale.ROOT, row, s.method, s.step, s.calls.sum(),
                    String.format(Locale.ROOT, "%.3f", nanos / 1e6),
                    String.format(Locale.ROOT, "%.1f%%", total == 0 ? 0.0 : 100.0 * nanos / total),
                    String.format(Locale.ROOT, "%.2f %s", nanos == 0 ? 0.0 : (double) s.amount.sum() / nanos,
                            s.work.rateUnit)));
        }
        return out.toString();
    }
}
