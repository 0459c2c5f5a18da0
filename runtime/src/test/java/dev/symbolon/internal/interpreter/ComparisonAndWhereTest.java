package dev.symbolon.internal.interpreter;

import static dev.symbolon.internal.interpreter.Fixtures.assertLongs;
import static dev.symbolon.internal.interpreter.Fixtures.assertValue;
import static dev.symbolon.internal.interpreter.Fixtures.constant;
import static dev.symbolon.internal.interpreter.Fixtures.eval;
import static dev.symbolon.internal.interpreter.Fixtures.input;
import static dev.symbolon.internal.interpreter.Fixtures.matrix;
import static dev.symbolon.internal.interpreter.Fixtures.of;
import static dev.symbolon.internal.interpreter.Fixtures.shape;
import static dev.symbolon.internal.interpreter.Fixtures.vector;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import org.junit.jupiter.api.Test;

class ComparisonAndWhereTest {
    private static final NDArray A = of(1, 2, 3, Double.NaN);
    private static final NDArray B = of(2, 2, 2, Double.NaN);

    private static NDArray compare(Op op) {
        return eval(GraphOps.compare(op, vector("a"), vector("b")), "a", A, "b", B);
    }

    @Test
    void comparisonsGiveBoolAndNaNComparesAsInJava() {
        assertLongs(DType.BOOL, shape(4), new long[] {0, 0, 1, 0}, compare(Op.GT));
        assertLongs(DType.BOOL, shape(4), new long[] {0, 1, 1, 0}, compare(Op.GE));
        assertLongs(DType.BOOL, shape(4), new long[] {1, 0, 0, 0}, compare(Op.LT));
        assertLongs(DType.BOOL, shape(4), new long[] {1, 1, 0, 0}, compare(Op.LE));
        assertLongs(DType.BOOL, shape(4), new long[] {0, 1, 0, 0}, compare(Op.EQ));
        assertLongs(DType.BOOL, shape(4), new long[] {1, 0, 1, 1}, compare(Op.NE));
    }

    @Test
    void comparisonBroadcastsAScalarOverAMatrix() {
        Node result = GraphOps.compare(Op.GT, matrix("m"), constant(2.5));
        assertLongs(DType.BOOL, shape(2, 2), new long[] {0, 0, 1, 1},
                eval(result, "m", of(new double[][] {{1, 2}, {3, 4}})));
    }

    @Test
    void integersCompareExactlyAndMixedDtypesPromote() {
        Node i = input("i", DType.INT64, 1);
        Node j = input("j", DType.INT64, 1);
        // these differ by one but are the same double
        NDArray iv = NDArray.wrap(new long[] {(1L << 53) + 1, 5}, 2);
        NDArray jv = NDArray.wrap(new long[] {1L << 53, 5}, 2);
        assertLongs(DType.BOOL, shape(2), new long[] {1, 0}, eval(GraphOps.compare(Op.GT, i, j), "i", iv, "j", jv));
        Node k = input("k", DType.INT32, 1);
        assertLongs(DType.BOOL, shape(2), new long[] {1, 0}, eval(GraphOps.compare(Op.LT, k, vector("x")),
                "k", NDArray.wrap(new int[] {1, 2}, 2), "x", of(1.5, 1.5)));
    }

    @Test
    void boolsCompareAsZeroAndOne() {
        Node p = input("p", DType.BOOL, 1);
        Node q = input("q", DType.BOOL, 1);
        NDArray pv = NDArray.wrap(new boolean[] {true, true, false, false}, 4);
        NDArray qv = NDArray.wrap(new boolean[] {true, false, true, false}, 4);
        assertLongs(DType.BOOL, shape(4), new long[] {1, 0, 0, 1}, eval(GraphOps.compare(Op.EQ, p, q), "p", pv, "q", qv));
        assertLongs(DType.BOOL, shape(4), new long[] {0, 1, 0, 0}, eval(GraphOps.compare(Op.GT, p, q), "p", pv, "q", qv));
    }

    @Test
    void whereOfFloat32BranchesIsFloat32() {
        Node f = input("f", DType.FLOAT32, 1);
        Node result = GraphOps.where(GraphOps.compare(Op.LT, f, GraphOps.constant(0, DType.FLOAT32)), GraphOps.neg(f), f);
        assertValue(DType.FLOAT32, shape(3), new double[] {1.5f, 0, 2.25f},
                eval(result, "f", NDArray.wrap(new float[] {-1.5f, 0, 2.25f}, 3)));
    }

    @Test
    void whereChoosesPerElementWithBroadcasting() {
        Node x = vector("x");
        Node result = GraphOps.where(GraphOps.compare(Op.GT, x, constant(0)), x, constant(0));
        assertValue(DType.FLOAT64, shape(4), new double[] {0, 0, 2, 0.5}, eval(result, "x", of(-1, 0, 2, 0.5)));
    }

    @Test
    void whereOfIntegersKeepsTheirDtypeAndNumericConditionsMeanNonZero() {
        Node c = input("c", DType.INT32, 1);
        Node t = input("t", DType.INT64, 1);
        Node f = input("f", DType.INT64, 1);
        NDArray result = eval(GraphOps.where(c, t, f), "c", NDArray.wrap(new int[] {0, 7, -1}, 3),
                "t", NDArray.wrap(new long[] {1, 2, 3}, 3), "f", NDArray.wrap(new long[] {-1, -2, -3}, 3));
        assertLongs(DType.INT64, shape(3), new long[] {-1, 2, 3}, result);
    }
}
