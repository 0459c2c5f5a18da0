package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.log;
import static dev.symbolon.internal.rewrite.Graphs.matrix;
import static dev.symbolon.internal.rewrite.Graphs.optimized;
import static dev.symbolon.internal.rewrite.Graphs.show;
import static dev.symbolon.internal.rewrite.Graphs.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.NDArray;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogSoftmaxRuleTest {
    @Test
    void logOfSoftmaxIsLogSoftmax() {
        Node before = log(GraphOps.softmax(Op.SOFTMAX, matrix("z")));
        Node after = optimized(before);
        assertEquals("logSoftmax(z)", show(after));
        assertEquals(before.type(), after.type());
        var z = Map.of("z", NDArray.of(new double[][] {{0, -1000}}));
        assertArrayEquals(new double[] {0, Double.NEGATIVE_INFINITY}, values(before, z));
        assertArrayEquals(new double[] {0, -1000}, values(after, z));
    }
}
