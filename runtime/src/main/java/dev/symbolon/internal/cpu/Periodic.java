package dev.symbolon.internal.cpu;

/**
 * Blocks of an operand broadcast along leading axes, as a blocked elementwise loop reads it: element
 * {@code i} of the loop is element {@code i % period} of the operand (a bias row added to every row of
 * a matrix has the row length as its period). Copying a block's run of the pattern into a block
 * buffer lets the kernels read it as they read any other block.
 */
public final class Periodic {
    private Periodic() {}

    /**
     * {@code dst[dstOff + j] = src[srcOff + (from + j) % period]} for {@code j < length}.
     *
     * @throws IllegalArgumentException if {@code period} is not positive (an empty operand broadcast
     *     to a non-empty result is a shape error found before any loop)
     */
    public static void fill(double[] src, int srcOff, int period, int from, double[] dst, int dstOff, int length) {
        if (period <= 0) {
            throw new IllegalArgumentException("a broadcast operand of " + period + " elements has no elements to repeat");
        }
        int at = from % period;
        for (int done = 0; done < length; ) {
            int run = Math.min(length - done, period - at);
            System.arraycopy(src, srcOff + at, dst, dstOff + done, run);
            done += run;
            at = 0;
        }
    }
}
