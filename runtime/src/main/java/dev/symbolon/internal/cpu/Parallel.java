package dev.symbolon.internal.cpu;

import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntConsumer;

/**
 * Runs the chunks of a loop on the common fork-join pool, or on the calling thread when the loop is
 * too small to pay for a hand-over. A loop is split into chunks whose bounds do not depend on the
 * number of threads, and each chunk writes only its own results (its rows, its partial sums), which
 * the caller combines in chunk order: so the result is the same on one thread or many.
 */
public final class Parallel {
    /** Elements a loop touches below which threads cost more than they save (a hand-over is microseconds). */
    public static final long THRESHOLD = 1L << 16;

    private Parallel() {}

    /**
     * Calls {@code chunk} once for every chunk index below {@code chunks}: on the calling thread, in order,
     * where {@code work} (the elements the loop touches) is below {@link #THRESHOLD}; else in any order
     * on the calling thread and the common pool's (or the current pool's) workers, and then the
     * exception of the first chunk that threw one, if any, is thrown.
     */
    public static void forChunks(int chunks, long work, IntConsumer chunk) {
        if (chunks <= 1 || work < THRESHOLD) {
            for (int c = 0; c < chunks; c++) {
                chunk.accept(c);
            }
            return;
        }
        RuntimeException[] failures = new RuntimeException[chunks];
        // invoke() runs the root on this thread, so the caller works beside the pool's threads
        new Range(0, chunks, c -> {
            try {
                chunk.accept(c);
            } catch (RuntimeException e) {
                failures[c] = e;
            }
        }).invoke();
        // the pool would rethrow a copy made by reflection, which can lose the message (ArithmeticException's);
        // the first failing chunk's own exception is what the loop on one thread throws
        for (RuntimeException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** Chunks [lo, hi): halves until one is left, so idle workers steal large halves first. */
    private static final class Range extends RecursiveAction {
        private final int lo;
        private final int hi;
        private final IntConsumer chunk;

        Range(int lo, int hi, IntConsumer chunk) {
            this.lo = lo;
            this.hi = hi;
            this.chunk = chunk;
        }

        @Override
        protected void compute() {
            if (hi - lo == 1) {
                chunk.accept(lo);
                return;
            }
            int mid = (lo + hi) >>> 1;
            ForkJoinTask.invokeAll(new Range(lo, mid, chunk), new Range(mid, hi, chunk));
        }
    }
}
