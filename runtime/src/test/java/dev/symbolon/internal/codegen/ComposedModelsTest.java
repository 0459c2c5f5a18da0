package dev.symbolon.internal.codegen;

import static dev.symbolon.internal.codegen.Models.input;
import static dev.symbolon.internal.codegen.Models.shared;
import static dev.symbolon.internal.ir.GraphOps.add;
import static dev.symbolon.internal.ir.GraphOps.binaryCrossentropy;
import static dev.symbolon.internal.ir.GraphOps.constant;
import static dev.symbolon.internal.ir.GraphOps.div;
import static dev.symbolon.internal.ir.GraphOps.dot;
import static dev.symbolon.internal.ir.GraphOps.mul;
import static dev.symbolon.internal.ir.GraphOps.neg;
import static dev.symbolon.internal.ir.GraphOps.reduce;
import static dev.symbolon.internal.ir.GraphOps.sub;
import static dev.symbolon.internal.ir.GraphOps.unary;
import static dev.symbolon.runtime.DType.FLOAT64;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.model.GradMethod;
import dev.symbolon.internal.model.Output;
import dev.symbolon.internal.model.SharedField;
import dev.symbolon.internal.model.SymbolicMethod;
import dev.symbolon.internal.model.Update;
import dev.symbolon.runtime.NDArray;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whole models as users write them: training steps with gradients, records, Java-array arguments. */
class ComposedModelsTest {
    private final Random random = new Random(7);

    @Test
    void logisticRegressionTrainsAsTheInterpreterComputes() {
        Node x = input("x", FLOAT64, 2);
        Node y = input("y", FLOAT64, 1);
        Node w = shared("w", FLOAT64, 1);
        Node b = shared("b", FLOAT64, 0);
        Node p = unary(Op.SIGMOID, add(dot(x, w), b));
        Node cost = reduce(Op.MEAN, binaryCrossentropy(p, y), false);
        List<Node> grads = Autodiff.grad(cost, List.of(w, b));
        Node rate = constant(0.1, FLOAT64);
        SymbolicMethod train = Models.withUpdates(Models.method("train", cost, x, y),
                new Update("w", sub(w, mul(rate, grads.get(0)))), new Update("b", sub(b, mul(rate, grads.get(1)))));
        train = Models.withGrad(train, new GradMethod("trainGrad", "TrainGrad",
                List.of(new Output("value", cost), new Output("w", grads.get(0)), new Output("b", grads.get(1)))));
        GeneratedClass compiled = GeneratedClass.compile(Models.model("Logistic",
                List.of(new SharedField("w", w), new SharedField("b", b)), List.of(train)));

        NDArray xs = Values.random(random, FLOAT64, 6, 3);
        double[] labels = {1, 0, 0, 1, 1, 0};
        NDArray ys = NDArray.of(labels);
        NDArray w0 = Values.random(random, FLOAT64, 3);
        sharedVariable(compiled, "w").setValue(w0);
        sharedVariable(compiled, "b").setValue(0.25);

        Map<Node, NDArray> leaves = new IdentityHashMap<>(Map.of(x, xs, y, ys, w, w0, b, NDArray.scalar(0.25)));
        List<NDArray> expected = Interpreter.evaluate(List.of(cost, grads.get(0), grads.get(1),
                train.updates().get(0).newValue(), train.updates().get(1).newValue()), leaves::get);

        Object gradRecord = compiled.call("trainGrad", xs, ys);
        Values.assertMatches(expected.get(0), GeneratedClass.component(gradRecord, "value"), "value");
        Values.assertMatches(expected.get(1), GeneratedClass.component(gradRecord, "w"), "gradient of w");
        Values.assertMatches(expected.get(2), GeneratedClass.component(gradRecord, "b"), "gradient of b");
        assertEquals(w0, sharedVariable(compiled, "w").getValue(), "a Grad method applies no updates");

        Object costBefore = compiled.call("train", xs.toDoubleMatrix(), labels);
        Values.assertMatches(expected.get(0), costBefore, "cost, computed before the update");
        Values.assertMatches(expected.get(3), sharedVariable(compiled, "w").getValue(), "updated w");
        Values.assertMatches(expected.get(4), sharedVariable(compiled, "b").getValue(), "updated b");
    }

    @Test
    void tanhNetworkGradientsMatchTheInterpreter() {
        Node x = input("x", FLOAT64, 2);
        Node target = input("target", FLOAT64, 1);
        Node w1 = input("w1", FLOAT64, 2);
        Node b1 = input("b1", FLOAT64, 1);
        Node w2 = input("w2", FLOAT64, 1);
        Node hidden = unary(Op.TANH, add(dot(x, w1), b1));
        Node error = sub(dot(hidden, w2), target);
        Node cost = reduce(Op.MEAN, unary(Op.SQUARE, error), false);
        List<Node> grads = Autodiff.grad(cost, List.of(w1, b1, w2));
        SymbolicMethod net = Models.withGrad(Models.method("loss", cost, x, target, w1, b1, w2),
                new GradMethod("lossGrad", "LossGrad", List.of(new Output("value", cost), new Output("w1", grads.get(0)),
                        new Output("b1", grads.get(1)), new Output("w2", grads.get(2)))));
        GeneratedClass compiled = GeneratedClass.compile(Models.model("Network", List.of(net)));

        Map<Node, NDArray> leaves = new IdentityHashMap<>();
        leaves.put(x, Values.random(random, FLOAT64, 5, 3));
        leaves.put(target, Values.random(random, FLOAT64, 5));
        leaves.put(w1, Values.random(random, FLOAT64, 3, 4));
        leaves.put(b1, Values.random(random, FLOAT64, 4));
        leaves.put(w2, Values.random(random, FLOAT64, 4));
        List<NDArray> expected = Interpreter.evaluate(List.of(cost, grads.get(0), grads.get(1), grads.get(2)),
                leaves::get);
        Object result = compiled.call("lossGrad", leaves.get(x), leaves.get(target), leaves.get(w1), leaves.get(b1),
                leaves.get(w2));
        Values.assertMatches(expected.get(0), GeneratedClass.component(result, "value"), "value");
        Values.assertMatches(expected.get(1), GeneratedClass.component(result, "w1"), "w1");
        Values.assertMatches(expected.get(2), GeneratedClass.component(result, "b1"), "b1");
        Values.assertMatches(expected.get(3), GeneratedClass.component(result, "w2"), "w2");
        Values.assertMatches(expected.get(0), compiled.call("loss", leaves.get(x), leaves.get(target), leaves.get(w1),
                leaves.get(b1), leaves.get(w2)), "loss");
    }

    @Test
    void aRecordResultHasTheOutputsAsComponents() throws Exception {
        Node x = input("x", FLOAT64, 0);
        Node s = div(constant(1, FLOAT64), add(constant(1, FLOAT64), unary(Op.EXP, neg(x))));
        Node slope = Autodiff.grad(s, x);
        SymbolicMethod m = Models.withRecord("logisticWithSlope", "Slope",
                List.of(new Output("value", s), new Output("slope", slope)), x);
        GeneratedClass compiled = GeneratedClass.compile(Models.model("Basics", List.of(m)));

        Object result = compiled.call("logisticWithSlope", 3.0);
        assertEquals("test.models.CompiledBasics$Slope", result.getClass().getName());
        assertEquals(double.class, result.getClass().getMethod("slope").getReturnType());
        double sigma = 1 / (1 + Math.exp(-3.0));
        assertEquals(sigma, (double) GeneratedClass.component(result, "value"), 1e-15);
        assertEquals(sigma * (1 - sigma), (double) GeneratedClass.component(result, "slope"), 1e-12);
        assertEquals(0.5, (double) GeneratedClass.component(compiled.call("logisticWithSlope", 0.0), "value"));
    }

    @Test
    void javaArrayFormsConvertAndDelegate() {
        Node x = input("x", FLOAT64, 2);
        Node y = input("y", FLOAT64, 2);
        Node a = input("a", FLOAT64, 1);
        Node b = input("b", FLOAT64, 1);
        GeneratedClass compiled = GeneratedClass.compile(Models.model("Basics", List.of(
                Models.method("add", add(x, y), x, y), Models.method("dotProduct", dot(a, b), a, b))));
        NDArray sum = (NDArray) compiled.call("add", new double[][] {{1, 2}, {3, 4}}, new double[][] {{5, 6}, {7, 8}});
        assertEquals(NDArray.of(new double[][] {{6, 8}, {10, 12}}), sum);
        assertEquals(32.0, compiled.call("dotProduct", new double[] {1, 2, 3}, new double[] {4, 5, 6}));
    }

    static dev.symbolon.runtime.SharedVariable sharedVariable(GeneratedClass compiled, String name) {
        return (dev.symbolon.runtime.SharedVariable) compiled.call(name);
    }
}
