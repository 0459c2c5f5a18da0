package dev.symbolon.processor.random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NearTiesTest {
    private static final NDArray ROWS = NDArray.of(new double[][] {
        {0.2744368457017603, 0.27443684570176025, 0.1},
        {0.5, 0.5000001, 0.1},
    });

    @Test
    void aRunnerUpWithinRoundingOfTheWinnerIsATie() {
        // row 0's two largest differ in the last bit, as two ways of rounding the same sum do
        assertTrue(NearTies.hasNearTie(ROWS, new int[] {1}, true));
    }

    @Test
    void valuesApartByMoreThanRoundingOrTiedAwayFromTheWinnerAreNot() {
        assertFalse(NearTies.hasNearTie(NDArray.of(new double[][] {{1, 2}, {3, 4}}), new int[] {0}, true));
        assertFalse(NearTies.hasNearTie(NDArray.of(new double[] {0.1, 0.1, 3.0}), new int[] {0}, true));
        assertTrue(NearTies.hasNearTie(NDArray.of(new double[] {0.1, 0.1, 3.0}), new int[] {0}, false));
    }

    @Test
    void aComparisonOfAValueWithOneRoundedDifferentlyIsATie() {
        // where(x < log(exp(x)), x, 1.0): the rewrite log(exp(x)) -> x makes the two sides equal, the
        // unoptimized graph rounds log(exp(x)) one ulp above x
        Node x;
        Node comparison;
        try (var line = SourcePosition.enter(new SourcePosition("Tie.java", 3))) {
            x = GraphOps.input("x1", Type.scalar(DType.FLOAT64));
            comparison = GraphOps.compare(Op.LT, x, GraphOps.unary(Op.LOG, GraphOps.unary(Op.EXP, x)));
        }
        assertTrue(NearTies.in(List.of(comparison), Map.of("x1", NDArray.scalar(0.01147359954876892))));
        assertFalse(NearTies.in(List.of(comparison), Map.of("x1", NDArray.scalar(Double.NaN))));
    }
}
