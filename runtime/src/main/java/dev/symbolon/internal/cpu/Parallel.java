package dev.symbolon.internal.cpu;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the fixed chunks of a range on the calling thread and the common fork-join pool. The chunks
 * are {@code [c * grain, min(n, (c + 1) * grain))}, whatever the number of threads, so a kernel that
 * computes each element inside one chunk in a fixed order, and combines per-chunk partial results in
 * chunk order, gives the same bits on one core as on many. The caller claims chunks too: a pool busy
 * elsewhere (or of parallelism one) never leaves the call waiting for a helper to start.
 */
public final class Parallel {
    /** A body over the half-open range {@code [from, to)}. */
    @FunctionalInterface
    public interface Range {
        void run(int from, int to);
    }

    /** Set while {@link #onOneThread} runs: the same chunks, in order, on the calling thread. */
    private static final ThreadLocal<Boolean> ONE_THREAD = ThreadLocal.withInitial(() -> false);

    private Parallel() {}

    /** {@code work}'s result with every range of this thread run on this thread alone: for tests of thread independence. */
    static <T> T onOneThread(Supplier<T> work) {
        boolean before = ONE_THREAD.get();
        ONE_THREAD.set(true);
        try {
            return work.get();
        } finally {
            ONE_THREAD.set(before);
        }
    }

    /** The number of chunks of {@code grain} that cover {@code n}. */
    public static int chunks(int n, int grain) {
        return n == 0 ? 0 : (n - 1) / grain + 1;
    }

    /** Runs {@code body} over every chunk of {@code [0, n)}, in parallel where there are several. */
    public static void forRange(int n, int grain, Range body) {
        if (grain < 1) {
            throw new IllegalArgumentException("grain " + grain + " is not positive");
        }
        int chunks = chunks(n, grain);
        int helpers = ONE_THREAD.get() ? 0 : Math.min(chunks, ForkJoinPool.getCommonPoolParallelism() + 1) - 1;
        if (helpers <= 0) {
            for (int c = 0; c < chunks; c++) {
                body.run(c * grain, Math.min(n, (c + 1) * grain));
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable claim = () -> {
            for (int c; (c = next.getAndIncrement()) < chunks; ) {
                body.run(c * grain, Math.min(n, (c + 1) * grain));
            }
        };
        List<ForkJoinTask<?>> tasks = new ArrayList<>(helpers);
        for (int h = 0; h < helpers; h++) {
            tasks.add(ForkJoinPool.commonPool().submit(claim));
        }
        Throwable failure = null;
        try {
            claim.run();
        } catch (RuntimeException | Error e) {
            failure = e;
            next.set(chunks);
        }
        for (ForkJoinTask<?> task : tasks) {
            try {
                task.join();
            } catch (RuntimeException | Error e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }
}
