package dev.symbolon.internal.codegen;

import static dev.symbolon.internal.codegen.Models.input;
import static dev.symbolon.internal.ir.GraphOps.add;
import static dev.symbolon.internal.ir.GraphOps.binary;
import static dev.symbolon.internal.ir.GraphOps.constant;
import static dev.symbolon.internal.ir.GraphOps.div;
import static dev.symbolon.internal.ir.GraphOps.mul;
import static dev.symbolon.internal.ir.GraphOps.neg;
import static dev.symbolon.internal.ir.GraphOps.reduce;
import static dev.symbolon.internal.ir.GraphOps.sub;
import static dev.symbolon.internal.ir.GraphOps.unary;
import static dev.symbolon.runtime.DType.FLOAT64;
import static dev.symbolon.runtime.DType.INT32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.cpu.ElementwiseKernels;
import dev.symbolon.internal.cpu.Parallel;
import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.model.Output;
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
 * Fused float64 loops over operands of one shape run as kernel calls on blocks, on several threads
 * past a chunk, and compute what the interpreter computes within float64 rounding (the vector
 * kernels' functions and sums round differently from {@code Math}'s, so not to the bit).
 */
class BlockedLoopTest {
    private static final int CHUNK = ElementwiseKernels.CHUNK;
    private static final int[] LENGTHS = {0, 1, 2, 7, 8, 9, 511, 512, 513, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 5};

    private static Node x;
    private static Node y;
    private static Node c;
    private static Node m;
    private static Node xi;
    private static Node cost;
    private static Node slope;
    private static Node everyOp;
    private static Node everyMean;
    private static Node exact;
    private static Node exactSum;
    private static Node centered;
    private static Node rowScaled;
    private static Node ints;
    private static GeneratedClass compiled;

    @BeforeAll
    static void compile() {
        try (var line = SourcePosition.enter(new SourcePosition("Blocked.java", 7))) {
            x = input("x", FLOAT64, 1);
            y = input("y", FLOAT64, 1);
            c = input("c", FLOAT64, 0);
            m = input("m", FLOAT64, 2);
            xi = input("xi", INT32, 1);
            Node sigmoid = unary(Op.SIGMOID, x);
            cost = reduce(Op.SUM, add(mul(sigmoid, y), unary(Op.LOG1P, unary(Op.EXP, neg(unary(Op.ABS, x))))), false);
            slope = Autodiff.grad(cost, List.of(x)).get(0);
            Node a = unary(Op.SQRT, add(unary(Op.SQUARE, x), constant(1, FLOAT64)));
            Node b = add(unary(Op.EXPM1, unary(Op.TANH, y)), unary(Op.LOG, a));
            Node d = sub(c, mul(unary(Op.SOFTPLUS, x), unary(Op.SIGN, y)));
            Node e = div(c, add(a, binary(Op.MAXIMUM, y, c)));
            Node f = binary(Op.MINIMUM, c, sub(div(b, a), unary(Op.LOG1P, unary(Op.ABS, x))));
            everyOp = add(add(d, e), mul(f, binary(Op.MINIMUM, x, y)));
            everyMean = reduce(Op.MEAN, mul(everyOp, sub(y, c)), false);
            Node one = constant(1, FLOAT64);
            exact = sub(mul(unary(Op.SQRT, add(unary(Op.SQUARE, x), one)), y),
                    div(binary(Op.MAXIMUM, x, c), add(unary(Op.SQUARE, y), one)));
            exactSum = reduce(Op.SUM, exact, false);
            Node exp = unary(Op.EXP, x);
            centered = sub(exp, reduce(Op.SUM, exp, false));
            rowScaled = mul(unary(Op.EXP, m), x);
            ints = mul(add(xi, xi), constant(3, INT32));
        }
        compiled = GeneratedClass.compile(Models.model("Blocked", List.of(
                Models.withRecord("costAndSlope", "CostAndSlope",
                        List.of(new Output("cost", cost), new Output("slope", slope)), x, y),
                Models.withRecord("everyOp", "EveryOp",
                        List.of(new Output("values", everyOp), new Output("mean", everyMean)), x, y, c),
                Models.withRecord("exactOps", "ExactOps",
                        List.of(new Output("values", exact), new Output("sum", exactSum)), x, y, c),
                Models.method("centered", centered, x),
                Models.method("rowScaled", rowScaled, m, x),
                Models.method("ints", ints, xi))));
    }

    @Test
    void aFloat64ChainIsKernelCallsOnBlocksWithoutPerElementCalls() {
        String body = compiled.methodBody("costAndSlope");
        assertEquals(1, GeneratedClass.count(body, "Parallel.forChunks("), body);
        assertEquals(0, GeneratedClass.count(body, "Math.exp("), body);
        assertTrue(body.contains("k.exp(b"), body);
        // x is read where it lies: at its offset, which is 0 unless the caller passed a view
        assertTrue(body.contains("k.sigmoid(t0, t0At + i, b0, 0, len);"), body);
        assertTrue(body.contains("// sigmoid(t0) at Blocked.java:7"), body);
        // block buffers are reused once read: twenty members, one array, five buffers, the thread's own
        assertTrue(body.contains("double[][] blocks = BlockScratch.buffers(5);"), body);
        assertEquals(0, GeneratedClass.count(body, "new double[ElementwiseKernels.BLOCK]"), body);
    }

    @Test
    void integerLoopsKeepTheirScalarLoop() {
        assertEquals(0, GeneratedClass.count(compiled.methodBody("ints"), "forChunks"), compiled.methodBody("ints"));
        NDArray iv = Values.random(new Random(41), INT32, 9);
        Values.assertMatches(evaluate(List.of(ints), xi, iv).get(0), compiled.call("ints", iv), "ints");
    }

    @Test
    void aRowBroadcastAlongTheLeadingAxisIsCopiedIntoABlockAndMatchesTheInterpreter() {
        // before: exp(m) * x with x a row of m's width was a per-element loop calling Math.exp;
        // after: x repeats with its own length as the period, so the loop runs on blocks
        String body = compiled.methodBody("rowScaled");
        assertEquals(1, GeneratedClass.count(body, "forChunks"), body);
        assertEquals(0, GeneratedClass.count(body, "Math.exp("), body);
        assertTrue(body.contains("Periodic.fill(t2, t2At, Shapes.size(t2Shape), i, "), body);
        Random random = new Random(41);
        // rows shorter and longer than a block, a row count that crosses the thread threshold, empty ones
        int[][] shapes = {{3, 5}, {1, 1}, {0, 5}, {4, 0}, {7, 700}, {2, 512}, {300, 301}, {70000, 1}};
        for (int[] shape : shapes) {
            NDArray mv = Values.random(random, FLOAT64, shape);
            NDArray xv = Values.random(random, FLOAT64, shape[1]);
            Values.assertMatches(evaluate(List.of(rowScaled), m, mv, x, xv).get(0), compiled.call("rowScaled", mv, xv),
                    "rowScaled " + shape[0] + " x " + shape[1]);
        }
    }

    @Test
    void aChainAndItsGradientMatchTheInterpreterOnEveryLengthAcrossTheThreadThreshold() {
        Random random = new Random(43);
        for (int n : LENGTHS) {
            NDArray xv = Values.random(random, FLOAT64, n);
            NDArray yv = Values.random(random, FLOAT64, n);
            List<NDArray> expected = evaluate(List.of(cost, slope), x, xv, y, yv);
            Object result = compiled.call("costAndSlope", xv, yv);
            Values.assertMatches(expected.get(0), GeneratedClass.component(result, "cost"), "cost, n=" + n);
            Values.assertMatches(expected.get(1), GeneratedClass.component(result, "slope"), "slope, n=" + n);
        }
    }

    @Test
    void everyKernelOpWithScalarsOnEitherSideMatchesTheInterpreter() {
        String body = compiled.methodBody("everyOp");
        assertEquals(1, GeneratedClass.count(body, "Parallel.forChunks("), body);
        for (String call : List.of("k.scalarSub(c, ", "k.scalarDiv(c, ", "k.maxScalar(", "k.minScalar(", "k.softplus(",
                "k.sign(", "k.tanh(", "k.expm1(", "k.log(", "k.sqrt(", "k.square(")) {
            assertTrue(body.contains(call), call + " in\n" + body);
        }
        Random random = new Random(47);
        for (int n : LENGTHS) {
            NDArray xv = Values.random(random, FLOAT64, n);
            NDArray yv = Values.random(random, FLOAT64, n);
            NDArray cv = NDArray.scalar(random.nextDouble() * 4 - 2);
            List<NDArray> expected = evaluate(List.of(everyOp, everyMean), x, xv, y, yv, c, cv);
            Object result = compiled.call("everyOp", xv, yv, cv.getDouble());
            Values.assertMatches(expected.get(0), GeneratedClass.component(result, "values"), "values, n=" + n);
            Values.assertMatches(expected.get(1), GeneratedClass.component(result, "mean"), "mean, n=" + n);
        }
    }

    @Test
    void aLoopReadsTheSumOfAnEarlierLoop() {
        Random random = new Random(53);
        for (int n : new int[] {0, 1, 9, 2 * CHUNK + 1}) {
            NDArray xv = Values.random(random, FLOAT64, n);
            Values.assertMatches(evaluate(List.of(centered), x, xv).get(0), compiled.call("centered", xv),
                    "centered, n=" + n);
        }
    }

    /**
     * The chunks and the order in which their sums add up do not depend on the threads. The ops
     * are IEEE-exact ones: the Vector API's exp and log are SVML's once the JIT has compiled a
     * kernel and {@code Math}'s per lane before, so a loop of those can round apart in the last
     * bit from one call to the next while the kernels warm up, on any number of threads.
     */
    @Test
    void resultsAreTheSameToTheBitForOneTwoAndFourHelperThreads() throws Exception {
        Random random = new Random(59);
        int n = 5 * CHUNK + 3;
        NDArray xv = Values.random(random, FLOAT64, n);
        NDArray yv = Values.random(random, FLOAT64, n);
        double cv = 0.25;
        Object reference = compiled.call("exactOps", xv, yv, cv);
        List<NDArray> expected = evaluate(List.of(exact, exactSum), x, xv, y, yv, c, NDArray.scalar(cv));
        Values.assertMatches(expected.get(0), GeneratedClass.component(reference, "values"), "values");
        Values.assertMatches(expected.get(1), GeneratedClass.component(reference, "sum"), "sum");
        for (int threads : new int[] {1, 2, 4}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                Object result = Parallel.withPool(pool, () -> compiled.call("exactOps", xv, yv, cv));
                assertEquals((double) GeneratedClass.component(reference, "sum"),
                        (double) GeneratedClass.component(result, "sum"), "threads=" + threads);
                assertArrayEquals(((NDArray) GeneratedClass.component(reference, "values")).toDoubleArray(),
                        ((NDArray) GeneratedClass.component(result, "values")).toDoubleArray(), "threads=" + threads);
            } finally {
                pool.shutdown();
            }
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
