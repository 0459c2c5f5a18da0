package dev.symbolon.internal.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.symbolon.runtime.ShapeException;
import org.junit.jupiter.api.Test;

class ShapeOpsTest {
    @Test
    void transposeOfAMatrixAndATensor() {
        double[] m = {1, 2, 3, 4, 5, 6};
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6},
                ShapeOps.gather(m, ShapeOps.transposeIndex(new int[] {2, 3}, new int[] {1, 0})));
        assertArrayEquals(new int[] {3, 4, 2}, ShapeOps.permute(new int[] {2, 3, 4}, new int[] {1, 2, 0}));
        int[] index = ShapeOps.transposeIndex(new int[] {2, 3, 4}, new int[] {1, 2, 0});
        assertEquals(1 * 4 + 2, index[1 * 8 + 2 * 2 + 0], "out[1][2][0] is in[0][1][2]");
        assertEquals(12 + 4 + 2, index[1 * 8 + 2 * 2 + 1], "out[1][2][1] is in[1][1][2]");
    }

    @Test
    void reshapeInfersOneSizeOrRefuses() {
        assertArrayEquals(new int[] {2, 3}, ShapeOps.reshape(new int[] {6}, new int[] {2, -1}, "reshape", "R.java:1"));
        assertArrayEquals(new int[0], ShapeOps.reshape(new int[] {1, 1}, new int[0], "reshape", "R.java:1"));
        ShapeException e = assertThrows(ShapeException.class,
                () -> ShapeOps.reshape(new int[] {7}, new int[] {2, -1}, "reshape", "R.java:2"));
        assertEquals("reshape: cannot reshape [7] (7 elements) to [2, -1] at R.java:2", e.getMessage());
    }

    @Test
    void aReshapeTargetWhoseSizeWrapsAroundIsRefused() {
        // 65536 * 65536 * 1 wraps to 0 in an int, which would pass for the size of an empty array
        ShapeException e = assertThrows(ShapeException.class,
                () -> ShapeOps.reshape(new int[] {0}, new int[] {65_536, 65_536, 1}, "reshape", "R.java:3"));
        assertEquals("reshape: the result of shape [65536, 65536, 1] has more elements than a Java array holds"
                + " (2147483647) at R.java:3", e.getMessage());
    }

    @Test
    void broadcastRepeatsInsertedMissingAndBroadcastableDimensions() {
        double[] v = {1, 2};
        int[] rows = ShapeOps.broadcastIndex(new int[] {2}, new boolean[] {false}, new int[] {1}, new int[] {2, 3},
                "broadcastLike", "B.java:1");
        assertArrayEquals(new double[] {1, 1, 1, 2, 2, 2}, ShapeOps.gather(v, rows));
        int[] leading = ShapeOps.broadcastIndex(new int[] {2}, new boolean[] {false}, new int[0], new int[] {3, 2},
                "broadcastLike", "B.java:1");
        assertArrayEquals(new double[] {1, 2, 1, 2, 1, 2}, ShapeOps.gather(v, leading));
        int[] keptDims = ShapeOps.broadcastIndex(new int[] {1, 2}, new boolean[] {true, false}, new int[0],
                new int[] {2, 2}, "broadcastLike", "B.java:1");
        assertArrayEquals(new double[] {1, 2, 1, 2}, ShapeOps.gather(v, keptDims));
        ShapeException e = assertThrows(ShapeException.class, () -> ShapeOps.broadcastIndex(new int[] {2},
                new boolean[] {false}, new int[0], new int[] {3, 4}, "broadcastLike", "B.java:5"));
        assertEquals("broadcastLike: dimension 1 differs: 2 and 4 at B.java:5", e.getMessage());
    }

    @Test
    void sizeCountsTheElementsOfTheAxes() {
        assertEquals(12, ShapeOps.size(new int[] {2, 3, 4}, new int[] {1, 2}));
        assertEquals(1, ShapeOps.size(new int[] {2, 3}, new int[0]));
    }
}
