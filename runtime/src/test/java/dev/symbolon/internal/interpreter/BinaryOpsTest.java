package dev.symbolon.internal.interpreter;

import static dev.symbolon.internal.interpreter.Fixtures.assertLongs;
import static dev.symbolon.internal.interpreter.Fixtures.assertValue;
import static dev.symbolon.internal.interpreter.Fixtures.constant;
import static dev.symbolon.internal.interpreter.Fixtures.eval;
import static dev.symbolon.internal.interpreter.Fixtures.input;
import static dev.symbolon.internal.interpreter.Fixtures.matrix;
import static dev.symbolon.internal.interpreter.Fixtures.of;
import static dev.symbolon.internal.interpreter.Fixtures.scalar;
import static dev.symbolon.internal.interpreter.Fixtures.shape;
import static dev.symbolon.internal.interpreter.Fixtures.vector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.ir.GraphException;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import org.junit.jupiter.api.Test;

class BinaryOpsTest {
    private static final double[][] M = {{1, 2, 3}, {4, 5, 6}};

    @Test
    void arithmeticOfTwoMatrices() {
        Node a = matrix("a");
        Node b = matrix("b");
        NDArray av = of(M);
        NDArray bv = of(new double[][] {{6, 5, 4}, {3, 2, 1}});
        assertValue(DType.FLOAT64, shape(2, 3), new double[] {7, 7, 7, 7, 7, 7}, eval(GraphOps.add(a, b), "a", av, "b", bv));
        assertValue(DType.FLOAT64, shape(2, 3), new double[] {-5, -3, -1, 1, 3, 5}, eval(GraphOps.sub(a, b), "a", av, "b", bv));
        assertValue(DType.FLOAT64, shape(2, 3), new double[] {6, 10, 12, 12, 10, 6}, eval(GraphOps.mul(a, b), "a", av, "b", bv));
        assertValue(DType.FLOAT64, shape(2, 3), new double[] {1 / 6.0, 2 / 5.0, 3 / 4.0, 4 / 3.0, 5 / 2.0, 6.0},
                eval(GraphOps.div(a, b), "a", av, "b", bv));
        assertValue(DType.FLOAT64, shape(2, 3), new double[] {1, 32, 81, 64, 25, 6},
                eval(GraphOps.binary(Op.POW, a, b), "a", av, "b", bv));
    }

    @Test
    void scalarBroadcastsOverAMatrix() {
        Node s = scalar("s");
        Node m = matrix("m");
        assertValue(DType.FLOAT64, shape(2, 3), new double[] {9, 8, 7, 6, 5, 4},
                eval(GraphOps.sub(s, m), "s", NDArray.scalar(10.0), "m", of(M)));
        assertValue(DType.FLOAT64, shape(2, 3), new double[] {2, 4, 6, 8, 10, 12},
                eval(GraphOps.mul(m, constant(2)), "m", of(M)));
    }

    @Test
    void vectorBroadcastsOverTheRowsOfAMatrix() {
        Node result = GraphOps.add(matrix("m"), vector("v"));
        assertValue(DType.FLOAT64, shape(2, 3), new double[] {11, 22, 33, 14, 25, 36},
                eval(result, "m", of(M), "v", of(10, 20, 30)));
    }

    @Test
    void keepDimsResultBroadcastsAlongItsSizeOneDimension() {
        Node m = matrix("m");
        Node rowSums = GraphOps.reduce(Op.SUM, m, true, 1);
        assertValue(DType.FLOAT64, shape(2, 3), new double[] {1 / 6.0, 2 / 6.0, 3 / 6.0, 4 / 15.0, 5 / 15.0, 6 / 15.0},
                eval(GraphOps.div(m, rowSums), "m", of(M)));
    }

    @Test
    void columnTypedInputBroadcastsAcrossColumns() {
        Node column = GraphOps.input("c", Type.of(DType.FLOAT64, false, true));
        assertValue(DType.FLOAT64, shape(2, 3), new double[] {101, 102, 103, 204, 205, 206},
                eval(GraphOps.add(matrix("m"), column), "m", of(M), "c", of(new double[][] {{100}, {200}})));
    }

    @Test
    void int32ArithmeticWrapsAndMixingWithFloat64Promotes() {
        Node a = input("a", DType.INT32, 1);
        Node b = input("b", DType.INT32, 1);
        NDArray av = NDArray.wrap(new int[] {Integer.MAX_VALUE, -7, 100_000}, 3);
        NDArray bv = NDArray.wrap(new int[] {1, 2, 100_000}, 3);
        assertLongs(DType.INT32, shape(3), new long[] {Integer.MIN_VALUE, -5, 200_000}, eval(GraphOps.add(a, b), "a", av, "b", bv));
        assertLongs(DType.INT32, shape(3), new long[] {Integer.MAX_VALUE, -14, 100_000 * 100_000},
                eval(GraphOps.mul(a, b), "a", av, "b", bv));
        assertValue(DType.FLOAT64, shape(3), new double[] {Integer.MAX_VALUE, -3.5, 1},
                eval(GraphOps.div(a, b), "a", av, "b", bv));
        assertValue(DType.FLOAT64, shape(3), new double[] {Integer.MAX_VALUE + 0.5, -6.5, 100_000.5},
                eval(GraphOps.add(a, scalar("h")), "a", av, "h", NDArray.scalar(0.5)));
    }

    @Test
    void int64ArithmeticIsLongArithmetic() {
        Node a = input("a", DType.INT64, 1);
        NDArray av = NDArray.wrap(new long[] {3_000_000_000L, Long.MAX_VALUE}, 2);
        assertLongs(DType.INT64, shape(2), new long[] {6_000_000_000L, -2}, eval(GraphOps.add(a, a), "a", av));
    }

    @Test
    void boolOperandsComputeAsInt32() {
        Node p = input("p", DType.BOOL, 1);
        Node q = input("q", DType.BOOL, 1);
        NDArray pv = NDArray.wrap(new boolean[] {true, true, false}, 3);
        NDArray qv = NDArray.wrap(new boolean[] {true, false, false}, 3);
        assertLongs(DType.INT32, shape(3), new long[] {2, 1, 0}, eval(GraphOps.add(p, q), "p", pv, "q", qv));
    }

    @Test
    void remainderHasTheSignOfTheDividendAsJavaPercent() {
        Node a = vector("a");
        Node b = vector("b");
        assertValue(DType.FLOAT64, shape(4), new double[] {-7.5 % 2, 7.5 % -2, 1 % 0.0, -0.0},
                eval(GraphOps.binary(Op.REM, a, b), "a", of(-7.5, 7.5, 1, -0.0), "b", of(2, -2, 0, 5)));
        Node i = input("i", DType.INT32, 1);
        Node j = input("j", DType.INT32, 1);
        assertLongs(DType.INT32, shape(3), new long[] {-1, 1, 0}, eval(GraphOps.binary(Op.REM, i, j),
                "i", NDArray.wrap(new int[] {-7, 7, Integer.MIN_VALUE}, 3), "j", NDArray.wrap(new int[] {3, -3, -1}, 3)));
    }

    @Test
    void integerRemainderByZeroThrowsAsJavaDoes() {
        Node i = input("i", DType.INT64, 1);
        Node j = input("j", DType.INT64, 1);
        assertThrows(ArithmeticException.class, () -> eval(GraphOps.binary(Op.REM, i, j),
                "i", NDArray.wrap(new long[] {1}, 1), "j", NDArray.wrap(new long[] {0}, 1)));
    }

    @Test
    void quotientTruncatesAndWrapsAsJavasIntegerDivision() {
        Node i = input("i", DType.INT32, 1);
        Node j = input("j", DType.INT32, 0);
        assertLongs(DType.INT32, shape(3), new long[] {7 / -2, -7 / -2, Integer.MIN_VALUE / -2}, eval(
                GraphOps.quotient(i, j), "i",
                NDArray.wrap(new int[] {7, -7, Integer.MIN_VALUE}, 3), "j", NDArray.scalar(-2)));
        assertLongs(DType.INT32, shape(1), new long[] {Integer.MIN_VALUE}, eval(GraphOps.quotient(i, j),
                "i", NDArray.wrap(new int[] {Integer.MIN_VALUE}, 1), "j", NDArray.scalar(-1)));
    }

    @Test
    void longQuotientIsExactBeyondDoublePrecision() {
        Node a = input("a", DType.INT64, 1);
        Node b = input("b", DType.INT64, 1);
        assertLongs(DType.INT64, shape(3), new long[] {9007199254740993L, Long.MAX_VALUE / 3, Long.MIN_VALUE},
                eval(GraphOps.quotient(a, b), "a", NDArray.wrap(new long[] {9007199254740993L, Long.MAX_VALUE,
                        Long.MIN_VALUE}, 3), "b", NDArray.wrap(new long[] {1, 3, -1}, 3)));
    }

    @Test
    void integerQuotientByZeroThrowsAsJavaDoes() {
        Node i = input("i", DType.INT32, 0);
        Node j = input("j", DType.INT32, 0);
        ArithmeticException scalar = assertThrows(ArithmeticException.class, () -> eval(GraphOps.quotient(i, j),
                "i", NDArray.scalar(1), "j", NDArray.scalar(0)));
        assertEquals("/ by zero", scalar.getMessage());
        Node a = input("a", DType.INT64, 1);
        Node b = input("b", DType.INT64, 1);
        assertThrows(ArithmeticException.class, () -> eval(GraphOps.quotient(a, b),
                "a", NDArray.wrap(new long[] {4, 5}, 2), "b", NDArray.wrap(new long[] {2, 0}, 2)));
    }

    @Test
    void quotientRefusesFloats() {
        Node x = vector("x");
        GraphException e = assertThrows(GraphException.class, () -> GraphOps.quotient(x, constant(2)));
        assertTrue(e.getMessage().contains("quotient takes integers"), e.getMessage());
    }

    @Test
    void int64ConstantsAndArithmeticAreExactBeyondDoublePrecision() {
        Node a = input("a", DType.INT64, 1);
        Node big = GraphOps.constant(9007199254740993L, DType.INT64);
        assertLongs(DType.INT64, shape(2), new long[] {9007199254740993L, 9007199254740993L * 3 + 2},
                eval(GraphOps.add(GraphOps.mul(a, big), GraphOps.sub(a, GraphOps.constant(1, DType.INT64))),
                        "a", NDArray.wrap(new long[] {1, 3}, 2)));
        assertLongs(DType.INT64, shape(1), new long[] {-9007199254740993L},
                eval(GraphOps.neg(GraphOps.unary(Op.ABS, a)), "a", NDArray.wrap(new long[] {-9007199254740993L}, 1)));
    }

    @Test
    void maximumAndMinimumPropagateNaNAndOrderSignedZerosAsMathMax() {
        Node a = vector("a");
        Node b = vector("b");
        NDArray av = of(1, Double.NaN, -0.0, 5);
        NDArray bv = of(2, 3, 0.0, -5);
        assertValue(DType.FLOAT64, shape(4), new double[] {2, Double.NaN, 0.0, 5},
                eval(GraphOps.binary(Op.MAXIMUM, a, b), "a", av, "b", bv));
        assertValue(DType.FLOAT64, shape(4), new double[] {1, Double.NaN, -0.0, -5},
                eval(GraphOps.binary(Op.MINIMUM, a, b), "a", av, "b", bv));
        Node i = input("i", DType.INT64, 1);
        assertLongs(DType.INT64, shape(2), new long[] {0, 4},
                eval(GraphOps.binary(Op.MAXIMUM, i, GraphOps.constant(0, DType.INT64)), "i", NDArray.wrap(new long[] {-4, 4}, 2)));
    }

    @Test
    void float32ArithmeticRoundsEachResultToFloat() {
        Node a = input("a", DType.FLOAT32, 1);
        Node b = input("b", DType.FLOAT32, 1);
        NDArray av = NDArray.wrap(new float[] {0.1f, 1e30f}, 2);
        NDArray bv = NDArray.wrap(new float[] {0.2f, 1e10f}, 2);
        assertValue(DType.FLOAT32, shape(2), new double[] {0.1f + 0.2f, 1e30f}, eval(GraphOps.add(a, b), "a", av, "b", bv));
        // 1e40 is a finite double but overflows float
        assertValue(DType.FLOAT32, shape(2), new double[] {0.1f * 0.2f, Double.POSITIVE_INFINITY},
                eval(GraphOps.mul(a, b), "a", av, "b", bv));
    }
}
