package dev.symbolon.internal.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelTest {
    @Test
    void everyChunkRunsOnceBelowAndAboveTheThreshold() {
        for (long work : new long[] {0, Parallel.THRESHOLD - 1, Parallel.THRESHOLD, 1L << 30}) {
            for (int chunks : new int[] {0, 1, 2, 7, 64}) {
                AtomicIntegerArray runs = new AtomicIntegerArray(chunks);
                Parallel.forChunks(chunks, work, runs::incrementAndGet);
                int[] once = new int[chunks];
                java.util.Arrays.fill(once, 1);
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
        Parallel.forChunks(5, Parallel.THRESHOLD - 1, c -> {
            assertEquals(caller, Thread.currentThread());
            seen.add(c);
        });
        assertEquals(List.of(0, 1, 2, 3, 4), seen);
    }

    @Test
    void anExceptionInAChunkReachesTheCaller() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Parallel.forChunks(8, 1L << 30, c -> {
            if (c == 5) {
                throw new ArithmeticException("/ by zero");
            }
        }));
        assertEquals("/ by zero", e.getMessage());
    }
}
