package dev.symbolon.internal.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.access.Internals;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.GraphText;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.DebugMismatch;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.NumericalError;
import dev.symbolon.runtime.SharedVariable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DebugCheckTest {
    private static final SourcePosition LINE_7 = new SourcePosition("Model.java", 7);

    private static Node at(SourcePosition position, Supplier<Node> build) {
        try (var scope = SourcePosition.enter(position)) {
            return build.get();
        }
    }

    private static Node vector(String name, DType dtype) {
        return at(new SourcePosition("Model.java", 3), () -> GraphOps.input(name, Type.of(dtype, 1)));
    }

    private static DebugCheck check(Node optimized, Node unoptimized) {
        return new DebugCheck("model", List.of("value"), GraphText.write(List.of(optimized)),
                GraphText.write(List.of(unoptimized)));
    }

    @Test
    void namesTheFirstOperationThatMadeNaNFromFiniteOperands() {
        Node x = vector("x", DType.FLOAT64);
        Node log = at(LINE_7, () -> GraphOps.unary(Op.LOG, x));
        Node root = at(new SourcePosition("Model.java", 8), () -> GraphOps.unary(Op.SQRT, log));
        NDArray argument = NDArray.of(new double[] {1, -1, 3});
        NumericalError e = assertThrows(NumericalError.class, () -> check(root, root)
                .check(Map.of("x", argument), List.of(), List.of(NDArray.of(new double[] {0, Double.NaN, 1})), null));
        assertEquals("model: log at Model.java:7 produced NaN from finite operands (1 of 3 elements are not finite,"
                + " the first at [1]); operands: float64(3,) [ 1. -1.  3.]", e.getMessage());
        assertEquals("log", e.operation());
        assertEquals(LINE_7, new SourcePosition(e.file(), e.line()));
        assertEquals("model", e.method());
    }

    @Test
    void leavesNonFiniteArgumentsToTheCaller() {
        Node x = vector("x", DType.FLOAT64);
        Node log = at(LINE_7, () -> GraphOps.unary(Op.LOG, x));
        NDArray nan = NDArray.of(new double[] {Double.NaN});
        check(log, log).check(Map.of("x", nan), List.of(), List.of(NDArray.of(new double[] {Double.NaN})), null);
    }

    @Test
    void reportsAResultThatDiffersFromTheUnoptimizedGraph() {
        Node x = vector("x", DType.FLOAT64);
        Node plusOne = at(LINE_7, () -> GraphOps.add(x, GraphOps.constant(1, DType.FLOAT64)));
        Node twice = at(LINE_7, () -> GraphOps.mul(x, GraphOps.constant(2, DType.FLOAT64)));
        DebugMismatch e = assertThrows(DebugMismatch.class, () -> check(plusOne, twice).check(
                Map.of("x", NDArray.of(new double[] {1, 5})), List.of(), List.of(NDArray.of(new double[] {2, 6})), null));
        assertEquals("model: result value (written at Model.java:7) differs from the value of the unoptimized graph:"
                + " a rewrite changed what it computes (-Dsymbolon.rewrite.trace=true lists the rules that fired);"
                + " largest difference 4.0 at [1]: optimized 6.0, unoptimized 10.0 (tolerance 1.0E-6 for float64)",
                e.getMessage());
        assertEquals("value", e.result());
        assertEquals(LINE_7, new SourcePosition(e.file(), e.line()));
    }

    @Test
    void reportsGeneratedCodeThatDiffersFromTheInterpreter() {
        Node x = vector("x", DType.FLOAT64);
        Node exp = at(LINE_7, () -> GraphOps.unary(Op.EXP, x));
        DebugMismatch e = assertThrows(DebugMismatch.class, () -> check(exp, exp).check(
                Map.of("x", NDArray.of(new double[] {0})), List.of(), List.of(NDArray.of(new double[] {2})), null));
        assertTrue(e.getMessage().contains("differs from the reference interpreter's value of the same optimized"
                + " graph: a bug in the code generator; largest difference 1.0 at [0]: generated 2.0, interpreter 1.0"),
                e.getMessage());
    }

    @Test
    void comparesOnlyWhereTheUnoptimizedValueIsFinite() {
        Node x = vector("x", DType.FLOAT64);
        Node stable = at(LINE_7, () -> GraphOps.neg(GraphOps.unary(Op.SOFTPLUS, GraphOps.neg(x))));
        Node naive = at(LINE_7, () -> GraphOps.unary(Op.LOG, GraphOps.unary(Op.SIGMOID, x)));
        NDArray argument = NDArray.of(new double[] {-800, 0});
        check(stable, naive).check(Map.of("x", argument), List.of(),
                List.of(NDArray.of(new double[] {-800, -Math.log(2)})), null);
        DebugMismatch e = assertThrows(DebugMismatch.class, () -> check(stable, naive).check(Map.of("x", argument),
                List.of(), List.of(NDArray.of(new double[] {-800, Double.NEGATIVE_INFINITY})), null));
        assertTrue(e.getMessage().contains("largest difference Infinity at [1]"), e.getMessage());
    }

    @Test
    void toleranceFollowsTheDtypeAndIntegersMustBeEqual() {
        Node f = vector("f", DType.FLOAT32);
        Node exp32 = at(LINE_7, () -> GraphOps.unary(Op.EXP, f));
        check(exp32, exp32).check(Map.of("f", NDArray.of(new float[] {0})), List.of(),
                List.of(NDArray.of(new float[] {1.0001f})), null);

        Node d = vector("d", DType.FLOAT64);
        Node exp64 = at(LINE_7, () -> GraphOps.unary(Op.EXP, d));
        assertThrows(DebugMismatch.class, () -> check(exp64, exp64).check(Map.of("d", NDArray.of(new double[] {0})),
                List.of(), List.of(NDArray.of(new double[] {1.0001})), null));

        Node i = vector("i", DType.INT64);
        Node twice = at(LINE_7, () -> GraphOps.add(i, i));
        DebugMismatch e = assertThrows(DebugMismatch.class, () -> check(twice, twice).check(
                Map.of("i", NDArray.of(new long[] {1L << 60})), List.of(),
                List.of(NDArray.of(new long[] {(1L << 61) + 1})), null));
        assertTrue(e.getMessage().endsWith("first difference at [0]: generated 2305843009213693953, interpreter"
                + " 2305843009213693952"), e.getMessage());
    }

    @Test
    void readsSharedVariablesByName() {
        Node w = at(LINE_7, () -> GraphOps.shared("w", Type.of(DType.FLOAT64, 1)));
        Node x = vector("x", DType.FLOAT64);
        Node sum = at(LINE_7, () -> GraphOps.add(w, x));
        SharedVariable shared = Internals.sharedVariable("w", DType.FLOAT64, 1);
        shared.setValue(new double[] {10, 20});
        check(sum, sum).check(Map.of("x", NDArray.of(new double[] {1, 2})), List.of(shared),
                List.of(NDArray.of(new double[] {11, 22})), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> check(sum, sum).check(
                Map.of("x", NDArray.of(new double[] {1, 2})), List.of(), List.of(NDArray.of(new double[] {11, 22})), null));
        assertTrue(e.getMessage().contains("no value given for shared w"), e.getMessage());
    }

    @Test
    void refusesGraphsWithoutARootPerResult() {
        Node x = vector("x", DType.FLOAT64);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DebugCheck("model",
                List.of("a", "b"), GraphText.write(List.of(x)), GraphText.write(List.of(x))));
        assertTrue(e.getMessage().contains("the graphs have 1 and 1 roots"), e.getMessage());
    }
}
