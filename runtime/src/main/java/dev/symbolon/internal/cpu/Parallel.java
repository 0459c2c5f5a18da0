package dev.symbolon.internal.cpu;

import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Work over an index range on several threads: the range is cut into chunks of a fixed size, which
 * the calling thread and helpers from a pool take one after another. The chunks do not depend on
 * the number of threads, so a result combined per chunk in chunk order (see {@link #sum}) is the
 * same on any machine; a range of one chunk runs on the caller's thread alone.
 *
 * <p>The pool is {@link ForkJoinPool#commonPool()}, whose parallelism is one less than the
 * processors because the caller works too. The caller never waits for a helper that has not
 * started: it takes chunks until none is left and then waits only for chunks in progress.
 */
public final class Parallel {
    private static final ThreadLocal<ForkJoinPool> POOL = new ThreadLocal<>();
    /** Set while {@link #onOneThread} runs: the same chunks, in order, on the calling thread. */
    private static final ThreadLocal<Boolean> ONE_THREAD = ThreadLocal.withInitial(() -> false);
    private static final int SPINS_BEFORE_YIELD = 1 << 10;
    /** Elements a loop touches below which threads cost more than they save (a hand-over is microseconds). */
    public static final long THRESHOLD = 1L << 16;

    private Parallel() {}

    /** The body of a loop over chunk {@code chunk}, the indices from {@code start} to before {@code end}. */
    @FunctionalInterface
    public interface Chunk {
        void run(int chunk, int start, int end);
    }

    /** A body over the half-open range {@code [from, to)} of one chunk. */
    @FunctionalInterface
    public interface Range {
        void run(int from, int to);
    }

    /** The number of chunks of {@code grain} indices that cover {@code n}, the last one possibly shorter. */
    public static int chunks(int n, int grain) {
        return n / grain + (n % grain == 0 ? 0 : 1);
    }

    /**
     * Runs {@code body} on each chunk of {@code grain} indices of {@code [0, n)}, on this thread and
     * the pool's; returns when every chunk has run. An exception of a chunk is rethrown here once
     * the others are done.
     */
    public static void forChunks(int n, int grain, Chunk body) {
        if (grain < 1) {
            throw new IllegalArgumentException("grain " + grain + " is not positive");
        }
        int chunks = chunks(n, grain);
        ForkJoinPool given = POOL.get();
        ForkJoinPool pool = given != null ? given : ForkJoinPool.commonPool();
        int processors = given != null ? Integer.MAX_VALUE : Runtime.getRuntime().availableProcessors() - 1;
        int helpers = ONE_THREAD.get() ? 0 : Math.min(Math.min(pool.getParallelism(), processors), chunks - 1);
        if (helpers <= 0) {
            for (int c = 0; c < chunks; c++) {
                run(body, c, n, grain);
            }
            return;
        }
        Work work = new Work(n, grain, chunks, body);
        for (int h = 0; h < helpers; h++) {
            pool.execute(work::take);
        }
        work.take();
        work.await();
    }

    /**
     * Calls {@code chunk} once for every chunk index below {@code chunks}: on the calling thread, in
     * order, where {@code work} (the elements the loop touches) is below {@link #THRESHOLD}; else as
     * {@link #forChunks} does, each index one chunk.
     */
    public static void forEachChunk(int chunks, long work, IntConsumer chunk) {
        if (chunks <= 1 || work < THRESHOLD) {
            for (int c = 0; c < chunks; c++) {
                chunk.accept(c);
            }
            return;
        }
        forChunks(chunks, 1, (c, start, end) -> chunk.accept(c));
    }

    /** {@link #forChunks} for a body that needs only each chunk's range. */
    public static void forRange(int n, int grain, Range body) {
        forChunks(n, grain, (chunk, start, end) -> body.run(start, end));
    }

    private static void run(Chunk body, int chunk, int n, int grain) {
        int start = chunk * grain;
        // n - start, not start + grain, which could pass Integer.MAX_VALUE
        body.run(chunk, start, start + Math.min(grain, n - start));
    }

    /** The sum of per-chunk partial sums, in chunk order. */
    public static double sum(double[] parts) {
        double s = 0;
        for (double part : parts) {
            s += part;
        }
        return s;
    }

    /** Runs {@code task} with {@code pool}'s threads as this thread's helpers (all of them, one per worker). */
    public static <T> T withPool(ForkJoinPool pool, Callable<T> task) throws Exception {
        ForkJoinPool previous = POOL.get();
        POOL.set(pool);
        try {
            return task.call();
        } finally {
            POOL.set(previous);
        }
    }

    /** {@code work}'s result with every loop of this thread run on this thread alone: for tests of thread independence. */
    static <T> T onOneThread(Supplier<T> work) {
        boolean before = ONE_THREAD.get();
        ONE_THREAD.set(true);
        try {
            return work.get();
        } finally {
            ONE_THREAD.set(before);
        }
    }

    /** The chunks of one loop, taken in order by whichever thread comes next. */
    private static final class Work {
        private final int n;
        private final int grain;
        private final int chunks;
        private final Chunk body;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private volatile Throwable failure;

        Work(int n, int grain, int chunks, Chunk body) {
            this.n = n;
            this.grain = grain;
            this.chunks = chunks;
            this.body = body;
        }

        void take() {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                try {
                    run(body, c, n, grain);
                } catch (Throwable t) {
                    failure = t;
                } finally {
                    // publishes the chunk's writes to the thread that waits for the count
                    done.incrementAndGet();
                }
            }
        }

        /** Waits for the chunks other threads are running: at most one chunk's time, so it spins, then yields. */
        void await() {
            for (int spins = 0; done.get() < chunks; spins++) {
                if (spins < SPINS_BEFORE_YIELD) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
            Throwable t = failure;
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
        }
    }
}
