package dev.symbolon.internal.autodiff;

import static dev.symbolon.internal.ir.GraphOps.add;
import static dev.symbolon.internal.ir.GraphOps.binary;
import static dev.symbolon.internal.ir.GraphOps.compare;
import static dev.symbolon.internal.ir.GraphOps.div;
import static dev.symbolon.internal.ir.GraphOps.dot;
import static dev.symbolon.internal.ir.GraphOps.mul;
import static dev.symbolon.internal.ir.GraphOps.reduce;
import static dev.symbolon.internal.ir.GraphOps.unary;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.GraphException;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every differentiable op's gradient against central finite differences, in several shapes. */
class GradientTest {
    private static final int[][] SHAPES = {{}, {5}, {3, 4}, {2, 3, 2}};

    @ParameterizedTest
    @EnumSource(value = Op.class, names = {"NEG", "ABS", "SQUARE", "EXP", "EXPM1", "SIGMOID", "SOFTPLUS", "TANH",
            "SIN", "COS", "ERF"})
    void unaryOnAnyInput(Op op) {
        for (int[] shape : SHAPES) {
            GradientCheck.withSeed(op.ordinal()).input("x", 0.2, 2, shape).check(in -> unary(op, in.get(0)));
            GradientCheck.withSeed(op.ordinal()).input("x", -2, -0.2, shape).check(in -> unary(op, in.get(0)));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Op.class, names = {"SQRT", "LOG", "LOG1P", "LOG2", "LOG10"})
    void unaryOnPositiveInput(Op op) {
        for (int[] shape : SHAPES) {
            GradientCheck.withSeed(op.ordinal()).input("x", 0.5, 3, shape).check(in -> unary(op, in.get(0)));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Op.class, names = {"ADD", "SUB", "MUL", "DIV", "MAXIMUM", "MINIMUM"})
    void binaryWithBroadcasting(Op op) {
        int[][][] pairs = {{{3, 4}, {3, 4}}, {{3, 4}, {4}}, {{4}, {3, 4}}, {{}, {3, 4}}, {{2, 3, 4}, {}}};
        for (int[][] pair : pairs) {
            GradientCheck.withSeed(op.ordinal()).input("a", 0.5, 2, pair[0]).input("b", 2.5, 4, pair[1])
                    .check(in -> binary(op, in.get(0), in.get(1)));
        }
    }

    @Test
    void powWithRespectToBaseAndExponent() {
        GradientCheck.withSeed(1).input("a", 0.5, 2, 3, 4).input("b", -1.5, 2, 4)
                .check(in -> binary(Op.POW, in.get(0), in.get(1)));
    }

    @Test
    void remainderAwayFromItsJumps() {
        GradientCheck.withSeed(2).input("a", 5.1, 5.9, 6).input("b", 2.1, 2.4, 6)
                .check(in -> binary(Op.REM, in.get(0), in.get(1)));
    }

    @Test
    void whereRoutesTheGradientToTheChosenBranch() {
        GradientCheck.withSeed(3).input("c", -1, 1, 3, 4).input("a", -1, 1, 3, 4).input("b", -1, 1, 4)
                .check(in -> GraphOps.where(compare(Op.GT, in.get(0), GraphOps.constant(0, DType.FLOAT64)),
                        in.get(1), in.get(2)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void reductionsOverEachAxisAndAll(boolean keepDims) {
        for (Op op : new Op[] {Op.SUM, Op.MEAN, Op.MAX, Op.MIN}) {
            for (int[] axes : new int[][] {{}, {0}, {1}, {2}, {0, 2}}) {
                GradientCheck.withSeed(op.ordinal()).input("x", -2, 2, 2, 3, 4)
                        .check(in -> reduce(op, in.get(0), keepDims, axes));
            }
        }
    }

    @Test
    void roundingAndSignPassAZeroGradient() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 1));
        NDArray values = NDArray.of(new double[] {-1.5, 0.3, 2.5});
        for (Op op : List.of(Op.FLOOR, Op.CEIL, Op.ROUND, Op.SIGN)) {
            Node cost = GraphOps.sum(mul(unary(op, x), x));
            // d/dx (r(x) * x) = r(x) where r is piecewise constant: only the second factor contributes
            assertArrayEquals(Interpreter.evaluate(unary(op, x), Map.of("x", values)).toDoubleArray(),
                    Interpreter.evaluate(Autodiff.grad(cost, x), Map.of("x", values)).toDoubleArray(), op.name());
        }
    }

    @Test
    void reluAndClipAwayFromTheirKinks() {
        for (int[] shape : SHAPES) {
            GradientCheck.withSeed(30).input("x", 0.1, 2, shape).check(in -> GraphOps.relu(in.get(0)));
            GradientCheck.withSeed(31).input("x", -2, -0.1, shape).check(in -> GraphOps.relu(in.get(0)));
        }
        // x inside, below and above [lo, hi] in different elements; bounds broadcast
        GradientCheck.withSeed(32).input("x", -3, 3, 4, 5).input("lo", -1.2, -0.8).input("hi", 0.8, 1.2, 5)
                .check(in -> GraphOps.clip(in.get(0), in.get(1), in.get(2)));
    }

    @Test
    void prodIsTheProductOfTheOthersEvenWhereElementsAreZero() {
        for (int[] shape : SHAPES) {
            GradientCheck.withSeed(40).input("x", -2, 2, shape).check(in -> reduce(Op.PROD, in.get(0), false));
        }
        GradientCheck.withSeed(41).input("x", -2, 2, 3, 4).check(in -> reduce(Op.PROD, in.get(0), false, 1));
        GradientCheck.withSeed(42).input("x", -2, 2, 2, 3, 2).check(in -> reduce(Op.PROD, in.get(0), true, 0, 2));
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 2));
        // rows with no zero, one zero and two zeros
        NDArray values = NDArray.of(new double[][] {{2, 3, 4}, {5, 0, 7}, {0, 6, 0}});
        Node rowProducts = GraphOps.sum(reduce(Op.PROD, x, false, 1));
        assertArrayEquals(new double[] {12, 8, 6, 0, 35, 0, 0, 0, 0},
                Interpreter.evaluate(Autodiff.grad(rowProducts, x), Map.of("x", values)).toDoubleArray());
        for (double[] row : new double[][] {{5, 0, 7}, {0, 6, 0}}) {
            GradientCheck.withSeed(43).input("x", NDArray.of(row)).check(in -> reduce(Op.PROD, in.get(0), false));
        }
    }

    @Test
    void cumsumVarStdAndLogSumExp() {
        for (int[] shape : new int[][] {{5}, {3, 4}, {2, 3, 2}}) {
            GradientCheck.withSeed(50).input("x", -2, 2, shape).check(in -> GraphOps.cumsum(in.get(0), 0));
            GradientCheck.withSeed(51).input("x", -2, 2, shape).check(in -> GraphOps.cumsum(in.get(0), -1));
            GradientCheck.withSeed(52).input("x", -2, 2, shape).check(in -> GraphOps.var(in.get(0)));
            GradientCheck.withSeed(53).input("x", -2, 2, shape).check(in -> GraphOps.std(in.get(0), 0));
            GradientCheck.withSeed(54).input("x", -2, 2, shape).check(in -> GraphOps.logSumExp(in.get(0), -1));
        }
    }

    @Test
    void categoricalCrossentropyOfIntegerLabels() {
        // labels: the argmax of a second input, which has no gradient and changes under no small step
        GradientCheck.withSeed(60).input("p", 0.1, 1, 4, 3).input("scores", 0, 1, 4, 3)
                .check(in -> GraphOps.categoricalCrossentropyOfLabels(in.get(0), reduce(Op.ARGMAX, in.get(1), false, 1)));
        GradientCheck.withSeed(61).input("z", -3, 3, 4, 3).input("scores", 0, 1, 4, 3)
                .check(in -> GraphOps.categoricalCrossentropyOfLabels(GraphOps.softmax(Op.SOFTMAX, in.get(0)),
                        reduce(Op.ARGMAX, in.get(1), false, 1)));
        GradientCheck.withSeed(62).input("z", -3, 3, 5).input("scores", 0, 1, 5)
                .check(in -> GraphOps.categoricalCrossentropyOfLabels(GraphOps.softmax(Op.SOFTMAX, in.get(0)),
                        reduce(Op.ARGMAX, in.get(1), false)));
    }

    @Test
    void tiedMaximaAndMinimaShareTheGradient() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 2));
        NDArray tied = NDArray.of(new double[][] {{1, 3, 3}, {2, 2, 2}});
        Node maxOfAll = reduce(Op.MAX, x, false);
        assertArrayEquals(new double[] {0, 0.5, 0.5, 0, 0, 0},
                Interpreter.evaluate(Autodiff.grad(maxOfAll, x), Map.of("x", tied)).toDoubleArray());
        Node rowMinima = reduce(Op.SUM, reduce(Op.MIN, x, true, 1), false);
        assertArrayEquals(new double[] {1, 0, 0, 1 / 3.0, 1 / 3.0, 1 / 3.0},
                Interpreter.evaluate(Autodiff.grad(rowMinima, x), Map.of("x", tied)).toDoubleArray(), 1e-15);
    }

    @Test
    void dotInEveryForm() {
        int[][][] forms = {{{5}, {5}}, {{3, 5}, {5}}, {{5}, {5, 2}}, {{3, 5}, {5, 2}}};
        for (int[][] form : forms) {
            GradientCheck.withSeed(4).input("a", -1, 1, form[0]).input("b", -1, 1, form[1])
                    .check(in -> dot(in.get(0), in.get(1)));
        }
    }

    @Test
    void outerTransposeAndReshape() {
        GradientCheck.withSeed(5).input("a", -1, 1, 3).input("b", -1, 1, 4)
                .check(in -> GraphOps.outer(in.get(0), in.get(1)));
        GradientCheck.withSeed(6).input("x", -1, 1, 3, 4).check(in -> GraphOps.transpose(in.get(0)));
        GradientCheck.withSeed(7).input("x", -1, 1, 2, 3, 4).check(in -> GraphOps.transpose(in.get(0), 1, 2, 0));
        GradientCheck.withSeed(8).input("x", -1, 1, 3, 4).check(in -> GraphOps.reshape(in.get(0), 2, -1));
        GradientCheck.withSeed(9).input("x", -1, 1, 3, 4).check(in -> GraphOps.reshape(in.get(0), 1, 12));
    }

    @Test
    void broadcastLikeAndReshapeLike() {
        GradientCheck.withSeed(10).input("x", -1, 1, 4).input("model", -1, 1, 3, 4)
                .check(in -> mul(GraphOps.broadcastLike(in.get(0), in.get(1)), in.get(1)));
        GradientCheck.withSeed(11).input("x", -1, 1, 3).input("model", -1, 1, 3, 4)
                .check(in -> mul(GraphOps.broadcastLike(in.get(0), in.get(1), 1), in.get(1)));
        GradientCheck.withSeed(12).input("x", -1, 1, 12).input("model", -1, 1, 3, 4)
                .check(in -> mul(GraphOps.reshapeLike(in.get(0), in.get(1)), in.get(1)));
    }

    @Test
    void softmaxAndLogSoftmax() {
        for (int[] shape : new int[][] {{5}, {3, 4}}) {
            GradientCheck.withSeed(13).input("x", -3, 3, shape).check(in -> GraphOps.softmax(Op.SOFTMAX, in.get(0)));
            GradientCheck.withSeed(14).input("x", -3, 3, shape)
                    .check(in -> GraphOps.softmax(Op.LOG_SOFTMAX, in.get(0)));
        }
    }

    @Test
    void crossentropies() {
        GradientCheck.withSeed(15).input("p", 0.1, 0.9, 6).input("t", 0, 1, 6)
                .check(in -> GraphOps.binaryCrossentropy(in.get(0), in.get(1)));
        GradientCheck.withSeed(16).input("p", 0.1, 0.9, 3, 4).input("t", 0, 1, 3, 4)
                .check(in -> GraphOps.categoricalCrossentropy(in.get(0), in.get(1)));
    }

    @Test
    void logisticRegressionCost() {
        GradientCheck.withSeed(17).input("x", -1, 1, 8, 3).input("w", -1, 1, 3).input("b", -1, 1)
                .check(in -> {
                    Node p = unary(Op.SIGMOID, add(dot(in.get(0), in.get(1)), in.get(2)));
                    Node y = GraphOps.constant(1, DType.FLOAT64);
                    return reduce(Op.MEAN, GraphOps.binaryCrossentropy(p, y), false);
                });
    }

    @Test
    void secondDerivatives() {
        GradientCheck.withSeed(18).input("x", -2, 2, 5).check(in -> {
            Node x = in.get(0);
            return Autodiff.grad(GraphOps.sum(unary(Op.TANH, mul(x, x))), x);
        });
        GradientCheck.withSeed(19).input("x", -2, 2, 3).check(in -> {
            Node x = in.get(0);
            return Autodiff.grad(GraphOps.sum(unary(Op.SIGMOID, x)), x);
        });
        GradientCheck.withSeed(20).input("w", -1, 1, 3).input("x", -1, 1, 4, 3).check(in -> {
            Node w = in.get(0);
            Node cost = GraphOps.sum(unary(Op.SOFTPLUS, dot(in.get(1), w)));
            return Autodiff.grad(cost, w);
        });
        GradientCheck.withSeed(21).input("x", -1, 1, 2, 4).check(in -> {
            Node x = in.get(0);
            return Autodiff.grad(reduce(Op.SUM, mul(GraphOps.softmax(Op.SOFTMAX, x), x), false), x);
        });
    }

    @Test
    void knownDerivativeOfTheLogistic() {
        Node x = GraphOps.input("x", Type.scalar(DType.FLOAT64));
        Node s = div(GraphOps.constant(1, DType.FLOAT64),
                add(GraphOps.constant(1, DType.FLOAT64), unary(Op.EXP, GraphOps.neg(x))));
        Node slope = Autodiff.grad(s, x);
        double value = Interpreter.evaluate(slope, Map.of("x", NDArray.scalar(3.0))).getDouble();
        assertEquals(0.045176659730912, value, 1e-15);
    }

    @Test
    void comparisonsAndArgmaxGiveZeroGradients() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 1));
        Node cost = add(GraphOps.sum(x), GraphOps.sum(GraphOps.cast(compare(Op.GT, x, GraphOps.constant(0, DType.FLOAT64)),
                DType.FLOAT64)));
        NDArray g = Interpreter.evaluate(Autodiff.grad(cost, x), Map.of("x", NDArray.of(new double[] {-1, 2})));
        assertEquals(List.of(1.0, 1.0), List.of(g.getDouble(0), g.getDouble(1)));

        Node onlyThroughArgmax = GraphOps.cast(reduce(Op.ARGMAX, x, false), DType.FLOAT64);
        NDArray zero = Interpreter.evaluate(Autodiff.grad(onlyThroughArgmax, x), Map.of("x", NDArray.of(new double[] {-1, 2})));
        assertEquals(List.of(0.0, 0.0), List.of(zero.getDouble(0), zero.getDouble(1)));
    }

    @Test
    void costMustBeAScalar() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 1));
        GraphException e = assertThrows(GraphException.class, () -> Autodiff.grad(unary(Op.EXP, x), x));
        assertTrue(e.getMessage().contains("grad needs a scalar cost, but this cost is a Vector float64[?]"), e.getMessage());
    }

    @Test
    void costMustUseTheVariable() {
        Node x = GraphOps.input("x", Type.scalar(DType.FLOAT64));
        Node w = GraphOps.input("w", Type.scalar(DType.FLOAT64));
        GraphException e = assertThrows(GraphException.class, () -> Autodiff.grad(unary(Op.EXP, x), w));
        assertTrue(e.getMessage().contains("the cost does not depend on 'w'"), e.getMessage());
    }

    @Test
    void integerVariablesHaveNoGradient() {
        Node i = GraphOps.input("i", Type.scalar(DType.INT32));
        Node cost = GraphOps.cast(i, DType.FLOAT64);
        GraphException e = assertThrows(GraphException.class, () -> Autodiff.grad(cost, i));
        assertTrue(e.getMessage().contains("cannot differentiate with respect to 'i' of dtype int32"), e.getMessage());
    }

    @Test
    void gradientWithRespectToAnIntermediate() {
        Node x = GraphOps.input("x", Type.scalar(DType.FLOAT64));
        Node h = unary(Op.EXP, x);
        Node cost = mul(h, h);
        Node dh = Autodiff.grad(cost, h);
        double value = Interpreter.evaluate(dh, Map.of("x", NDArray.scalar(0.5))).getDouble();
        assertEquals(2 * Math.exp(0.5), value, 1e-12);
    }

    @Test
    void gradientsCarryTheirForwardNodesPositions() {
        Node x = GraphOps.input("x", Type.scalar(DType.FLOAT64));
        Node y;
        try (var s = SourcePosition.enter(new SourcePosition("Model.java", 7))) {
            y = unary(Op.TANH, x);
        }
        Node g = Autodiff.grad(y, x);
        assertEquals(new SourcePosition("Model.java", 7), g.position());
    }
}
