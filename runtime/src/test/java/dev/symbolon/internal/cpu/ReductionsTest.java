package dev.symbolon.internal.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.symbolon.internal.shape.Shapes;
import dev.symbolon.runtime.ShapeException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReductionsTest {
    @Test
    void aSumOverLeadingAxesAddsEachColumnInRowOrderToTheBit() {
        SplittableRandom random = new SplittableRandom(5);
        int[][] shapes = {{256, 256}, {3, 17}, {1, 9}, {0, 4}, {5, 1}, {4, 3, 33}};
        for (int[] shape : shapes) {
            double[] x = random.doubles(Shapes.size(shape), -1e3, 1e3).toArray();
            for (int leading = 1; leading < shape.length; leading++) {
                int columns = 1;
                for (int d = leading; d < shape.length; d++) {
                    columns *= shape[d];
                }
                double[] expected = new double[columns];
                for (int i = 0; i < x.length; i++) {
                    expected[i % columns] += x[i];
                }
                int[] axes = new int[leading];
                for (int a = 0; a < leading; a++) {
                    axes[a] = leading - 1 - a;
                }
                double[] stale = random.doubles(columns).toArray();
                assertArrayEquals(expected, Reductions.sumInto(x, shape, axes, stale),
                        Arrays.toString(shape) + " over " + leading + " leading axes");
            }
        }
    }

    private static final double[] M = {1, 5, 3, 4, 2, 6};
    private static final int[] SHAPE = {2, 3};

    @Test
    void sumOverEachAxisAndAll() {
        assertArrayEquals(new double[] {5, 7, 9}, Reductions.sum(M, SHAPE, new int[] {0}));
        assertArrayEquals(new double[] {9, 12}, Reductions.sum(M, SHAPE, new int[] {1}));
        assertArrayEquals(new double[] {21}, Reductions.sum(M, SHAPE, new int[] {0, 1}));
        assertArrayEquals(new long[] {9, 12}, Reductions.sum(new long[] {1, 5, 3, 4, 2, 6}, SHAPE, new int[] {1}));
    }

    @Test
    void sumOfAMiddleAxisOfATensor() {
        double[] t = new double[24];
        for (int i = 0; i < t.length; i++) {
            t[i] = i;
        }
        double[] out = Reductions.sum(t, new int[] {2, 3, 4}, new int[] {1});
        assertEquals(8, out.length);
        assertEquals(0 + 4 + 8, out[0]);
        assertEquals(15 + 19 + 23, out[7], "t[1][j][3] for j = 0, 1, 2");
    }

    @Test
    void supremumIsTheMaximumAndMinusInfinityOverNothing() {
        assertArrayEquals(new double[] {5, 6}, Reductions.supremum(M, SHAPE, new int[] {1}));
        assertArrayEquals(new float[] {Float.NaN}, Reductions.supremum(new float[] {1, Float.NaN, 3}, new int[] {3},
                new int[] {0}));
        double[] minusInfinities = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        assertArrayEquals(minusInfinities, Reductions.supremum(new double[0], new int[] {2, 0}, new int[] {1}));
        assertThrows(ShapeException.class, () -> Reductions.max(new double[0], new int[] {2, 0}, new int[] {1}, "max",
                "M.java:1"), "max itself still refuses an empty axis");
    }

    @Test
    void reducedShapeWithAndWithoutKeptDimensions() {
        assertArrayEquals(new int[] {2}, Reductions.reducedShape(SHAPE, new int[] {1}, false));
        assertArrayEquals(new int[] {2, 1}, Reductions.reducedShape(SHAPE, new int[] {1}, true));
        assertArrayEquals(new int[0], Reductions.reducedShape(SHAPE, new int[] {0, 1}, false));
    }

    @Test
    void meanMaxMinInEveryDtype() {
        assertArrayEquals(new double[] {3, 4}, Reductions.mean(M, SHAPE, new int[] {1}));
        assertArrayEquals(new float[] {2.5f, 3.5f, 4.5f},
                Reductions.mean(new float[] {1, 5, 3, 4, 2, 6}, SHAPE, new int[] {0}));
        assertArrayEquals(new double[] {5, 6}, Reductions.max(M, SHAPE, new int[] {1}, "max", "M.java:1"));
        assertArrayEquals(new int[] {1, 2, 3},
                Reductions.min(new int[] {1, 5, 3, 4, 2, 6}, SHAPE, new int[] {0}, "min", "M.java:1"));
        assertArrayEquals(new long[] {6},
                Reductions.max(new long[] {1, 5, 3, 4, 2, 6}, SHAPE, new int[] {0, 1}, "max", "M.java:1"));
    }

    @Test
    void maxPropagatesNaN() {
        assertEquals(Double.NaN, Reductions.max(new double[] {1, Double.NaN, 3}, new int[] {3}, new int[] {0}, "max",
                "M.java:1")[0]);
    }

    @Test
    void argmaxAlongAnAxisAndFlattened() {
        assertArrayEquals(new long[] {1, 0, 1}, Reductions.argmax(M, SHAPE, new int[] {0}, "argmax", "M.java:1"));
        assertArrayEquals(new long[] {1, 2}, Reductions.argmax(M, SHAPE, new int[] {1}, "argmax", "M.java:1"));
        assertArrayEquals(new long[] {5}, Reductions.argmax(M, SHAPE, new int[] {0, 1}, "argmax", "M.java:1"));
        assertArrayEquals(new long[] {0}, Reductions.argmax(new long[] {7, 7, 2}, new int[] {3}, new int[] {0}, "argmax",
                "M.java:1"), "the first maximum wins");
    }

    @Test
    void anEmptyMaximumIsAShapeError() {
        ShapeException e = assertThrows(ShapeException.class,
                () -> Reductions.max(new double[0], new int[] {2, 0}, new int[] {1}, "max", "M.java:3"));
        assertEquals("max: cannot reduce an empty array of shape [2, 0] over axes [1] at M.java:3", e.getMessage());
        assertArrayEquals(new double[] {0, 0}, Reductions.sum(new double[0], new int[] {2, 0}, new int[] {1}));
    }

    @Test
    void anEmptyReducedAxisIsAShapeErrorEvenWhenTheResultIsEmptyToo() {
        ShapeException e = assertThrows(ShapeException.class,
                () -> Reductions.argmax(new double[0], new int[] {0, 0}, new int[] {1}, "argmax", "M.java:4"));
        assertEquals("argmax: cannot reduce an empty array of shape [0, 0] over axes [1] at M.java:4", e.getMessage());
    }
}
