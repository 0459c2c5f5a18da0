package dev.symbolon.internal.codegen;

import static dev.symbolon.internal.codegen.Models.input;
import static dev.symbolon.internal.ir.GraphOps.dot;
import static dev.symbolon.internal.ir.GraphOps.mul;
import static dev.symbolon.internal.ir.GraphOps.sum;
import static dev.symbolon.internal.ir.GraphOps.unary;
import static dev.symbolon.runtime.DType.FLOAT32;
import static dev.symbolon.runtime.DType.FLOAT64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.DebugPrinter;
import dev.symbolon.internal.ir.GraphError;
import dev.symbolon.internal.ir.GraphException;
import dev.symbolon.internal.ir.GraphText;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.pipeline.ModelOptimizer;
import dev.symbolon.runtime.NDArray;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * jacobian and hessian: values against central finite differences of y and of the gradient, in the
 * interpreter, and generated code (after the optimizer) equal to the interpreter.
 */
class JacobianTest {
    private static final double STEP = 1e-6;

    private final Node w = input("w", FLOAT64, 2);
    private final Node x = input("x", FLOAT64, 1);
    /** y = tanh(w x) * exp(x), a vector whose Jacobian is dense in both x and w. */
    private final Node y = mul(unary(Op.TANH, dot(w, x)), unary(Op.EXP, x));
    private final NDArray wValue = NDArray.of(new double[][] {{0.5, -1.0, 0.25}, {1.5, 0.3, -0.7}, {-0.2, 0.8, 1.1}});
    private final NDArray xValue = NDArray.of(new double[] {0.3, -0.6, 0.9});

    private Map<String, NDArray> leaves(NDArray wv, NDArray xv) {
        Map<String, NDArray> leaves = new HashMap<>();
        leaves.put("w", wv);
        leaves.put("x", xv);
        return leaves;
    }

    /** Column k of the Jacobian of {@code f} by central differences in element k of the named leaf. */
    private double[][] finiteDifferences(Node f, String leaf) {
        Map<String, NDArray> at = leaves(wValue, xValue);
        double[] base = at.get(leaf).toDoubleArray();
        int rows = Interpreter.evaluate(f, at).toDoubleArray().length;
        double[][] jacobian = new double[rows][base.length];
        for (int k = 0; k < base.length; k++) {
            double[] up = base.clone();
            double[] down = base.clone();
            up[k] += STEP;
            down[k] -= STEP;
            at.put(leaf, NDArray.wrap(up, at.get(leaf).shape()));
            double[] fUp = Interpreter.evaluate(f, at).toDoubleArray();
            at.put(leaf, NDArray.wrap(down, at.get(leaf).shape()));
            double[] fDown = Interpreter.evaluate(f, at).toDoubleArray();
            for (int i = 0; i < rows; i++) {
                jacobian[i][k] = (fUp[i] - fDown[i]) / (2 * STEP);
            }
        }
        return jacobian;
    }

    private static void assertClose(double[][] expected, NDArray actual) {
        assertArrayEquals(new int[] {expected.length, expected[0].length}, actual.shape());
        double[] flat = actual.toDoubleArray();
        for (int i = 0; i < expected.length; i++) {
            for (int k = 0; k < expected[i].length; k++) {
                assertEquals(expected[i][k], flat[i * expected[i].length + k], 1e-6, "entry " + i + "," + k);
            }
        }
    }

    @Test
    void jacobianRowsAreTheGradientsOfTheElementsOfY() {
        assertClose(finiteDifferences(y, "x"), Interpreter.evaluate(Autodiff.jacobian(y, x), leaves(wValue, xValue)));
    }

    @Test
    void jacobianWithRespectToAMatrixFlattensEachRow() {
        NDArray jacobian = Interpreter.evaluate(Autodiff.jacobian(y, w), leaves(wValue, xValue));
        assertArrayEquals(new int[] {3, 9}, jacobian.shape());
        assertClose(finiteDifferences(y, "w"), jacobian);
    }

    @Test
    void hessianIsTheJacobianOfTheGradient() {
        Node cost = sum(y);
        Node hessian = Autodiff.hessian(cost, x);
        assertClose(finiteDifferences(Autodiff.grad(cost, x), "x"), Interpreter.evaluate(hessian, leaves(wValue, xValue)));
        double[] h = Interpreter.evaluate(hessian, leaves(wValue, xValue)).toDoubleArray();
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(h[i * 3 + k], h[k * 3 + i], 1e-12, "a Hessian is symmetric");
            }
        }
    }

    @Test
    void valuesTheBodyReadsAreComputedOnceOutsideIt() {
        Node jacobian = Autodiff.jacobian(y, x);
        assertEquals(Op.JACOBIAN, jacobian.op());
        assertSame(y, jacobian.input(0));
        // tanh(w x) and exp(x) do not depend on the seed: they are inputs, not part of the body
        assertTrue(jacobian.inputs().stream().anyMatch(n -> n.op() == Op.TANH || n.op() == Op.EXP),
                () -> DebugPrinter.print(jacobian));
        assertTrue(DebugPrinter.print(jacobian).contains("body, per row:"));
    }

    @Test
    void jacobianOfNoElementsHasNoRowsOfTheGradientsLength() {
        Node v = input("v", FLOAT64, 1);
        NDArray empty = Interpreter.evaluate(Autodiff.jacobian(unary(Op.EXP, v), v),
                Map.of("v", NDArray.of(new double[0])));
        assertArrayEquals(new int[] {0, 0}, empty.shape());
        Node jacobianInW = Autodiff.jacobian(dot(w, x), w);
        NDArray none = Interpreter.evaluate(jacobianInW, leaves(NDArray.wrap(new double[0], 0, 3), xValue));
        assertArrayEquals(new int[] {0, 0}, none.shape());
    }

    @Test
    void graphTextReadsAJacobianAndItsBodyBack() {
        Node hessian = Autodiff.hessian(sum(y), x);
        Node jacobian = Autodiff.jacobian(y, w);
        String text = GraphText.write(List.of(hessian, jacobian));
        assertTrue(text.contains(" body="), text);
        assertEquals(List.of(hessian, jacobian), GraphText.read(text));
    }

    @Test
    void graphTextRefusesAJacobianWithoutItsBody() {
        String text = GraphText.write(List.of(Autodiff.jacobian(y, x)));
        String withoutBody = text.replaceAll(" body=\\d+", "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GraphText.read(withoutBody));
        assertTrue(e.getMessage().contains("jacobian needs the attribute body="), e.getMessage());
    }

    @Test
    void jacobianOfAMatrixIsRefused() {
        GraphException e = assertThrows(GraphException.class, () -> Autodiff.jacobian(w, x));
        assertEquals(GraphError.JACOBIAN_OPERAND, e.error());
        assertTrue(e.getMessage().contains("Matrix"), e.getMessage());
    }

    @Test
    void gradientThroughAJacobianIsRefused() {
        Node jacobian = Autodiff.jacobian(y, x);
        GraphException e = assertThrows(GraphException.class, () -> Autodiff.grad(sum(jacobian), x));
        assertEquals(GraphError.JACOBIAN_GRADIENT, e.error());
        assertTrue(e.getMessage().contains("jacobian"), e.getMessage());
    }

    @Test
    void generatedCodeEqualsTheInterpreter() {
        Node xf = input("x", FLOAT32, 1);
        Node yf = mul(unary(Op.SIGMOID, xf), sum(mul(xf, xf)));
        Node v = input("v", FLOAT64, 1);
        var model = ModelOptimizer.optimize(Models.model("Jacobians", List.of(
                Models.method("jacobianInX", Autodiff.jacobian(y, x), w, x),
                Models.method("jacobianInW", Autodiff.jacobian(y, w), w, x),
                Models.method("hessianInX", Autodiff.hessian(sum(y), x), w, x),
                Models.method("jacobianOfFloats", Autodiff.jacobian(yf, xf), xf),
                Models.method("jacobianOfNone", Autodiff.jacobian(unary(Op.EXP, v), v), v))));
        GeneratedClass compiled = GeneratedClass.compile(model);
        for (String method : List.of("jacobianInX", "jacobianInW", "hessianInX")) {
            Node graph = model.methods().stream().filter(m -> m.name().equals(method)).findFirst().orElseThrow()
                    .outputs().get(0).node();
            NDArray expected = Interpreter.evaluate(graph, leaves(wValue, xValue));
            NDArray actual = (NDArray) compiled.call(method, wValue, xValue);
            assertArrayEquals(expected.shape(), actual.shape(), method);
            assertArrayEquals(expected.toDoubleArray(), actual.toDoubleArray(), 1e-12, method);
        }
        NDArray floats = NDArray.of(new float[] {0.5f, -1.5f});
        NDArray expected = Interpreter.evaluate(Autodiff.jacobian(yf, xf), Map.of("x", floats));
        NDArray actual = (NDArray) compiled.call("jacobianOfFloats", floats);
        assertArrayEquals(expected.shape(), actual.shape());
        assertArrayEquals(expected.toDoubleArray(), actual.toDoubleArray(), 1e-6);
        NDArray none = (NDArray) compiled.call("jacobianOfNone", NDArray.of(new double[0]));
        assertArrayEquals(new int[] {0, 0}, none.shape());
    }
}
