package dev.symbolon.internal.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.shape.ShapeChecks;
import org.junit.jupiter.api.Test;

class SoftmaxAndScalarMathTest {
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
    void shapeChecksWriteTheMessagesOfCompiledMethods() {
        assertEquals("[2, 3]", ShapeChecks.format(new int[] {2, 3}));
        assertEquals("f(x: [2]): add: dimension 0 differs: 2 and 3 at A.java:4",
                ShapeChecks.inCall("f(x: [2])", ShapeChecks.error("add", "A.java:4", "dimension 0 differs: 2 and 3"))
                        .getMessage());
    }
}
