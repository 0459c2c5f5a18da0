package dev.symbolon.internal.interpreter;

import static dev.symbolon.internal.interpreter.Fixtures.assertLongs;
import static dev.symbolon.internal.interpreter.Fixtures.assertValue;
import static dev.symbolon.internal.interpreter.Fixtures.eval;
import static dev.symbolon.internal.interpreter.Fixtures.input;
import static dev.symbolon.internal.interpreter.Fixtures.matrix;
import static dev.symbolon.internal.interpreter.Fixtures.of;
import static dev.symbolon.internal.interpreter.Fixtures.scalar;
import static dev.symbolon.internal.interpreter.Fixtures.shape;
import static dev.symbolon.internal.interpreter.Fixtures.vector;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import org.junit.jupiter.api.Test;

class ShapeOpsTest {
    private static final NDArray M = of(new double[][] {{1, 2, 3}, {4, 5, 6}});
    private static final NDArray T3 = NDArray.wrap(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, 2, 3, 2);

    @Test
    void transposeOfAMatrixSwapsRowsAndColumns() {
        assertValue(DType.FLOAT64, shape(3, 2), new double[] {1, 4, 2, 5, 3, 6}, eval(GraphOps.transpose(matrix("m")), "m", M));
    }

    @Test
    void transposeByAPermutation() {
        Node t = input("t", DType.FLOAT64, 3);
        // result[i][j][k] = t[j][k][i]
        assertValue(DType.FLOAT64, shape(2, 2, 3), new double[] {1, 3, 5, 7, 9, 11, 2, 4, 6, 8, 10, 12},
                eval(GraphOps.transpose(t, 2, 0, 1), "t", T3));
        Node i = input("i", DType.INT32, 2);
        assertLongs(DType.INT32, shape(2, 1), new long[] {7, 8},
                eval(GraphOps.transpose(i), "i", NDArray.wrap(new int[] {7, 8}, 1, 2)));
    }

    @Test
    void reshapeInfersTheMinusOneEntry() {
        assertValue(DType.FLOAT64, shape(3, 2), new double[] {1, 2, 3, 4, 5, 6}, eval(GraphOps.reshape(matrix("m"), -1, 2), "m", M));
        assertValue(DType.FLOAT64, shape(6), new double[] {1, 2, 3, 4, 5, 6}, eval(GraphOps.reshape(matrix("m"), -1), "m", M));
        assertValue(DType.FLOAT64, shape(1, 6), new double[] {1, 2, 3, 4, 5, 6}, eval(GraphOps.reshape(matrix("m"), 1, 6), "m", M));
        assertValue(DType.FLOAT64, shape(), new double[] {7}, eval(GraphOps.reshape(vector("v")), "v", of(7)));
    }

    @Test
    void reshapeLikeTakesTheModelsRunTimeShape() {
        Node result = GraphOps.reshapeLike(vector("v"), matrix("m"));
        assertValue(DType.FLOAT64, shape(2, 3), new double[] {6, 5, 4, 3, 2, 1}, eval(result, "v", of(6, 5, 4, 3, 2, 1), "m", M));
    }

    @Test
    void broadcastLikeRepeatsAScalarOverTheModel() {
        Node result = GraphOps.broadcastLike(scalar("s"), matrix("m"));
        assertValue(DType.FLOAT64, shape(2, 3), new double[] {9, 9, 9, 9, 9, 9}, eval(result, "s", NDArray.scalar(9.0), "m", M));
    }

    @Test
    void broadcastLikeWithAnInsertedAxisUndoesAReduction() {
        Node m = matrix("m");
        Node rowSums = GraphOps.sum(m, 1);
        assertValue(DType.FLOAT64, shape(2, 3), new double[] {6, 6, 6, 15, 15, 15},
                eval(GraphOps.broadcastLike(rowSums, m, 1), "m", M));
        Node columnSums = GraphOps.sum(m, 0);
        assertValue(DType.FLOAT64, shape(2, 3), new double[] {5, 7, 9, 5, 7, 9},
                eval(GraphOps.broadcastLike(columnSums, m, 0), "m", M));
    }

    @Test
    void broadcastLikeRepeatsKeepDimsDimensionsAndKeepsTheDtype() {
        Node t = input("t", DType.FLOAT64, 3);
        Node middle = GraphOps.reduce(Op.MAX, GraphOps.cast(t, DType.FLOAT32), true, 1);
        assertValue(DType.FLOAT32, shape(2, 3, 2), new double[] {5, 6, 5, 6, 5, 6, 11, 12, 11, 12, 11, 12},
                eval(GraphOps.broadcastLike(middle, t), "t", T3));
        Node inner = GraphOps.reduce(Op.SUM, t, false, 0, 2);
        assertValue(DType.FLOAT64, shape(2, 3, 2), new double[] {18, 18, 26, 26, 34, 34, 18, 18, 26, 26, 34, 34},
                eval(GraphOps.broadcastLike(inner, t, 0, 2), "t", T3));
    }
}
