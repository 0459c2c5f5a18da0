package dev.symbolon.internal.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ParallelTest {
    private static final int GRAIN = 1000;

    @Test
    void everyIndexRunsOnceInChunksThatDoNotDependOnTheThreads() throws Exception {
        for (int threads : new int[] {1, 2, 4}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                for (int n : new int[] {0, 1, GRAIN - 1, GRAIN, GRAIN + 1, 7 * GRAIN + 3}) {
                    AtomicIntegerArray visits = new AtomicIntegerArray(n);
                    Parallel.withPool(pool, () -> {
                        Parallel.forChunks(n, GRAIN, (chunk, start, end) -> {
                            assertEquals(chunk * GRAIN, start);
                            assertEquals(Math.min(n, start + GRAIN), end);
                            for (int i = start; i < end; i++) {
                                visits.incrementAndGet(i);
                            }
                        });
                        return null;
                    });
                    for (int i = 0; i < n; i++) {
                        assertEquals(1, visits.get(i), "threads=" + threads + " n=" + n + " index " + i);
                    }
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void sumsOfChunksInChunkOrderAreTheSameForOneTwoAndFourThreads() throws Exception {
        double[] data = new SplittableRandom(29).doubles(50 * GRAIN + 17, -1e6, 1e6).toArray();
        double sequential = chunkedSum(data);
        for (int threads : new int[] {1, 2, 4}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                assertEquals(sequential, (double) Parallel.withPool(pool, () -> chunkedSum(data)), "threads=" + threads);
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void aPoolOfHelpersRunsChunksBesideTheCaller() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            ConcurrentHashMap<Thread, Boolean> threads = new ConcurrentHashMap<>();
            AtomicLong busy = new AtomicLong();
            Parallel.withPool(pool, () -> {
                Parallel.forChunks(200 * GRAIN, GRAIN, (chunk, start, end) -> {
                    threads.put(Thread.currentThread(), true);
                    // long enough per chunk that the helpers, woken after the caller starts, get some
                    for (int i = 0; i < 20_000; i++) {
                        busy.incrementAndGet();
                    }
                });
                return null;
            });
            assertEquals(200L * 20_000, busy.get());
            assertEquals(true, threads.size() > 1, "chunks ran on " + threads.keySet());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anExceptionOfAChunkReachesTheCallerAfterTheOtherChunks() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            AtomicIntegerArray ran = new AtomicIntegerArray(20);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.withPool(pool, () -> {
                Parallel.forChunks(20 * GRAIN, GRAIN, (chunk, start, end) -> {
                    ran.incrementAndGet(chunk);
                    if (chunk == 7) {
                        throw new IllegalStateException("chunk 7");
                    }
                });
                return null;
            }));
            assertEquals("chunk 7", e.getMessage());
            for (int c = 0; c < 20; c++) {
                assertEquals(1, ran.get(c), "chunk " + c);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void chunksNearTheLargestArrayDoNotOverflow() {
        int n = Integer.MAX_VALUE;
        int grain = 1 << 29;
        assertEquals(4, Parallel.chunks(n, grain));
        int[] ends = new int[4];
        Parallel.forChunks(n, grain, (chunk, start, end) -> ends[chunk] = end);
        assertEquals(n, ends[3]);
        assertEquals(3 * grain, ends[2]);
    }

    private static double chunkedSum(double[] data) {
        double[] parts = new double[Parallel.chunks(data.length, GRAIN)];
        Parallel.forChunks(data.length, GRAIN, (chunk, start, end) -> {
            double s = 0;
            for (int i = start; i < end; i++) {
                s += data[i];
            }
            parts[chunk] = s;
        });
        return Parallel.sum(parts);
    }

    @Test
    void everyChunkRunsOnceBelowAndAboveTheThreshold() {
        for (long work : new long[] {0, Parallel.THRESHOLD - 1, Parallel.THRESHOLD, 1L << 30}) {
            for (int chunks : new int[] {0, 1, 2, 7, 64}) {
                AtomicIntegerArray runs = new AtomicIntegerArray(chunks);
                Parallel.forEachChunk(chunks, work, runs::incrementAndGet);
                int[] once = new int[chunks];
                Arrays.fill(once, 1);
                int[] actual = new int[chunks];
                for (int c = 0; c < chunks; c++) {
                    actual[c] = runs.get(c);
                }
                assertArrayEquals(once, actual, chunks + " chunks, work " + work);
            }
        }
    }

    @Test
    void belowTheThresholdChunksRunInOrderOnTheCallingThread() {
        List<Integer> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        Parallel.forEachChunk(5, Parallel.THRESHOLD - 1, c -> {
            assertEquals(caller, Thread.currentThread());
            seen.add(c);
        });
        assertEquals(List.of(0, 1, 2, 3, 4), seen);
    }

    @Test
    void anExceptionInAChunkReachesTheCaller() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Parallel.forEachChunk(8, 1L << 30, c -> {
            if (c == 5) {
                throw new ArithmeticException("/ by zero");
            }
        }));
        assertEquals("/ by zero", e.getMessage());
    }
}
