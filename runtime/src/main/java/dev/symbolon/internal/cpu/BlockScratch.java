package dev.symbolon.internal.cpu;

import java.util.Arrays;

/**
 * The block buffers of blocked elementwise loops, one set per thread: a chunk runs on one thread from
 * start to end and calls only kernels, which never start another blocked loop, so a thread's buffers
 * serve one chunk at a time. Reusing them keeps a steady-state call from allocating per chunk (W3's
 * 10^7 elements are 305 chunks of five buffers each).
 */
public final class BlockScratch {
    private static final ThreadLocal<double[][]> BUFFERS = ThreadLocal.withInitial(() -> new double[0][]);

    private BlockScratch() {}

    /** At least {@code count} buffers of {@link ElementwiseKernels#BLOCK} doubles, this thread's own. */
    public static double[][] buffers(int count) {
        double[][] buffers = BUFFERS.get();
        if (buffers.length < count) {
            double[][] grown = Arrays.copyOf(buffers, count);
            for (int i = buffers.length; i < count; i++) {
                grown[i] = new double[ElementwiseKernels.BLOCK];
            }
            BUFFERS.set(grown);
            buffers = grown;
        }
        return buffers;
    }
}
