package dev.symbolon.internal.interpreter;

import static dev.symbolon.internal.interpreter.Fixtures.assertLongs;
import static dev.symbolon.internal.interpreter.Fixtures.assertValue;
import static dev.symbolon.internal.interpreter.Fixtures.eval;
import static dev.symbolon.internal.interpreter.Fixtures.input;
import static dev.symbolon.internal.interpreter.Fixtures.matrix;
import static dev.symbolon.internal.interpreter.Fixtures.of;
import static dev.symbolon.internal.interpreter.Fixtures.shape;
import static dev.symbolon.internal.interpreter.Fixtures.vector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import org.junit.jupiter.api.Test;

class ReductionsTest {
    private static final NDArray M = of(new double[][] {{1, 5, 3}, {4, 2, 6}});

    private static NDArray reduce(Op op, NDArray value, boolean keepDims, int... axes) {
        Node x = input("x", value.dtype(), value.rank());
        return eval(GraphOps.reduce(op, x, keepDims, axes), "x", value);
    }

    @Test
    void sumOverEachAxisAndAllAxes() {
        assertValue(DType.FLOAT64, shape(3), new double[] {5, 7, 9}, reduce(Op.SUM, M, false, 0));
        assertValue(DType.FLOAT64, shape(2), new double[] {9, 12}, reduce(Op.SUM, M, false, 1));
        assertValue(DType.FLOAT64, shape(2), new double[] {9, 12}, reduce(Op.SUM, M, false, -1));
        assertValue(DType.FLOAT64, shape(), new double[] {21}, reduce(Op.SUM, M, false));
        assertValue(DType.FLOAT64, shape(), new double[] {21}, reduce(Op.SUM, M, false, 0, 1));
    }

    @Test
    void keepDimsLeavesSizeOneDimensions() {
        assertValue(DType.FLOAT64, shape(1, 3), new double[] {5, 7, 9}, reduce(Op.SUM, M, true, 0));
        assertValue(DType.FLOAT64, shape(2, 1), new double[] {9, 12}, reduce(Op.SUM, M, true, 1));
        assertValue(DType.FLOAT64, shape(1, 1), new double[] {21}, reduce(Op.SUM, M, true));
        assertValue(DType.FLOAT64, shape(2, 1), new double[] {3, 4}, reduce(Op.MEAN, M, true, 1));
    }

    @Test
    void reducesTheMiddleAxisOfARank3Tensor() {
        NDArray t = NDArray.wrap(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, 2, 3, 2);
        assertValue(DType.FLOAT64, shape(2, 2), new double[] {9, 12, 27, 30}, reduce(Op.SUM, t, false, 1));
        assertValue(DType.FLOAT64, shape(3), new double[] {1 + 2 + 7 + 8, 3 + 4 + 9 + 10, 5 + 6 + 11 + 12},
                reduce(Op.SUM, t, false, 0, 2));
        assertLongs(DType.INT64, shape(2, 2), new long[] {2, 2, 2, 2}, reduce(Op.ARGMAX, t, false, 1));
    }

    @Test
    void sumOfIntegersIsInt64AndDoesNotWrap() {
        NDArray ints = NDArray.wrap(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, 2}, 3);
        assertLongs(DType.INT64, shape(), new long[] {2L * Integer.MAX_VALUE + 2}, reduce(Op.SUM, ints, false));
        NDArray bools = NDArray.wrap(new boolean[] {true, false, true}, 3);
        assertLongs(DType.INT64, shape(), new long[] {2}, reduce(Op.SUM, bools, false));
    }

    @Test
    void sumOfFloat32StaysFloat32() {
        NDArray f = NDArray.wrap(new float[] {0.1f, 0.2f, 0.3f}, 3);
        assertValue(DType.FLOAT32, shape(), new double[] {(float) ((double) 0.1f + 0.2f + 0.3f)}, reduce(Op.SUM, f, false));
    }

    @Test
    void meanIsFloatAndOfIntegersIsFloat64() {
        assertValue(DType.FLOAT64, shape(3), new double[] {2.5, 3.5, 4.5}, reduce(Op.MEAN, M, false, 0));
        assertValue(DType.FLOAT64, shape(), new double[] {3.5}, reduce(Op.MEAN, M, false));
        assertValue(DType.FLOAT64, shape(), new double[] {1.5},
                reduce(Op.MEAN, NDArray.wrap(new int[] {1, 2}, 2), false));
    }

    @Test
    void maxAndMinOverEachAxis() {
        assertValue(DType.FLOAT64, shape(3), new double[] {4, 5, 6}, reduce(Op.MAX, M, false, 0));
        assertValue(DType.FLOAT64, shape(2), new double[] {5, 6}, reduce(Op.MAX, M, false, 1));
        assertValue(DType.FLOAT64, shape(), new double[] {1}, reduce(Op.MIN, M, false));
        assertValue(DType.FLOAT64, shape(2, 1), new double[] {1, 2}, reduce(Op.MIN, M, true, 1));
        assertLongs(DType.INT32, shape(), new long[] {-3}, reduce(Op.MIN, NDArray.wrap(new int[] {4, -3, 9}, 3), false));
    }

    @Test
    void maxPropagatesNaN() {
        assertValue(DType.FLOAT64, shape(), new double[] {Double.NaN}, reduce(Op.MAX, of(1, Double.NaN, 3), false));
    }

    @Test
    void argmaxAlongAnAxisAndOverTheFlattenedArray() {
        assertLongs(DType.INT64, shape(3), new long[] {1, 0, 1}, reduce(Op.ARGMAX, M, false, 0));
        assertLongs(DType.INT64, shape(2), new long[] {1, 2}, reduce(Op.ARGMAX, M, false, 1));
        assertLongs(DType.INT64, shape(), new long[] {5}, reduce(Op.ARGMAX, M, false));
    }

    @Test
    void argmaxTakesTheFirstMaximumAndNaNAsTheMaximum() {
        assertLongs(DType.INT64, shape(), new long[] {1}, reduce(Op.ARGMAX, of(1, 7, 7, 2), false));
        assertLongs(DType.INT64, shape(), new long[] {2}, reduce(Op.ARGMAX, of(1, 7, Double.NaN, 9), false));
        assertLongs(DType.INT64, shape(), new long[] {0},
                reduce(Op.ARGMAX, NDArray.wrap(new long[] {(1L << 53) + 1, 1L << 53}, 2), false));
    }

    @Test
    void emptySumIsZeroAndEmptyMeanIsNaN() {
        NDArray empty = NDArray.wrap(new double[0], 0);
        assertValue(DType.FLOAT64, shape(), new double[] {0}, reduce(Op.SUM, empty, false));
        assertValue(DType.FLOAT64, shape(), new double[] {Double.NaN}, reduce(Op.MEAN, empty, false));
    }

    @Test
    void maxMinAndArgmaxOfNothingThrow() {
        NDArray empty = NDArray.wrap(new double[0], 2, 0);
        for (Op op : new Op[] {Op.MAX, Op.MIN, Op.ARGMAX}) {
            ShapeException e = assertThrows(ShapeException.class, () -> reduce(op, empty, false, 1));
            assertTrue(e.getMessage().startsWith(op.functionName() + ": "), e.getMessage());
            assertTrue(e.getMessage().contains("[2, 0]"), e.getMessage());
        }
        // reducing a non-empty axis of an empty array is fine: the result is empty too
        assertEquals(0, reduce(Op.MAX, empty, false, 0).size());
    }

    @Test
    void supremumIsTheMaximumAndMinusInfinityOverNothing() {
        assertValue(DType.FLOAT64, shape(2), new double[] {5, 6}, reduce(Op.SUPREMUM, M, false, 1));
        assertValue(DType.FLOAT64, shape(), new double[] {Double.NaN}, reduce(Op.SUPREMUM, of(1, Double.NaN, 3), false));
        NDArray empty = NDArray.wrap(new double[0], 2, 0);
        double[] minusInfinities = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        assertValue(DType.FLOAT64, shape(2, 1), minusInfinities, reduce(Op.SUPREMUM, empty, true, 1));
    }

    @Test
    void reductionOfAVectorInAnExpression() {
        Node v = vector("v");
        Node centered = GraphOps.sub(v, GraphOps.reduce(Op.MEAN, v, false));
        assertValue(DType.FLOAT64, shape(3), new double[] {-1, 0, 1}, eval(centered, "v", of(1, 2, 3)));
        assertValue(DType.FLOAT64, shape(2), new double[] {5, 6}, eval(GraphOps.reduce(Op.MAX, matrix("m"), false, 1), "m", M));
    }

    @Test
    void prodAsNumPyWithOneOverNoElementsAndWrappingInts() {
        NDArray x = of(new double[][] {{2, 3, 4}, {0.5, 0, 8}});
        assertValue(DType.FLOAT64, shape(2), new double[] {24, 0}, reduce(Op.PROD, x, false, 1));
        assertValue(DType.FLOAT64, shape(), new double[] {0}, reduce(Op.PROD, x, false));
        assertValue(DType.FLOAT64, shape(3), new double[] {1, 1, 1},
                reduce(Op.PROD, NDArray.zeros(DType.FLOAT64, 0, 3), false, 0));
        NDArray ints = NDArray.wrap(new int[] {1 << 20, 1 << 20, 1 << 30}, 3);
        // int32 operands multiply in int64, as NumPy's prod does, and wrap only there
        assertLongs(DType.INT64, shape(), new long[] {(1L << 40) * (1L << 30)}, reduce(Op.PROD, ints, false));
    }

    @Test
    void argminFindsTheFirstMinimumAndNaNFirst() {
        NDArray x = of(new double[][] {{3, 1, 1}, {Double.NaN, 0, Double.NaN}});
        assertLongs(DType.INT64, shape(2), new long[] {1, 0}, reduce(Op.ARGMIN, x, false, 1));
        assertLongs(DType.INT64, shape(), new long[] {4}, reduce(Op.ARGMIN, of(new double[][] {{3, 1, 1}, {2, 0, 0}}),
                false));
        assertLongs(DType.INT64, shape(3), new long[] {1, 0, 0},
                reduce(Op.ARGMIN, NDArray.wrap(new long[] {5, 1, 9, 2, 7, 9}, 2, 3), false, 0));
        assertThrows(ShapeException.class, () -> reduce(Op.ARGMIN, NDArray.zeros(DType.FLOAT64, 0), false));
    }

    @Test
    void cumsumAlongEachAxisWithIntegersInInt64() {
        Node x = matrix("x");
        NDArray m = of(new double[][] {{1.5, 2, 3}, {4, 5, 6}});
        assertValue(DType.FLOAT64, shape(2, 3), new double[] {1.5, 2, 3, 5.5, 7, 9}, eval(GraphOps.cumsum(x, 0), "x", m));
        assertValue(DType.FLOAT64, shape(2, 3), new double[] {1.5, 3.5, 6.5, 4, 9, 15},
                eval(GraphOps.cumsum(x, -1), "x", m));
        Node xi = input("x", DType.INT32, 2);
        assertLongs(DType.INT64, shape(2, 3), new long[] {1, 3, 6, 4, 9, 15},
                eval(GraphOps.cumsum(xi, 1), "x", NDArray.wrap(new int[] {1, 2, 3, 4, 5, 6}, 2, 3)));
        assertValue(DType.FLOAT64, shape(0, 3), new double[0],
                eval(GraphOps.cumsum(x, 0), "x", NDArray.zeros(DType.FLOAT64, 0, 3)));
    }

    @Test
    void varianceAndStandardDeviationAsNumPyEvenAroundALargeMean() {
        Node x = matrix("x");
        NDArray y = of(new double[][] {{1.5, -2, 0.25}, {3, 0.5, -1}});
        assertValue(DType.FLOAT64, shape(), new double[] {2.6197916666666665}, eval(GraphOps.var(x), "x", y));
        assertValue(DType.FLOAT64, shape(3), new double[] {0.5625, 1.5625, 0.390625}, eval(GraphOps.var(x, 0), "x", y));
        Fixtures.assertClose(DType.FLOAT64, shape(2), new double[] {1.448178933081897, 1.6499158227686108},
                eval(GraphOps.std(x, 1), "x", y), 1e-15);
        // E[x^2] - E[x]^2 cancels every digit here (x^2 ~ 1e18 has an ulp of 128); two passes keep them
        NDArray large = of(new double[][] {{1e9 + 1, 1e9 + 2, 1e9 + 3}, {1e9 + 4, 1e9 + 5, 1e9 + 6}});
        assertValue(DType.FLOAT64, shape(), new double[] {2.9166666666666665}, eval(GraphOps.var(x), "x", large));
        Fixtures.assertClose(DType.FLOAT64, shape(2), new double[] {2 / 3.0, 2 / 3.0},
                eval(GraphOps.var(x, 1), "x", large), 1e-15);
        assertValue(DType.FLOAT64, shape(3), new double[] {1.5, 1.5, 1.5}, eval(GraphOps.std(x, 0), "x", large));
        assertValue(DType.FLOAT64, shape(), new double[] {2.0 / 3},
                eval(GraphOps.var(input("v", DType.INT32, 1)), "v", NDArray.wrap(new int[] {1, 2, 3}, 3)));
    }
}
