package dev.symbolon.internal.interpreter;

import static dev.symbolon.internal.interpreter.Fixtures.assertLongs;
import static dev.symbolon.internal.interpreter.Fixtures.assertValue;
import static dev.symbolon.internal.interpreter.Fixtures.eval;
import static dev.symbolon.internal.interpreter.Fixtures.input;
import static dev.symbolon.internal.interpreter.Fixtures.matrix;
import static dev.symbolon.internal.interpreter.Fixtures.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.symbolon.internal.ir.GraphError;
import dev.symbolon.internal.ir.GraphException;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.IndexingOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import org.junit.jupiter.api.Test;

/** Indexing and joining against values NumPy computed, and indices out of range refused. */
class IndexingTest {
    /** {@code np.arange(12.).reshape(3, 4) * 1.5 - 2}. */
    private static final NDArray X = NDArray.of(new double[][] {
            {-2.0, -0.5, 1.0, 2.5}, {4.0, 5.5, 7.0, 8.5}, {10.0, 11.5, 13.0, 14.5}});

    private final Node x = matrix("x");
    private final Node iv = input("i", DType.INT64, 1);
    private final Node im = input("i", DType.INT64, 2);

    @Test
    void takeReplacesTheAxisByTheIndicesNegativeCountingFromTheEnd() {
        assertValue(DType.FLOAT64, shape(3, 4), new double[] {1.0, 2.5, -2.0, 1.0, 7.0, 8.5, 4.0, 7.0, 13.0, 14.5,
                10.0, 13.0}, eval(IndexingOps.take(x, iv, 1), "x", X, "i", NDArray.of(new long[] {2, -1, 0, 2})));
        assertValue(DType.FLOAT64, shape(2, 2, 4), new double[] {-2.0, -0.5, 1.0, 2.5, 10.0, 11.5, 13.0, 14.5, 4.0,
                5.5, 7.0, 8.5, 4.0, 5.5, 7.0, 8.5}, eval(IndexingOps.take(x, im, 0), "x", X, "i",
                NDArray.of(new long[][] {{0, 2}, {1, 1}})));
    }

    @Test
    void getIsTheRowAtAnIndex() {
        Node i = input("n", DType.INT32, 0);
        assertValue(DType.FLOAT64, shape(4), new double[] {4.0, 5.5, 7.0, 8.5},
                eval(IndexingOps.get(x, i), "x", X, "n", NDArray.scalar(-2)));
    }

    @Test
    void takeAlongAxisPicksOneEntryPerRow() {
        assertValue(DType.FLOAT64, shape(3, 1), new double[] {2.5, 4.0, 11.5},
                eval(IndexingOps.takeAlongAxis(x, im, 1), "x", X, "i", NDArray.of(new long[][] {{3}, {0}, {1}})));
        Node row = GraphOps.reshape(iv, 1, -1);
        assertValue(DType.FLOAT64, shape(1, 4), new double[] {10.0, -0.5, 7.0, 14.5},
                eval(IndexingOps.takeAlongAxis(x, row, 0), "x", X, "i", NDArray.of(new long[] {2, 0, 1, 2})));
    }

    @Test
    void slicesClampAsNumPysDo() {
        assertValue(DType.FLOAT64, shape(3, 2), new double[] {-0.5, 1.0, 5.5, 7.0, 11.5, 13.0},
                eval(IndexingOps.slice(x, 1, 1, -1), "x", X));
        assertValue(DType.FLOAT64, shape(3, 2), new double[] {-2.0, -0.5, 4.0, 5.5, 10.0, 11.5},
                eval(IndexingOps.slice(x, -1, -10, 2), "x", X));
        assertValue(DType.FLOAT64, shape(1, 4), new double[] {10.0, 11.5, 13.0, 14.5},
                eval(IndexingOps.slice(x, 0, 2, 7), "x", X));
        assertValue(DType.FLOAT64, shape(3, 0), new double[0], eval(IndexingOps.slice(x, 1, 3, 1), "x", X));
    }

    @Test
    void concatenateJoinsAlongTheAxis() {
        Node y = matrix("y");
        assertValue(DType.FLOAT64, shape(3, 6), new double[] {-2.0, -0.5, 1.0, 2.5, 10.0, 20.0, 4.0, 5.5, 7.0, 8.5,
                30.0, 40.0, 10.0, 11.5, 13.0, 14.5, 50.0, 60.0}, eval(IndexingOps.concatenate(1, x, y), "x", X, "y",
                NDArray.of(new double[][] {{10, 20}, {30, 40}, {50, 60}})));
    }

    @Test
    void arangeOneHotAndEye() {
        assertLongs(DType.INT64, shape(4), new long[] {0, 1, 2, 3}, eval(IndexingOps.arange(4)));
        assertLongs(DType.INT64, shape(0), new long[0], eval(IndexingOps.arange(-3)));
        assertValue(DType.FLOAT64, shape(3, 3), new double[] {0, 0, 1, 1, 0, 0, 0, 0, 0},
                eval(IndexingOps.oneHot(iv, 3), "i", NDArray.of(new long[] {2, 0, 7})));
        assertValue(DType.FLOAT64, shape(2, 2), new double[] {1, 0, 0, 1}, eval(IndexingOps.eye(2)));
        assertValue(DType.FLOAT64, shape(3, 4), new double[12], eval(IndexingOps.zerosLike(x), "x", X));
        assertLongs(DType.INT64, shape(3), new long[] {1, 1, 1}, eval(IndexingOps.onesLike(iv), "i",
                NDArray.of(new long[] {5, 6, 7})));
    }

    @Test
    void anIndexOutOfRangeNamesTheOpTheIndexTheSizeAndTheLine() {
        Node take;
        Node along;
        try (var scope = SourcePosition.enter(new SourcePosition("Model.java", 12))) {
            take = IndexingOps.take(x, iv, 1);
            along = IndexingOps.takeAlongAxis(x, im, 1);
        }
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> eval(take, "x", X, "i",
                NDArray.of(new long[] {1, 4})));
        assertEquals("take: index 4 is out of range for axis 1 of size 4 at Model.java:12", e.getMessage());
        e = assertThrows(IndexOutOfBoundsException.class, () -> eval(along, "x", X, "i",
                NDArray.of(new long[][] {{0}, {-5}, {1}})));
        assertEquals("takeAlongAxis: index -5 is out of range for axis 1 of size 4 at Model.java:12", e.getMessage());
    }

    @Test
    void floatIndicesAreRefusedWhenTheGraphIsBuilt() {
        GraphException e = assertThrows(GraphException.class, () -> IndexingOps.take(x, matrix("f"), 0));
        assertEquals(GraphError.INDEX_DTYPE, e.error());
        e = assertThrows(GraphException.class, () -> IndexingOps.takeAlongAxis(x, iv, 0));
        assertEquals(GraphError.INDEX_RANKS, e.error());
        e = assertThrows(GraphException.class, () -> IndexingOps.concatenate(0, x, iv));
        assertEquals(GraphError.CONCATENATE_RANKS, e.error());
        e = assertThrows(GraphException.class, () -> IndexingOps.arange(matrix("f")));
        assertEquals(GraphError.ARANGE_LENGTH, e.error());
    }
}
