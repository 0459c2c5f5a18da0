package dev.symbolon.internal.codegen;

import static dev.symbolon.internal.codegen.Models.input;
import static dev.symbolon.internal.ir.GraphOps.add;
import static dev.symbolon.internal.ir.GraphOps.binaryCrossentropy;
import static dev.symbolon.internal.ir.GraphOps.dot;
import static dev.symbolon.internal.ir.GraphOps.mul;
import static dev.symbolon.internal.ir.GraphOps.reduce;
import static dev.symbolon.internal.ir.GraphOps.softmax;
import static dev.symbolon.internal.ir.GraphOps.sub;
import static dev.symbolon.internal.ir.GraphOps.unary;
import static dev.symbolon.runtime.DType.FLOAT64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.model.Output;
import dev.symbolon.internal.model.Parameter;
import dev.symbolon.internal.model.SymbolicClass;
import dev.symbolon.internal.model.SymbolicMethod;
import dev.symbolon.internal.pipeline.ModelOptimizer;
import dev.symbolon.runtime.NDArray;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A product, the elementwise work on its rows and the gradient's product of the same matrix compile
 * to one pass over the matrix's rows that computes what the interpreter does, on any number of
 * threads; the variants that cannot be one pass compute the same as before.
 */
class RowPassTest {
    /** Matrix shapes {rows, columns}: empty, single, one column, odd, and past the threading threshold. */
    private static final int[][] SHAPES = {{0, 3}, {1, 1}, {1, 5}, {7, 1}, {13, 9}, {64, 17}, {300, 301}, {2000, 40}};

    private static Node x;
    private static Node x2;
    private static Node y;
    private static Node w;
    private static Node b;
    private static SymbolicClass model;
    private static GeneratedClass compiled;

    @BeforeAll
    static void compile() {
        x = input("x", FLOAT64, 2);
        x2 = input("x2", FLOAT64, 2);
        y = input("y", FLOAT64, 1);
        w = input("w", FLOAT64, 1);
        b = input("b", FLOAT64, 0);
        Node z = dot(x, w);
        Node cost = reduce(Op.MEAN, binaryCrossentropy(unary(Op.SIGMOID, add(z, b)), y), false);
        List<Node> grads = Autodiff.grad(cost, List.of(w, b));
        Node tanh = mul(unary(Op.TANH, z), y);
        model = ModelOptimizer.optimize(Models.model("Rows", List.of(
                method("step", List.of(cost, grads.get(0), grads.get(1)), x, y, w, b),
                method("otherMatrix", List.of(dot(sub(unary(Op.SIGMOID, z), y), x2)), x, x2, y, w),
                method("notFromProduct", List.of(reduce(Op.SUM, unary(Op.EXP, z), false), dot(mul(y, y), x)), x, y, w),
                method("wholeArray", List.of(dot(mul(z, softmax(Op.SOFTMAX, z)), x)), x, w),
                method("centered", List.of(dot(sub(tanh, reduce(Op.MEAN, tanh, false)), x)), x, y, w),
                method("kept", List.of(dot(tanh, x), z, reduce(Op.SUPREMUM, tanh, false)), x, y, w),
                method("square", List.of(dot(mul(unary(Op.TANH, z), unary(Op.EXP, w)), x)), x, w))));
        compiled = GeneratedClass.compile(model);
    }

    @Test
    void theLogisticStepReadsTheMatrixInOnePass() {
        String body = compiled.methodBody("step");
        assertEquals(1, GeneratedClass.count(body, "Dots.INSTANCE.rowDots("), body);
        assertEquals(1, GeneratedClass.count(body, "Dots.INSTANCE.rowAxpys("), body);
        assertEquals(0, GeneratedClass.count(body, "MatrixProducts."), body);
    }

    @Test
    void theLogisticStepMatchesTheInterpreterOnEveryShape() {
        assertMatchesOnEveryShape("step", true);
    }

    @Test
    void theProductAndAResidualReadAfterThePassAreKeptAndMatchTheInterpreter() {
        assertEquals(1, GeneratedClass.count(compiled.methodBody("kept"), "Dots.INSTANCE.rowAxpys("));
        assertMatchesOnEveryShape("kept", true);
    }

    @Test
    void aMemberReadingTheProductsVectorReadsItsElementsInASquareMatrix() {
        assertEquals(1, GeneratedClass.count(compiled.methodBody("square"), "Dots.INSTANCE.rowAxpys("));
        Random random = new Random(23);
        for (int n : new int[] {0, 1, 5, 300}) {
            Object[] args = arguments(method("square"), random, n, n);
            Node output = method("square").outputs().get(0).node();
            List<NDArray> expected = Interpreter.evaluate(List.of(output), Map.of(x, (NDArray) args[0],
                    w, (NDArray) args[1])::get);
            Values.assertMatches(expected.get(0), compiled.call("square", args), "square " + n);
        }
    }

    @Test
    void variantsThatCannotBeOnePassKeepTheirProductsAndMatchTheInterpreter() {
        for (String name : List.of("otherMatrix", "notFromProduct", "wholeArray", "centered")) {
            String body = compiled.methodBody(name);
            assertEquals(0, GeneratedClass.count(body, "Dots.INSTANCE."), body);
            assertTrue(body.contains("MatrixProducts.matVec"), body);
            assertMatchesOnEveryShape(name, false);
        }
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() throws Exception {
        Random random = new Random(17);
        int rows = 3001;
        int columns = 97;
        Object[] args = arguments(method("step"), random, rows, columns);
        Object alone = call(new ForkJoinPool(1), args);
        Object many = call(new ForkJoinPool(4), args);
        Object common = compiled.call("step", args);
        for (String component : List.of("value0", "value1", "value2")) {
            double[] expected = doubles(GeneratedClass.component(alone, component));
            assertArrayEquals(expected, doubles(GeneratedClass.component(many, component)), component);
            assertArrayEquals(expected, doubles(GeneratedClass.component(common, component)), component);
        }
    }

    private static Object call(ForkJoinPool pool, Object[] args) throws Exception {
        try {
            return pool.submit(() -> compiled.call("step", args)).get();
        } finally {
            pool.shutdown();
        }
    }

    private static double[] doubles(Object value) {
        return value instanceof NDArray array ? array.toDoubleArray() : new double[] {(Double) value};
    }

    private static void assertMatchesOnEveryShape(String name, boolean records) {
        SymbolicMethod m = method(name);
        Random random = new Random(name.hashCode());
        for (int[] shape : SHAPES) {
            Object[] args = arguments(m, random, shape[0], shape[1]);
            Map<Node, NDArray> values = new IdentityHashMap<>();
            for (int i = 0; i < args.length; i++) {
                Node node = m.parameters().get(i).node();
                values.put(node, args[i] instanceof NDArray a ? a : NDArray.scalar((Double) args[i]));
            }
            List<Node> outputs = m.outputs().stream().map(Output::node).toList();
            List<NDArray> expected = new ArrayList<>(Interpreter.evaluate(outputs, values::get));
            Object result = compiled.call(name, args);
            for (int k = 0; k < outputs.size(); k++) {
                Object actual = records || outputs.size() > 1 ? GeneratedClass.component(result, "value" + k) : result;
                Values.assertMatches(expected.get(k), actual, name + " output " + k + " on " + shape[0] + " x " + shape[1]);
            }
        }
    }

    private static Object[] arguments(SymbolicMethod m, Random random, int rows, int columns) {
        List<Object> args = new ArrayList<>();
        for (Parameter p : m.parameters()) {
            args.add(switch (p.name()) {
                case "x", "x2" -> Values.random(random, FLOAT64, rows, columns);
                case "y" -> Values.random(random, FLOAT64, rows);
                case "w" -> Values.random(random, FLOAT64, columns);
                default -> random.nextDouble();
            });
        }
        return args.toArray();
    }

    private static SymbolicMethod method(String name, List<Node> outputs, Node... inputs) {
        List<Output> named = new ArrayList<>();
        for (int k = 0; k < outputs.size(); k++) {
            named.add(new Output("value" + k, outputs.get(k)));
        }
        return outputs.size() == 1 ? Models.method(name, outputs.get(0), inputs)
                : Models.withRecord(name, Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Result", named,
                        inputs);
    }

    private static SymbolicMethod method(String name) {
        return model.methods().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    /** The value form of a method, from its signature to the end of its {@code catch}. */
}
