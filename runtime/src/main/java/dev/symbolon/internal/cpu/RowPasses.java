package dev.symbolon.internal.cpu;

import java.util.Arrays;

import dev.symbolon.internal.shape.ShapeChecks;

/**
 * What a row pass (one loop over the rows of a matrix computing {@code dot(x, v)}, elementwise work on
 * its rows and {@code dot(r, x)}) calls besides the range kernels of {@link Dots}: its shape check,
 * its chunks of rows, and the combination of the chunks' partial results in chunk order.
 *
 * <p>Chunks have at least {@link #MIN_ELEMENTS} elements of the matrix, so that a chunk's own partial
 * row is cheap beside its work, and there are at most {@link #MAX_CHUNKS}, so that combining them
 * stays small beside the pass. Both depend only on the matrix's shape, never on the threads.
 */
public final class RowPasses {
    static final int MIN_ELEMENTS = 1 << 15;
    static final int MAX_CHUNKS = 64;

    private RowPasses() {}

    /** {@code dot(x, v)}'s check: the matrix's rows have v's length. */
    public static void sameInner(int columns, int length, String op, String position) {
        if (columns != length) {
            throw ShapeChecks.error(op, position, "inner dimensions differ: " + columns + " and " + length);
        }
    }

    /** The rows of one chunk of an {@code rows x columns} matrix. */
    public static int chunkRows(int rows, int columns) {
        int bySize = (MIN_ELEMENTS + Math.max(columns, 1) - 1) / Math.max(columns, 1);
        int byCount = (int) (((long) rows + MAX_CHUNKS - 1) / MAX_CHUNKS);
        return Math.max(1, Math.max(bySize, byCount));
    }

    /** The number of chunks of {@code chunkRows} rows that cover {@code rows}. */
    public static int chunks(int rows, int chunkRows) {
        return (int) (((long) rows + chunkRows - 1) / chunkRows);
    }

    /**
     * The sum, in chunk order, of the chunks' partial rows into {@code sum}, which may hold anything
     * before (a work buffer of an earlier call): {@code parts} holds {@code chunks} rows of
     * {@code columns} elements one after the other.
     */
    public static double[] combineInto(double[] parts, int chunks, int columns, double[] sum) {
        Arrays.fill(sum, 0, columns, 0.0);
        for (int c = 0; c < chunks; c++) {
            Dots.INSTANCE.axpy(1.0, parts, c * columns, sum, 0, columns);
        }
        return sum;
    }
}
