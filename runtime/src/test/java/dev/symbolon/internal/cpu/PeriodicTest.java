package dev.symbolon.internal.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PeriodicTest {
    @Test
    void aBlockRepeatsThePatternFromItsFirstIndexOnward() {
        double[] row = {9, 1, 2, 3};
        double[] block = new double[8];
        // the row starts at offset 1 of its array; the block starts at loop index 5, so at 5 % 3 = 2
        Periodic.fill(row, 1, 3, 5, block, 1, 7);
        assertArrayEquals(new double[] {0, 3, 1, 2, 3, 1, 2, 3}, block);
    }

    @Test
    void aPeriodOfOneFillsWithOneValueAndLongPeriodsCopyARun() {
        double[] block = new double[4];
        Periodic.fill(new double[] {7}, 0, 1, 123, block, 0, 4);
        assertArrayEquals(new double[] {7, 7, 7, 7}, block);
        double[] wide = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        Periodic.fill(wide, 0, 10, 13, block, 0, 4);
        assertArrayEquals(new double[] {3, 4, 5, 6}, block);
    }

    @Test
    void anEmptyPatternHasNothingToRepeat() {
        assertThrows(IllegalArgumentException.class, () -> Periodic.fill(new double[0], 0, 0, 0, new double[1], 0, 1));
    }
}
