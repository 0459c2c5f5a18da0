package dev.symbolon.internal.profile;

import java.util.concurrent.atomic.LongAdder;

/**
 * One step of one generated method that the profiler times: a fused loop, a kernel or a product.
 * Generated code calls {@link #record} after the step when profiling is on; the adders let
 * instances on several threads record into one site.
 */
public final class ProfileSite {
    /** What a site's work counts: floating-point operations, or bytes read and written. */
    public enum Work {
        FLOPS("GFLOP/s"),
        BYTES("GB/s");

        final String rateUnit;

        Work(String rateUnit) {
            this.rateUnit = rateUnit;
        }
    }

    final String method;
    final String step;
    final Work work;
    final LongAdder calls = new LongAdder();
    final LongAdder nanos = new LongAdder();
    final LongAdder amount = new LongAdder();

    ProfileSite(String method, String step, Work work) {
        this.method = method;
        this.step = step;
        this.work = work;
    }

    /** One run of the step, begun at {@code startNanos} ({@link System#nanoTime}), that did {@code work} units. */
    public void record(long startNanos, long work) {
        nanos.add(System.nanoTime() - startNanos);
        calls.increment();
        amount.add(work);
    }
}
