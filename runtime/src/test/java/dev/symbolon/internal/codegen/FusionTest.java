package dev.symbolon.internal.codegen;

import static dev.symbolon.internal.codegen.Models.input;
import static dev.symbolon.internal.ir.GraphOps.add;
import static dev.symbolon.internal.ir.GraphOps.constant;
import static dev.symbolon.internal.ir.GraphOps.dot;
import static dev.symbolon.internal.ir.GraphOps.mul;
import static dev.symbolon.internal.ir.GraphOps.neg;
import static dev.symbolon.internal.ir.GraphOps.reduce;
import static dev.symbolon.internal.ir.GraphOps.sub;
import static dev.symbolon.internal.ir.GraphOps.unary;
import static dev.symbolon.runtime.DType.FLOAT32;
import static dev.symbolon.runtime.DType.FLOAT64;
import static dev.symbolon.runtime.DType.INT32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.model.Output;
import dev.symbolon.internal.model.SymbolicMethod;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Chains of elementwise ops compile to one loop with locals for the intermediates, arrays only for
 * values read after it, and the same results as the interpreter.
 */
class FusionTest {
    private static Node xInput;
    private static Node yInput;
    private static Node vInput;
    private static Node xfInput;
    private static Node xiInput;
    private static Node yiInput;
    private static Node cost;
    private static Node slope;
    private static Node exp;
    private static Node product;
    private static Node centered;
    private static Node meanF32;
    private static Node ints;
    private static GeneratedClass compiled;

    @BeforeAll
    static void compile() {
        try (var line = SourcePosition.enter(new SourcePosition("Fused.java", 9))) {
            xInput = input("x", FLOAT64, 2);
            yInput = input("y", FLOAT64, 1);
            vInput = input("v", FLOAT64, 1);
            xfInput = input("x", FLOAT32, 2);
            xiInput = input("x", INT32, 2);
            yiInput = input("y", INT32, 2);
        }
        try (var line = SourcePosition.enter(new SourcePosition("Fused.java", 10))) {
            Node sigmoid = unary(Op.SIGMOID, xInput);
            try (var inner = SourcePosition.enter(new SourcePosition("Fused.java", 11))) {
                Node scaled = mul(sigmoid, yInput);
                cost = reduce(Op.SUM, add(scaled, unary(Op.LOG1P, unary(Op.EXP, neg(unary(Op.ABS, xInput))))), false);
            }
        }
        slope = Autodiff.grad(cost, List.of(xInput)).get(0);
        exp = unary(Op.EXP, xInput);
        product = dot(exp, vInput);
        Node shifted = add(exp, constant(1, FLOAT64));
        centered = sub(exp, reduce(Op.MEAN, exp, false));
        meanF32 = reduce(Op.MEAN, mul(unary(Op.EXP, xfInput), neg(xfInput)), false);
        ints = sub(mul(add(xiInput, yiInput), constant(2, INT32)), unary(Op.ABS, xiInput));
        compiled = GeneratedClass.compile(Models.model("Fused", List.of(
                Models.withRecord("costAndSlope", "CostAndSlope",
                        List.of(new Output("cost", cost), new Output("slope", slope)), xInput, yInput),
                Models.withRecord("sharedExp", "SharedExp",
                        List.of(new Output("product", product), new Output("shifted", shifted)), xInput, vInput),
                Models.method("centered", centered, xInput),
                Models.method("meanF32", meanF32, xfInput),
                Models.method("ints", ints, xiInput, yiInput))));
    }

    @Test
    void aChainAndItsGradientAreOneLoopWithOneArray() {
        String body = compiled.methodBody("costAndSlope");
        assertEquals(2, GeneratedClass.count(body, "for ("), "one nest of two loops, as y broadcasts:\n" + body);
        assertEquals(1, GeneratedClass.count(body, "new double["), body);
        assertEquals(0, GeneratedClass.count(body, "Reductions."), body);
    }

    @Test
    void aChainAndItsGradientMatchTheInterpreterWithABroadcastOperand() {
        Random random = new Random(3);
        for (int[] shape : new int[][] {{3, 4}, {1, 5}, {0, 2}}) {
            NDArray x = Values.random(random, FLOAT64, shape);
            NDArray y = Values.random(random, FLOAT64, shape[1]);
            List<NDArray> expected = evaluate(List.of(cost, slope), xInput, x, yInput, y);
            Object result = compiled.call("costAndSlope", x, y);
            Values.assertMatches(expected.get(0), GeneratedClass.component(result, "cost"), "cost");
            Values.assertMatches(expected.get(1), GeneratedClass.component(result, "slope"), "slope");
        }
    }

    @Test
    void aValueReadInsideAndOutsideItsLoopIsComputedOnceIntoOneArray() {
        String body = compiled.methodBody("sharedExp");
        // a float64 loop calls the kernel on blocks, others Math.exp per element
        assertEquals(1, GeneratedClass.count(body, "k.exp(") + GeneratedClass.count(body, "Math.exp("), body);
        // the loop fills two arrays: the result that leaves the call, and a work array for the exp,
        // which the product reads
        assertEquals(1, GeneratedClass.count(body, "new double[Shapes.size("), body);
        assertEquals(1, GeneratedClass.count(body, "WorkArrays.fit("), body);
        NDArray x = Values.random(new Random(5), FLOAT64, 3, 2);
        NDArray v = Values.random(new Random(6), FLOAT64, 2);
        Object result = compiled.call("sharedExp", x, v);
        Values.assertMatches(evaluate(List.of(product), xInput, x, vInput, v).get(0),
                GeneratedClass.component(result, "product"), "product");
    }

    @Test
    void aMemberNeverReadsAReductionOfItsOwnLoop() {
        NDArray x = Values.random(new Random(7), FLOAT64, 2, 3);
        Values.assertMatches(evaluate(List.of(centered), xInput, x).get(0), compiled.call("centered", x), "centered");
        assertEquals(2, GeneratedClass.count(compiled.methodBody("centered"), "for ("));
    }

    @Test
    void aShapeErrorInsideALoopStillNamesTheOpAndTheLine() {
        ShapeException e = assertThrows(ShapeException.class, () -> compiled.call("costAndSlope",
                NDArray.zeros(FLOAT64, 2, 3), NDArray.zeros(FLOAT64, 4)));
        assertEquals("costAndSlope(x: [2, 3], y: [4]): mul: dimension 1 differs: 3 and 4 at Fused.java:11",
                e.getMessage());
    }

    @Test
    void float32AndIntegerChainsAreOneLoopEach() {
        assertEquals(1, GeneratedClass.count(compiled.methodBody("meanF32"), "for ("));
        assertEquals(0, GeneratedClass.count(compiled.methodBody("meanF32"), "new float["));
        assertEquals(1, GeneratedClass.count(compiled.methodBody("ints"), "for ("));
        assertEquals(1, GeneratedClass.count(compiled.methodBody("ints"), "new int["));
        Random random = new Random(11);
        for (int trial = 0; trial < 3; trial++) {
            NDArray xf = Values.random(random, FLOAT32, 4, 3);
            Values.assertMatches(evaluate(List.of(meanF32), xfInput, xf).get(0), compiled.call("meanF32", xf), "meanF32");
            NDArray xi = Values.random(random, INT32, 2, 3);
            NDArray yi = Values.random(random, INT32, 2, 3);
            Values.assertMatches(evaluate(List.of(ints), xiInput, xi, yiInput, yi).get(0), compiled.call("ints", xi, yi),
                    "ints");
        }
    }

    /** The value form of a method, from its signature to the end of its {@code catch}. */

    private static List<NDArray> evaluate(List<Node> outputs, Object... inputsAndValues) {
        Map<Node, NDArray> values = new IdentityHashMap<>();
        for (int k = 0; k < inputsAndValues.length; k += 2) {
            values.put((Node) inputsAndValues[k], (NDArray) inputsAndValues[k + 1]);
        }
        return new ArrayList<>(Interpreter.evaluate(outputs, values::get));
    }
}
