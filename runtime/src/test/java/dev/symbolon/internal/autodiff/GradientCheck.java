package dev.symbolon.internal.autodiff;

import static org.junit.jupiter.api.Assertions.fail;

import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Checks symbolic gradients against central finite differences, in the manner of Theano's
 * {@code verify_grad}: a non-scalar expression is reduced to a scalar by a fixed random projection,
 * then the gradient with respect to every input is compared, element by element, with
 * {@code (f(x + h) - f(x - h)) / 2h} evaluated by the reference interpreter in float64.
 */
final class GradientCheck {
    private static final double STEP = 1e-6;
    private static final double TOLERANCE = 1e-6;

    private final List<Node> inputs = new ArrayList<>();
    private final List<NDArray> values = new ArrayList<>();
    private final Random random;

    private GradientCheck(long seed) {
        this.random = new Random(seed);
    }

    static GradientCheck withSeed(long seed) {
        return new GradientCheck(seed);
    }

    /** Adds a float64 input of the given shape, uniform in [low, high). */
    GradientCheck input(String name, double low, double high, int... shape) {
        int size = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        double[] data = new double[size];
        for (int i = 0; i < size; i++) {
            data[i] = low + (high - low) * random.nextDouble();
        }
        inputs.add(GraphOps.input(name, Type.of(DType.FLOAT64, shape.length)));
        values.add(NDArray.wrap(data, shape));
        return this;
    }

    /** Adds a float64 input of exactly this value, for points a random draw would miss (zeros, ties). */
    GradientCheck input(String name, NDArray value) {
        inputs.add(GraphOps.input(name, Type.of(DType.FLOAT64, value.rank())));
        values.add(value);
        return this;
    }

    /** Checks the gradient of {@code f(inputs)} with respect to every input. */
    void check(Function<List<Node>, Node> f) {
        Node expression = f.apply(inputs);
        Node projection = GraphOps.input("projection", expression.type().withDtype(DType.FLOAT64));
        NDArray projectionValue = randomLike(expression);
        Node cost = expression.rank() == 0 ? expression : GraphOps.sum(GraphOps.mul(expression, projection));
        List<Node> grads = Autodiff.grad(cost, inputs);
        for (int i = 0; i < inputs.size(); i++) {
            assertTypeMatches(inputs.get(i), grads.get(i));
        }

        Map<Node, NDArray> bindings = new IdentityHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            bindings.put(inputs.get(i), values.get(i));
        }
        bindings.put(projection, projectionValue);
        List<NDArray> analytic = Interpreter.evaluate(grads, bindings::get);

        for (int i = 0; i < inputs.size(); i++) {
            double[] x = values.get(i).toDoubleArray();
            double[] expected = analytic.get(i).toDoubleArray();
            for (int e = 0; e < x.length; e++) {
                double numeric = (costAt(cost, bindings, i, x, e, STEP) - costAt(cost, bindings, i, x, e, -STEP))
                        / (2 * STEP);
                double error = Math.abs(numeric - expected[e]);
                if (!(error <= TOLERANCE * (1 + Math.abs(numeric)))) {
                    fail("gradient of " + expression.describe() + " with respect to " + inputs.get(i).name()
                            + " at element " + e + ": symbolic " + expected[e] + ", finite differences " + numeric);
                }
            }
        }
    }

    private double costAt(Node cost, Map<Node, NDArray> bindings, int input, double[] x, int element, double step) {
        double[] moved = x.clone();
        moved[element] += step;
        Map<Node, NDArray> shifted = new IdentityHashMap<>(bindings);
        shifted.put(inputs.get(input), NDArray.wrap(moved, values.get(input).shape()));
        return Interpreter.evaluate(List.of(cost), shifted::get).get(0).getDouble();
    }

    private NDArray randomLike(Node expression) {
        Map<Node, NDArray> bindings = new IdentityHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            bindings.put(inputs.get(i), values.get(i));
        }
        int[] shape = Interpreter.evaluate(List.of(expression), bindings::get).get(0).shape();
        int size = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        double[] data = new double[size];
        for (int i = 0; i < size; i++) {
            data[i] = 0.5 + random.nextDouble();
        }
        return NDArray.wrap(data, shape);
    }

    private static void assertTypeMatches(Node wrt, Node grad) {
        if (!grad.type().equals(wrt.type())) {
            fail("gradient with respect to " + wrt.name() + " has type " + grad.type() + ", expected " + wrt.type());
        }
    }
}
