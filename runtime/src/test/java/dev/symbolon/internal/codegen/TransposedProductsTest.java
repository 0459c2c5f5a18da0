package dev.symbolon.internal.codegen;

import static dev.symbolon.internal.codegen.Models.input;
import static dev.symbolon.internal.ir.GraphOps.dot;
import static dev.symbolon.internal.ir.GraphOps.reduce;
import static dev.symbolon.internal.ir.GraphOps.transpose;
import static dev.symbolon.internal.ir.GraphOps.unary;
import static dev.symbolon.runtime.DType.FLOAT32;
import static dev.symbolon.runtime.DType.FLOAT64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.model.Output;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A float64 product of matrices reads an operand {@code transpose(m)} from {@code m} in place: the
 * graph keeps its transpose, the generated code makes no transposed copy unless something else reads
 * it, and the values are the interpreter's, gradients included.
 */
class TransposedProductsTest {
    private static Node a;
    private static Node b;
    private static Node af;
    private static Node bf;
    private static Node left;
    private static Node right;
    private static Node both;
    private static Node copied;
    private static Node mlpCost;
    private static List<Node> mlpGradient;
    private static Node float32Left;
    private static GeneratedClass compiled;

    @BeforeAll
    static void compile() {
        try (var line = SourcePosition.enter(new SourcePosition("Products.java", 4))) {
            a = input("a", FLOAT64, 2);
            b = input("b", FLOAT64, 2);
            af = input("a", FLOAT32, 2);
            bf = input("b", FLOAT32, 2);
            left = dot(transpose(a), b);
            right = dot(a, transpose(b));
            both = dot(transpose(a), transpose(b));
            copied = transpose(a);
            float32Left = dot(transpose(af), bf);
            // the hidden layer of W4: its gradient is dot(transpose(a), g) in b and dot(g, transpose(b)) in a
            mlpCost = reduce(Op.SUM, unary(Op.TANH, dot(a, b)), false);
        }
        mlpGradient = Autodiff.grad(mlpCost, List.of(a, b));
        compiled = GeneratedClass.compile(Models.model("Products", List.of(
                Models.method("left", left, a, b),
                Models.method("right", right, a, b),
                Models.method("both", both, a, b),
                Models.withRecord("productAndTranspose", "ProductAndTranspose",
                        List.of(new Output("product", dot(copied, b)), new Output("transposed", copied)), a, b),
                Models.withRecord("hiddenLayer", "HiddenLayer", List.of(new Output("cost", mlpCost),
                        new Output("da", mlpGradient.get(0)), new Output("db", mlpGradient.get(1))), a, b),
                Models.method("float32Left", float32Left, af, bf))));
    }

    @Test
    void aTransposeOnlyProductsReadIsNeverCopied() {
        // before: each graph multiplies a TRANSPOSE node; after: the product reads the matrix with a flag
        assertEquals(Op.TRANSPOSE, left.input(0).op());
        assertEquals(Op.TRANSPOSE, right.input(1).op());
        for (String method : new String[] {"left", "right", "both"}) {
            assertEquals(0, transposes(compiled.methodBody(method)), compiled.methodBody(method));
        }
        assertTrue(compiled.methodBody("left").contains("MatrixProducts.matMulInto(t0, t0Shape, true, t2, t2Shape, false,"),
                compiled.methodBody("left"));
        assertTrue(compiled.methodBody("right").contains("MatrixProducts.matMulInto(t0, t0Shape, false, t1, t1Shape, true,"),
                compiled.methodBody("right"));
        assertTrue(compiled.methodBody("both").contains("// dot(transpose(t0), transpose(t2))"), compiled.methodBody("both"));
    }

    @Test
    void productsOfTransposesMatchTheInterpreterOnEveryShape() {
        Random random = new Random(31);
        int[][] shapes = {{3, 4, 5}, {1, 1, 1}, {0, 3, 2}, {3, 0, 2}, {2, 3, 0}, {17, 9, 33}, {70, 65, 20}};
        for (int[] s : shapes) {
            // left: a is k x m, b is k x n; right: a is m x k, b is n x k; both: a is k x m, b is n x k
            check(random, "left", left, new int[] {s[1], s[0]}, new int[] {s[1], s[2]});
            check(random, "right", right, new int[] {s[0], s[1]}, new int[] {s[2], s[1]});
            check(random, "both", both, new int[] {s[1], s[0]}, new int[] {s[2], s[1]});
        }
    }

    @Test
    void aTransposeReadElsewhereIsComputedOnceAndTheProductStillReadsInPlace() {
        String body = compiled.methodBody("productAndTranspose");
        assertEquals(1, transposes(body), body);
        assertTrue(body.contains("MatrixProducts.matMulInto(t0, t0Shape, true,"), body);
        NDArray x = Values.random(new Random(37), FLOAT64, 4, 3);
        NDArray y = Values.random(new Random(38), FLOAT64, 4, 2);
        Object result = compiled.call("productAndTranspose", x, y);
        Values.assertMatches(evaluate(dot(copied, b), x, y), GeneratedClass.component(result, "product"), "product");
        Values.assertMatches(evaluate(copied, x, y), GeneratedClass.component(result, "transposed"), "transposed");
    }

    @Test
    void theHiddenLayersGradientCopiesNoTransposeAndMatchesTheInterpreter() {
        String body = compiled.methodBody("hiddenLayer");
        assertEquals(0, transposes(body), body);
        assertEquals(2, GeneratedClass.count(body, ", true,"), body);
        Random random = new Random(41);
        for (int[] s : new int[][] {{5, 7, 3}, {1, 1, 1}, {33, 20, 17}}) {
            NDArray x = Values.random(random, FLOAT64, s[0], s[1]);
            NDArray w = Values.random(random, FLOAT64, s[1], s[2]);
            Object result = compiled.call("hiddenLayer", x, w);
            Values.assertMatches(evaluate(mlpCost, x, w), GeneratedClass.component(result, "cost"), "cost");
            Values.assertMatches(evaluate(mlpGradient.get(0), x, w), GeneratedClass.component(result, "da"), "da");
            Values.assertMatches(evaluate(mlpGradient.get(1), x, w), GeneratedClass.component(result, "db"), "db");
        }
    }

    @Test
    void float32ProductsOfTransposesMatchTheInterpreter() {
        NDArray x = Values.random(new Random(43), FLOAT32, 4, 3);
        NDArray y = Values.random(new Random(44), FLOAT32, 4, 5);
        Map<Node, NDArray> values = new IdentityHashMap<>(Map.of(af, x, bf, y));
        Values.assertMatches(Interpreter.evaluate(List.of(float32Left), values::get).get(0),
                compiled.call("float32Left", x, y), "float32Left");
    }

    @Test
    void innerDimensionsThatDifferNameTheProductAndItsLine() {
        ShapeException e = assertThrows(ShapeException.class, () -> compiled.call("left",
                NDArray.zeros(FLOAT64, 4, 3), NDArray.zeros(FLOAT64, 5, 2)));
        assertEquals("left(a: [4, 3], b: [5, 2]): dot: inner dimensions differ: 4 and 5 at Products.java:4",
                e.getMessage());
    }

    private static void check(Random random, String method, Node product, int[] aShape, int[] bShape) {
        NDArray x = Values.random(random, FLOAT64, aShape);
        NDArray y = Values.random(random, FLOAT64, bShape);
        Values.assertMatches(evaluate(product, x, y), compiled.call(method, x, y), method);
    }

    private static NDArray evaluate(Node output, NDArray x, NDArray y) {
        Map<Node, NDArray> values = new IdentityHashMap<>(Map.of(a, x, b, y));
        return Interpreter.evaluate(List.of(output), values::get).get(0);
    }

    /** The transposes a method body computes, into a work array or a fresh one. */
    private static int transposes(String body) {
        return GeneratedClass.count(body, "transposeIndex") + GeneratedClass.count(body, "transposeInto(");
    }
}
