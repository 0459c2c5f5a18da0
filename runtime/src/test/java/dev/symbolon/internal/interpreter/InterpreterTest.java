package dev.symbolon.internal.interpreter;

import static dev.symbolon.internal.interpreter.Fixtures.assertClose;
import static dev.symbolon.internal.interpreter.Fixtures.assertValue;
import static dev.symbolon.internal.interpreter.Fixtures.eval;
import static dev.symbolon.internal.interpreter.Fixtures.matrix;
import static dev.symbolon.internal.interpreter.Fixtures.of;
import static dev.symbolon.internal.interpreter.Fixtures.shape;
import static dev.symbolon.internal.interpreter.Fixtures.vector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpreterTest {
    @Test
    void theSameExpressionBuiltTwiceIsTheSameNode() {
        Node x = vector("x");
        Node first = GraphOps.unary(Op.EXP, GraphOps.add(x, GraphOps.constant(1, DType.FLOAT64)));
        Node second = GraphOps.unary(Op.EXP, GraphOps.add(x, GraphOps.constant(1, DType.FLOAT64)));
        assertSame(first, second);
    }

    @Test
    void evaluatesSeveralOutputsInOrderAskingForEachLeafOnce() {
        Node x = vector("x");
        Node y = vector("y");
        Node shared = GraphOps.unary(Op.EXP, x);
        Node a = GraphOps.add(shared, y);
        Node b = GraphOps.mul(shared, shared);
        List<Node> asked = new ArrayList<>();
        List<NDArray> results = Interpreter.evaluate(List.of(a, b), leaf -> {
            asked.add(leaf);
            return leaf == x ? of(0, 1) : of(10, 20);
        });
        assertEquals(List.of(x, y), asked);
        assertValue(DType.FLOAT64, shape(2), new double[] {11, Math.E + 20}, results.get(0));
        assertValue(DType.FLOAT64, shape(2), new double[] {1, Math.E * Math.E}, results.get(1));
    }

    @Test
    void evaluateAllGivesEveryIntermediateValue() {
        Node x = vector("x");
        Node square = GraphOps.unary(Op.SQUARE, x);
        Node total = GraphOps.sum(square);
        Map<Node, NDArray> values = Interpreter.evaluateAll(List.of(total), leaf -> of(1, 2, 3));
        assertEquals(TopologicalOrder.of(total).size(), values.size());
        assertValue(DType.FLOAT64, shape(3), new double[] {1, 4, 9}, values.get(square));
        assertValue(DType.FLOAT64, shape(), new double[] {14}, values.get(total));
    }

    @Test
    void constantsHaveTheirNodesDtype() {
        assertValue(DType.FLOAT32, shape(), new double[] {0.1f}, eval(GraphOps.constant(0.1, DType.FLOAT32)));
        assertEquals(DType.INT32, eval(GraphOps.constant(3, DType.INT32)).dtype());
        assertEquals(3, eval(GraphOps.constant(3, DType.INT32)).toLongArray()[0]);
    }

    @Test
    void binaryCrossentropyPerElement() {
        double[] p = {0.9, 0.2, 0.5};
        double[] t = {1, 0, 1};
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = -(t[i] * Math.log(p[i]) + (1 - t[i]) * Math.log(1 - p[i]));
        }
        assertClose(DType.FLOAT64, shape(3), expected,
                eval(GraphOps.binaryCrossentropy(vector("p"), vector("t")), "p", of(p), "t", of(t)), 1e-15);
    }

    @Test
    void categoricalCrossentropyPerRow() {
        NDArray p = of(new double[][] {{0.7, 0.2, 0.1}, {0.1, 0.1, 0.8}});
        NDArray t = of(new double[][] {{1, 0, 0}, {0, 0, 1}});
        assertClose(DType.FLOAT64, shape(2), new double[] {-Math.log(0.7), -Math.log(0.8)},
                eval(GraphOps.categoricalCrossentropy(matrix("p"), matrix("t")), "p", p, "t", t), 1e-15);
    }

    @Test
    void logisticRegressionCostOfAMiniBatch() {
        Node x = matrix("x");
        Node w = vector("w");
        Node y = vector("y");
        Node probability = GraphOps.unary(Op.SIGMOID, GraphOps.dot(x, w));
        Node cost = GraphOps.reduce(Op.MEAN, GraphOps.binaryCrossentropy(probability, y), false);
        NDArray xv = of(new double[][] {{1, 2}, {-1, 0.5}});
        double p0 = 1 / (1 + Math.exp(-(0.5 * 1 + -0.25 * 2)));
        double p1 = 1 / (1 + Math.exp(-(0.5 * -1 + -0.25 * 0.5)));
        double expected = (-Math.log(p0) - Math.log(1 - p1)) / 2;
        assertClose(DType.FLOAT64, shape(), new double[] {expected},
                eval(cost, "x", xv, "w", of(0.5, -0.25), "y", of(1, 0)), 1e-15);
    }
}
