package dev.symbolon.graph.rewrite;

import static dev.symbolon.graph.rewrite.Graphs.exp;
import static dev.symbolon.graph.rewrite.Graphs.log;
import static dev.symbolon.graph.rewrite.Graphs.optimized;
import static dev.symbolon.graph.rewrite.Graphs.scalar;
import static dev.symbolon.graph.rewrite.Graphs.show;
import static dev.symbolon.graph.rewrite.Graphs.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.graph.GraphOps;
import dev.symbolon.graph.Node;
import dev.symbolon.runtime.NDArray;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogAddExpRuleTest {
    @Test
    void logOfSumOfTwoExpsIsLogAddExp() {
        Node before = log(GraphOps.add(exp(scalar("a")), exp(scalar("b"))));
        Node after = optimized(before);
        assertEquals("add(maximum(a, b), softplus(neg(abs(sub(a, b)))))", show(after));
        var large = Map.of("a", NDArray.scalar(1000.0), "b", NDArray.scalar(1000.0));
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY}, values(before, large));
        assertArrayEquals(new double[] {1000 + Math.log(2)}, values(after, large));
        var small = Map.of("a", NDArray.scalar(-1000.0), "b", NDArray.scalar(-1001.0));
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY}, values(before, small));
        assertArrayEquals(new double[] {-1000 + Math.log1p(Math.exp(-1))}, values(after, small), 1e-12);
    }
}
