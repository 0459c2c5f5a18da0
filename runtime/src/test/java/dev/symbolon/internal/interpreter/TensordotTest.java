package dev.symbolon.internal.interpreter;

import static dev.symbolon.internal.interpreter.Fixtures.assertClose;
import static dev.symbolon.internal.interpreter.Fixtures.assertLongs;
import static dev.symbolon.internal.interpreter.Fixtures.eval;
import static dev.symbolon.internal.interpreter.Fixtures.input;
import static dev.symbolon.internal.interpreter.Fixtures.matrix;
import static dev.symbolon.internal.interpreter.Fixtures.shape;
import static dev.symbolon.internal.interpreter.Fixtures.vector;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.ir.LinearAlgebraOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import org.junit.jupiter.api.Test;

/** {@code tensordot} against NumPy's {@code np.tensordot} of the same arguments. */
class TensordotTest {
    /** {@code np.arange(24).reshape(2, 3, 4) / 4 - 1}. */
    private static final NDArray A = ramp(shape(2, 3, 4), 4, 1);
    /** {@code np.arange(24).reshape(4, 3, 2) / 3 - 2}. */
    private static final NDArray B = ramp(shape(4, 3, 2), 3, 2);
    /** {@code np.arange(6).reshape(3, 2) / 2 - 1}. */
    private static final NDArray C = ramp(shape(3, 2), 2, 1);

    private static NDArray ramp(int[] shape, double divisor, double offset) {
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        double[] data = new double[size];
        for (int i = 0; i < size; i++) {
            data[i] = i / divisor - offset;
        }
        return NDArray.wrap(data, shape);
    }

    private static int[] axes(int... axes) {
        return axes;
    }

    private static Node cube(String name) {
        return input(name, DType.FLOAT64, 3);
    }

    @Test
    void twoPairsOfAxesInAnotherOrder() {
        Node r = LinearAlgebraOps.tensordot(cube("a"), cube("b"), axes(1, 2), axes(1, 0));
        assertClose(DType.FLOAT64, shape(2, 2), new double[] {20.333333333333332, 21.833333333333336,
                80.33333333333333, 93.83333333333334}, eval(r, "a", A, "b", B), 1e-12);
    }

    @Test
    void onePairCountedFromTheEnd() {
        Node r = LinearAlgebraOps.tensordot(cube("a"), matrix("c"), axes(-2), axes(0));
        assertClose(DType.FLOAT64, shape(2, 4, 2), new double[] {2.0, 2.0, 2.0, 2.375, 2.0, 2.75, 2.0, 3.125, 2.0,
                6.5, 2.0, 6.875, 2.0, 7.25, 2.0, 7.625}, eval(r, "a", A, "c", C), 1e-12);
    }

    @Test
    void aVectorAgainstTheMiddleAxisOfATensor() {
        Node r = LinearAlgebraOps.tensordot(vector("v"), cube("a"), axes(0), axes(1));
        assertClose(DType.FLOAT64, shape(2, 4), new double[] {-0.5, -0.625, -0.75, -0.875, -2.0, -2.125, -2.25,
                -2.375}, eval(r, "v", Fixtures.of(1, -2, 0.5), "a", A), 1e-12);
    }

    @Test
    void noPairsIsTheOuterProduct() {
        Node r = LinearAlgebraOps.tensordot(matrix("x"), vector("v"), axes(), axes());
        NDArray x = ramp(shape(2, 3), 5, 0.5);
        assertClose(DType.FLOAT64, shape(2, 3, 2), new double[] {-1.0, 0.5, -0.6, 0.3, -0.19999999999999996,
                0.09999999999999998, 0.19999999999999996, -0.09999999999999998, 0.6000000000000001,
                -0.30000000000000004, 1.0, -0.5}, eval(r, "x", x, "v", Fixtures.of(2.0, -1.0)), 1e-15);
    }

    @Test
    void matricesPairedOnTheirRowsAreTheProductOfTheTranspose() {
        Node r = LinearAlgebraOps.tensordot(matrix("m"), matrix("n"), axes(0), axes(0));
        NDArray m = ramp(shape(3, 2), 1, 2.5);
        NDArray n = ramp(shape(3, 4), 6, 0);
        assertClose(DType.FLOAT64, shape(2, 4), new double[] {1.6666666666666665, 1.4166666666666667,
                1.166666666666667, 0.9166666666666664, 3.6666666666666665, 3.9166666666666665, 4.166666666666667,
                4.416666666666666}, eval(r, "m", m, "n", n), 1e-12);
    }

    @Test
    void everyAxisPairedIsAScalar() {
        Node r = LinearAlgebraOps.tensordot(cube("a"), cube("a2"), axes(0, 1, 2), axes(0, 1, 2));
        assertClose(DType.FLOAT64, shape(), new double[] {156.25}, eval(r, "a", A, "a2", A), 1e-12);
    }

    @Test
    void integersKeepTheirDtype() {
        Node r = LinearAlgebraOps.tensordot(input("i", DType.INT32, 3), input("j", DType.INT32, 2), axes(1, 2),
                axes(1, 0));
        NDArray i = NDArray.wrap(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, 2, 3, 2);
        NDArray j = NDArray.wrap(new int[] {1, -1, 2, 0, 3, 1}, 2, 3);
        // np.tensordot(i, j, ([1, 2], [1, 0]))
        assertLongs(DType.INT32, shape(2), new long[] {26, 62}, eval(r, "i", i, "j", j));
    }

    @Test
    void pairedAxesOfDifferentSizesAreAShapeError() {
        Node r = LinearAlgebraOps.tensordot(cube("a"), cube("b"), axes(1, 2), axes(0, 1));
        // (3, 4) against (4, 3): the same product of sizes, so each pair is checked apart
        String message = assertThrows(ShapeException.class, () -> eval(r, "a", A, "b", B)).getMessage();
        assertTrue(message.contains("sizes 3 and 4"), message);
        Node both = LinearAlgebraOps.tensordot(matrix("p"), matrix("q"), axes(0, 1), axes(0, 1));
        assertThrows(ShapeException.class, () -> eval(both, "p", ramp(shape(2, 6), 1, 0), "q", ramp(shape(3, 4), 1, 0)));
        Node product = LinearAlgebraOps.tensordot(matrix("c"), matrix("c2"), axes(1), axes(1));
        assertThrows(ShapeException.class, () -> eval(product, "c", C, "c2", ramp(shape(3, 3), 1, 0)));
    }
}
