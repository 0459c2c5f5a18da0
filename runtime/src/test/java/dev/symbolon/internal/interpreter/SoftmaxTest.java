package dev.symbolon.internal.interpreter;

import static dev.symbolon.internal.interpreter.Fixtures.assertClose;
import static dev.symbolon.internal.interpreter.Fixtures.eval;
import static dev.symbolon.internal.interpreter.Fixtures.input;
import static dev.symbolon.internal.interpreter.Fixtures.matrix;
import static dev.symbolon.internal.interpreter.Fixtures.of;
import static dev.symbolon.internal.interpreter.Fixtures.shape;
import static dev.symbolon.internal.interpreter.Fixtures.vector;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import org.junit.jupiter.api.Test;

class SoftmaxTest {
    private static final NDArray ROWS = of(new double[][] {{1, 2, 3}, {0, 0, 0}});

    private static double[] softmaxRow(double... x) {
        double[] e = new double[x.length];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            e[i] = Math.exp(x[i]);
            sum += e[i];
        }
        for (int i = 0; i < x.length; i++) {
            e[i] /= sum;
        }
        return e;
    }

    @Test
    void softmaxOfEachRowSumsToOne() {
        NDArray result = eval(GraphOps.softmax(Op.SOFTMAX, matrix("m")), "m", ROWS);
        double[] first = softmaxRow(1, 2, 3);
        assertClose(DType.FLOAT64, shape(2, 3), new double[] {first[0], first[1], first[2], 1 / 3.0, 1 / 3.0, 1 / 3.0},
                result, 1e-15);
        double[] v = result.toDoubleArray();
        assertEquals(1, v[0] + v[1] + v[2], 1e-15);
    }

    @Test
    void softmaxIsStableForLargeInputs() {
        NDArray result = eval(GraphOps.softmax(Op.SOFTMAX, vector("v")), "v", of(1000, 1001, 1002));
        double[] expected = softmaxRow(0, 1, 2);
        assertClose(DType.FLOAT64, shape(3), expected, result, 1e-15);
    }

    @Test
    void logSoftmaxIsXMinusLogSumExpAndStable() {
        NDArray result = eval(GraphOps.softmax(Op.LOG_SOFTMAX, matrix("m")), "m", ROWS);
        double lse = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3));
        assertClose(DType.FLOAT64, shape(2, 3), new double[] {1 - lse, 2 - lse, 3 - lse, -Math.log(3), -Math.log(3),
                -Math.log(3)}, result, 1e-15);
        // log(softmax) would give log(0) = -inf for the small entry
        NDArray large = eval(GraphOps.softmax(Op.LOG_SOFTMAX, vector("v")), "v", of(1000, 0));
        assertClose(DType.FLOAT64, shape(2), new double[] {-Math.log1p(Math.exp(-1000)), -1000}, large, 1e-12);
    }

    @Test
    void softmaxOfFloat32IsFloat32AndOfIntegersFloat64() {
        NDArray f = eval(GraphOps.softmax(Op.SOFTMAX, input("f", DType.FLOAT32, 1)), "f", NDArray.wrap(new float[] {0, 0}, 2));
        assertClose(DType.FLOAT32, shape(2), new double[] {0.5, 0.5}, f, 0);
        NDArray i = eval(GraphOps.softmax(Op.SOFTMAX, input("i", DType.INT32, 1)), "i", NDArray.wrap(new int[] {3, 3}, 2));
        assertClose(DType.FLOAT64, shape(2), new double[] {0.5, 0.5}, i, 0);
    }
}
