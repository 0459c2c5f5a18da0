package dev.symbolon.internal.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.runtime.ShapeException;
import org.junit.jupiter.api.Test;

class RowPassesTest {
    @Test
    void chunksCoverTheRowsWithBoundedCountAndSize() {
        for (int rows : new int[] {0, 1, 7, 400, 20000, 1 << 20}) {
            for (int columns : new int[] {0, 1, 9, 784, 1 << 16}) {
                int chunkRows = RowPasses.chunkRows(rows, columns);
                int chunks = RowPasses.chunks(rows, chunkRows);
                assertTrue(chunkRows >= 1);
                assertTrue(chunks <= RowPasses.MAX_CHUNKS, rows + " x " + columns);
                assertTrue((long) chunks * chunkRows >= rows && (long) (chunks - 1) * chunkRows < Math.max(rows, 1),
                        rows + " x " + columns);
                assertTrue(chunks <= 1 || (long) chunkRows * Math.max(columns, 1) >= RowPasses.MIN_ELEMENTS,
                        rows + " x " + columns);
            }
        }
        assertEquals(10, RowPasses.chunks(400, RowPasses.chunkRows(400, 784)), "W1's step");
    }

    @Test
    void partialRowsAndSumsAddInChunkOrder() {
        double[] parts = {1, 2, 3, 10, 20, 30, 100, 200, 300};
        // into arrays holding an earlier call's values: the sums start from zero
        assertArrayEquals(new double[] {111, 222, 333}, RowPasses.combineInto(parts, 3, 3, new double[] {7, 8, 9}));
        assertArrayEquals(new double[] {0, 0}, RowPasses.combineInto(new double[0], 0, 2, new double[] {5, 6}));
        // from the left each 1 rounds away; the ones added first would give 1e16 + 4
        assertEquals(1e16, Parallel.sum(new double[] {1e16, 1, 1, 1, 1}), "left to right");
        assertEquals(0.0, Parallel.sum(new double[0]));
    }

    @Test
    void aProductOfTheWrongWidthNamesTheOpAndLine() {
        ShapeException e = assertThrows(ShapeException.class, () -> RowPasses.sameInner(4, 3, "dot", "Model.java:7"));
        assertEquals("dot: inner dimensions differ: 4 and 3 at Model.java:7", e.getMessage());
    }
}
