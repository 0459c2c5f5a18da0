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
}
