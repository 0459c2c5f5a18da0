package dev.symbolon.internal.codegen;

import static dev.symbolon.internal.codegen.Models.input;
import static dev.symbolon.internal.ir.GraphOps.add;
import static dev.symbolon.internal.ir.GraphOps.dot;
import static dev.symbolon.internal.ir.GraphOps.mul;
import static dev.symbolon.internal.ir.GraphOps.unary;
import static dev.symbolon.runtime.DType.FLOAT64;
import static dev.symbolon.runtime.DType.INT32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.model.SymbolicMethod;
import dev.symbolon.runtime.Device;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a caller sees when a call is wrong: shape, null, dtype and rank errors, debugPrint, devices. */
class ErrorsTest {
    private static GeneratedClass compiled;

    @BeforeAll
    static void compile() {
        Node x = input("x", FLOAT64, 2);
        Node y = input("y", FLOAT64, 2);
        Node a = input("a", FLOAT64, 1);
        Node s = input("s", FLOAT64, 0);
        Node sum;
        Node product;
        Node logistic;
        try (var line = SourcePosition.enter(new SourcePosition("Basics.java", 14))) {
            sum = add(x, y);
        }
        try (var line = SourcePosition.enter(new SourcePosition("Basics.java", 20))) {
            product = mul(dot(x, a), s);
        }
        try (var line = SourcePosition.enter(new SourcePosition("Basics.java", 30))) {
            Node e = unary(Op.EXP, s);
            logistic = mul(e, unary(Op.SIGMOID, e));
        }
        compiled = GeneratedClass.compile(Models.model("Basics", List.of(
                Models.method("add", sum, x, y), Models.method("scaledProduct", product, x, a, s),
                Models.method("logistic", logistic, s))));
    }

    @Test
    void aShapeErrorNamesTheMethodTheArgumentsTheOpAndTheLine() {
        ShapeException e = assertThrows(ShapeException.class, () -> compiled.call("add",
                NDArray.zeros(FLOAT64, 2, 3), NDArray.zeros(FLOAT64, 2, 4)));
        assertEquals("add(x: [2, 3], y: [2, 4]): add: dimension 1 differs: 3 and 4 at Basics.java:14", e.getMessage());

        ShapeException inner = assertThrows(ShapeException.class, () -> compiled.call("scaledProduct",
                new double[][] {{1, 2}}, new double[] {1, 2, 3}, 2.0));
        assertEquals("scaledProduct(x: [1, 2], a: [3], s: []): dot: inner dimensions differ: 2 and 3 at Basics.java:20",
                inner.getMessage());
    }

    @Test
    void nullArgumentsAreNamed() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> compiled.call("add", NDArray.of(new double[][] {{1}}), null));
        assertEquals("argument y of add is null; pass an array", e.getMessage());
        InvocationTargetException array = assertThrows(InvocationTargetException.class,
                () -> compiled.type().getMethod("add", double[][].class, double[][].class)
                        .invoke(compiled.instance(), null, new double[][] {{1}}));
        assertEquals(NullPointerException.class, array.getCause().getClass());
        assertEquals("argument x of add is null; pass an array", array.getCause().getMessage());
    }

    @Test
    void wrongDtypeOrRankIsRefusedAtEntry() {
        IllegalArgumentException dtype = assertThrows(IllegalArgumentException.class,
                () -> compiled.call("add", NDArray.of(new int[][] {{1}}), NDArray.of(new double[][] {{1}})));
        assertEquals("add: argument x must be a float64 array of rank 2, but it is a int32 array of rank 2 with shape [1, 1]",
                dtype.getMessage());
        IllegalArgumentException rank = assertThrows(IllegalArgumentException.class,
                () -> compiled.call("add", NDArray.of(new double[][] {{1}}), NDArray.of(new double[] {1})));
        assertEquals("add: argument y must be a float64 array of rank 2, but it is a float64 array of rank 1 with shape [1]",
                rank.getMessage());
    }

    @Test
    void debugPrintShowsEachNodeOnceIndentedByDepth() {
        assertEquals("""
                mul id=3 float64[]
                 |exp id=1 float64[]
                 | |s id=0 float64[]
                 |sigmoid id=2 float64[]
                 | |exp id=1 float64[] ...
                """, compiled.callStatic("debugPrint", "logistic"));
    }

    @Test
    void theSourceIsPlainJavaWithOneCommentedStatementPerNode() {
        String source = compiled.source();
        assertTrue(source.contains("@Generated(\"dev.symbolon.processor.SymbolicProcessor\")\n@NullMarked\npublic final class CompiledBasics"),
                source);
        assertTrue(source.contains("""
                    public double logistic(double s) {
                        if (this.executors != null) {
                            // not on the CPU: the executor computes the call; the updates apply once it has returned
                            Results results = this.executors.get(2).run(List.of(NDArray.scalar(s)),
                                    List.of(), null);
                            if (this.debugMode) {
                                // debug mode: look for NaN and infinity, compare with the unoptimized graph
                                Graphs.LOGISTIC_CHECK.check(Map.ofEntries(Map.entry("s", NDArray.scalar(s))),
                                        List.of(),
                                        results.all(), null);
                            }
                            return Internals.doubleData(results.outputs().get(0))[0];
                        }
                        // exp(s) at Basics.java:30
                        double t1 = Math.exp(s);
                        // sigmoid(t1) at Basics.java:30
                        double t2 = ScalarMath.sigmoid(t1);
                        // mul(t1, t2) at Basics.java:30
                        double t3 = t1 * t2;
                        if (this.debugMode) {
                            // debug mode: look for NaN and infinity, compare with the unoptimized graph
                            Graphs.LOGISTIC_CHECK.check(Map.ofEntries(Map.entry("s", NDArray.scalar(s))),
                                    List.of(),
                                    List.of(NDArray.scalar(t3)), null);
                        }
                        return t3;
                    }
                """), source);
    }

    @Test
    void debugPrintOfAnUnknownNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> compiled.callStatic("debugPrint", "subtract"));
        assertEquals("no compiled method is named 'subtract'; the methods are: add, scaledProduct, logistic",
                e.getMessage());
    }

    @Test
    void cudaWithoutTheCudaRuntimeSaysToAddIt() {
        InvocationTargetException e = assertThrows(InvocationTargetException.class,
                () -> compiled.type().getConstructor(Device.class).newInstance(Device.cuda(0)));
        assertEquals(IllegalStateException.class, e.getCause().getClass());
        assertEquals("device cuda:0 asks for a CUDA GPU, but no CUDA executor is on the class path. Add "
                + "dev.symbolon:symbolon-runtime-cuda to the class path, or use cpu, or auto to take CUDA only where "
                + "present (system property symbolon.device or environment variable SYMBOLON_DEVICE)",
                e.getCause().getMessage());
    }

    @Test
    void autoWithoutACudaExecutorRunsOnTheCpu() throws Exception {
        Object auto = compiled.type().getConstructor(Device.class).newInstance(Device.auto());
        assertEquals(Device.cpu(), compiled.type().getMethod("device").invoke(auto));
        NDArray sum = (NDArray) compiled.type().getMethod("add", NDArray.class, NDArray.class).invoke(auto,
                NDArray.of(new double[][] {{1, 2}}), NDArray.of(new double[][] {{10, 20}}));
        assertArrayEquals(new double[] {11, 22}, sum.toDoubleArray());
    }

    @Test
    void integerArgumentsKeepTheirJavaType() {
        Node i = input("i", INT32, 0);
        Node j = input("j", INT32, 0);
        SymbolicMethod m = Models.method("addInts", GraphOps.add(i, j), i, j);
        GeneratedClass ints = GeneratedClass.compile(Models.model("Ints", List.of(m)));
        assertEquals(7, ints.call("addInts", 3, 4));
    }
}
