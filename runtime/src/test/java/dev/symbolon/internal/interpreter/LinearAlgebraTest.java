package dev.symbolon.internal.interpreter;

import static dev.symbolon.internal.interpreter.Fixtures.assertLongs;
import static dev.symbolon.internal.interpreter.Fixtures.assertValue;
import static dev.symbolon.internal.interpreter.Fixtures.eval;
import static dev.symbolon.internal.interpreter.Fixtures.input;
import static dev.symbolon.internal.interpreter.Fixtures.matrix;
import static dev.symbolon.internal.interpreter.Fixtures.of;
import static dev.symbolon.internal.interpreter.Fixtures.shape;
import static dev.symbolon.internal.interpreter.Fixtures.vector;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import org.junit.jupiter.api.Test;

class LinearAlgebraTest {
    private static final NDArray A = of(new double[][] {{1, 2, 3}, {4, 5, 6}});
    private static final NDArray B = of(new double[][] {{7, 8}, {9, 10}, {11, 12}});

    @Test
    void dotOfTwoVectorsIsAScalar() {
        assertValue(DType.FLOAT64, shape(), new double[] {32},
                eval(GraphOps.dot(vector("a"), vector("b")), "a", of(1, 2, 3), "b", of(4, 5, 6)));
    }

    @Test
    void dotOfMatrixAndVectorIsAVector() {
        assertValue(DType.FLOAT64, shape(2), new double[] {1 - 3, 4 - 6},
                eval(GraphOps.dot(matrix("m"), vector("v")), "m", A, "v", of(1, 0, -1)));
    }

    @Test
    void dotOfVectorAndMatrixIsAVector() {
        assertValue(DType.FLOAT64, shape(3), new double[] {1 - 4, 2 - 5, 3 - 6},
                eval(GraphOps.dot(vector("v"), matrix("m")), "v", of(1, -1), "m", A));
    }

    @Test
    void dotOfTwoMatricesIsTheMatrixProduct() {
        assertValue(DType.FLOAT64, shape(2, 2), new double[] {58, 64, 139, 154},
                eval(GraphOps.dot(matrix("a"), matrix("b")), "a", A, "b", B));
    }

    @Test
    void dotOfEmptyInnerDimensionIsZero() {
        assertValue(DType.FLOAT64, shape(2, 2), new double[] {0, 0, 0, 0}, eval(GraphOps.dot(matrix("a"), matrix("b")),
                "a", NDArray.wrap(new double[0], 2, 0), "b", NDArray.wrap(new double[0], 0, 2)));
    }

    @Test
    void dotOfIntegersAccumulatesInLongAndStoresTheDtype() {
        Node a = input("a", DType.INT32, 1);
        Node b = input("b", DType.INT32, 1);
        NDArray big = NDArray.wrap(new int[] {65536, 65536}, 2);
        assertLongs(DType.INT32, shape(), new long[] {0}, eval(GraphOps.dot(a, b), "a", big, "b", big));
        Node c = input("c", DType.INT64, 1);
        assertLongs(DType.INT64, shape(), new long[] {2L * 65536 * 65536},
                eval(GraphOps.dot(a, c), "a", big, "c", NDArray.wrap(new long[] {65536, 65536}, 2)));
    }

    @Test
    void dotOfFloat32IsRoundedOnceAfterDoubleAccumulation() {
        Node a = input("a", DType.FLOAT32, 1);
        NDArray v = NDArray.wrap(new float[] {0.1f, 0.2f, 0.3f}, 3);
        double exact = (double) 0.1f * 0.1f + (double) 0.2f * 0.2f + (double) 0.3f * 0.3f;
        assertValue(DType.FLOAT32, shape(), new double[] {(float) exact}, eval(GraphOps.dot(a, a), "a", v));
    }

    @Test
    void outerMultipliesEveryPair() {
        assertValue(DType.FLOAT64, shape(2, 3), new double[] {4, 5, 6, 8, 10, 12},
                eval(GraphOps.outer(vector("a"), vector("b")), "a", of(1, 2), "b", of(4, 5, 6)));
        Node i = input("i", DType.INT64, 1);
        Node j = input("j", DType.INT64, 1);
        assertLongs(DType.INT64, shape(2, 2), new long[] {3, -1, 6, -2}, eval(GraphOps.outer(i, j),
                "i", NDArray.wrap(new long[] {1, 2}, 2), "j", NDArray.wrap(new long[] {3, -1}, 2)));
    }
}
