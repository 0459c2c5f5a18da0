package dev.symbolon.internal.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.shape.ShapeChecks;
import org.junit.jupiter.api.Test;

class SoftmaxAndScalarMathTest {
    /** Arguments across every branch of the approximations, and Python's math.erf of each. */
    private static final double[] ERF_X = {-7.0, -3.2, -1.0, -0.5, -1e-10, 0.0, 1e-300, 0.2, 0.46875, 0.47, 1.5, 2.0,
        2.5, 3.99, 4.0, 4.5, 5.9, 6.5, 30.0};
    private static final double[] ERF = {-1.0, -0.9999939742388483, -0.8427007929497149, -0.5204998778130465,
        -1.1283791670955126e-10, 0.0, 1.1283791670955126e-300, 0.22270258921047847, 0.49261347321793797,
        0.4937450508860821, 0.9661051464753108, 0.9953222650189527, 0.999593047982555, 0.9999999832607886,
        0.9999999845827421, 0.9999999998033839, 0.9999999999999999, 1.0, 1.0};

    @Test
    void softmaxRowsSumToOneEvenForLargeInputs() {
        double[] out = Softmax.softmax(new double[] {1000, 1000, 0, Math.log(3)}, new int[] {2, 2});
        assertArrayEquals(new double[] {0.5, 0.5, 0.25, 0.75}, out, 1e-15);
        double[] log = Softmax.logSoftmax(new double[] {-1000, 0}, new int[] {2});
        assertArrayEquals(new double[] {-1000, 0}, log, 1e-12);
        assertArrayEquals(new float[] {0.5f, 0.5f}, Softmax.softmax(new float[] {3, 3}, new int[] {2}));
    }

    @Test
    void sigmoidAndSoftplusStayFiniteAndExact() {
        assertEquals(0.5, ScalarMath.sigmoid(0));
        assertEquals(Math.exp(-800), ScalarMath.sigmoid(-800), 1e-300);
        assertEquals(1.0, ScalarMath.sigmoid(800));
        assertEquals(800.0, ScalarMath.softplus(800));
        assertEquals(Math.exp(-800), ScalarMath.softplus(-800), 1e-300);
        assertEquals(Math.log(2), ScalarMath.softplus(0), 1e-16);
    }

    @Test
    void erfMatchesPythonsMathErfToAnUlpOrTwo() {
        for (int i = 0; i < ERF.length; i++) {
            assertEquals(ERF[i], ScalarMath.erf(ERF_X[i]), 2 * Math.ulp(ERF[i]), "erf(" + ERF_X[i] + ")");
        }
        assertEquals(-1.0, ScalarMath.erf(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, ScalarMath.erf(Double.POSITIVE_INFINITY));
        assertEquals(Double.NaN, ScalarMath.erf(Double.NaN));
        assertEquals(-0.0, ScalarMath.erf(-0.0));
    }

    @Test
    void log2IsExactAtPowersOfTwoAndAccurateNearOne() {
        assertEquals(3.0, ScalarMath.log2(8));
        assertEquals(-1074.0, ScalarMath.log2(0x1p-1074));
        assertEquals(1023.0, ScalarMath.log2(0x1p1023));
        assertEquals(-0.0014434168696687186, ScalarMath.log2(0.999), 1e-18);
        assertEquals(-1029.7977094150824, ScalarMath.log2(1e-310), 1e-12);
        assertEquals(1.584962500721156, ScalarMath.log2(3), 1e-15);
        assertEquals(Double.NEGATIVE_INFINITY, ScalarMath.log2(0));
        assertEquals(Double.NaN, ScalarMath.log2(-1));
        assertEquals(Double.POSITIVE_INFINITY, ScalarMath.log2(Double.POSITIVE_INFINITY));
    }

    @Test
    void shapeChecksWriteTheMessagesOfCompiledMethods() {
        assertEquals("[2, 3]", ShapeChecks.format(new int[] {2, 3}));
        assertEquals("f(x: [2]): add: dimension 0 differs: 2 and 3 at A.java:4",
                ShapeChecks.inCall("f(x: [2])", ShapeChecks.error("add", "A.java:4", "dimension 0 differs: 2 and 3"))
                        .getMessage());
    }
}
