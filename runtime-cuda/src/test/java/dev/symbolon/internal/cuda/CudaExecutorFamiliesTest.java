package dev.symbolon.internal.cuda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.executor.Executor;
import dev.symbolon.internal.executor.MethodGraph;
import dev.symbolon.internal.executor.Results;
import dev.symbolon.internal.executor.Slot;
import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.GraphText;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import dev.symbolon.runtime.SharedVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every kernel family through the executor on {@link HostDriver}, which runs each launch as its
 * contract says: fused groups with sums and means, reductions, softmax and products, in models
 * against the interpreter. Sums are block trees on the device, so results agree to rounding.
 */
class CudaExecutorFamiliesTest {
    private static Node at(int line, Supplier<Node> build) {
        try (var scope = SourcePosition.enter(new SourcePosition("Model.java", line))) {
            return build.get();
        }
    }

    static NDArray gaussian(Random random, int... shape) {
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        double[] data = new double[size];
        for (int i = 0; i < size; i++) {
            data[i] = random.nextGaussian();
        }
        return NDArray.wrap(data, shape);
    }

    static List<NDArray> interpreted(MethodGraph method, List<NDArray> arguments, List<NDArray> shared) {
        Map<String, NDArray> leaves = new HashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            leaves.put(method.parameters().get(i).name(), arguments.get(i));
        }
        for (int i = 0; i < shared.size(); i++) {
            leaves.put(method.shared().get(i).name(), shared.get(i));
        }
        return Interpreter.evaluate(GraphText.read(method.graph()), leaf -> leaves.get(leaf.name()));
    }

    /** Equal shapes and dtypes; integers exactly, floats to 1e-12 of their magnitude (sums are reordered). */
    static void assertAgrees(List<NDArray> expected, List<NDArray> actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (int k = 0; k < expected.size(); k++) {
            NDArray e = expected.get(k);
            NDArray a = actual.get(k);
            assertEquals(e.dtype(), a.dtype(), what + " result " + k);
            assertArrayEquals(e.shape(), a.shape(), what + " result " + k);
            if (!e.dtype().isFloat()) {
                assertEquals(e, a, what + " result " + k);
                continue;
            }
            double[] ev = e.toDoubleArray();
            double[] av = a.toDoubleArray();
            double scale = 1;
            for (double v : ev) {
                scale = Math.max(scale, Math.abs(v));
            }
            double tolerance = (e.dtype() == DType.FLOAT32 ? 1e-6 : 1e-12) * scale;
            for (int i = 0; i < ev.length; i++) {
                assertTrue(Double.compare(ev[i], av[i]) == 0 || Math.abs(ev[i] - av[i]) <= tolerance,
                        what + " result " + k + " element " + i + ": " + av[i] + ", expected " + ev[i]);
            }
        }
    }

    /**
     * Runs {@code steps} calls, each with the new values of the last as its shared values (as the
     * generated class assigns them), checking each against the interpreter on the same values.
     */
    private static HostDriver runSteps(MethodGraph method, List<NDArray> arguments, List<SharedVariable> shared,
            int steps) {
        HostDriver driver = new HostDriver();
        runSteps(new CudaExecutor(method, driver), method, arguments, shared, steps);
        return driver;
    }

    /** As above on {@code executor}, starting from the values of {@code shared} (a function's fields take their names). */
    static void runSteps(Executor executor, MethodGraph method, List<NDArray> arguments, List<SharedVariable> shared,
            int steps) {
        List<NDArray> current = new ArrayList<>();
        for (Slot slot : method.shared()) {
            current.add(shared.stream().filter(v -> v.name().equals(slot.name())).findFirst().orElseThrow().getValue());
        }
        for (int step = 0; step < steps; step++) {
            List<NDArray> expected = interpreted(method, arguments, current);
            Results results = executor.run(arguments, current, null);
            assertAgrees(expected, results.all(), method.method() + " step " + step);
            for (int j = 0; j < method.updates().size(); j++) {
                for (int i = 0; i < method.shared().size(); i++) {
                    if (method.shared().get(i).name().equals(method.updates().get(j).name())) {
                        current.set(i, results.updates().get(j));
                    }
                }
            }
        }
    }

    private static boolean launched(HostDriver driver, String suffix) {
        return driver.launches.stream().anyMatch(entry -> entry.matches(".*_k\\d+" + suffix));
    }

    @Test
    void logisticStepRunsItsProductsSumsAndTranscendentalsOnTheDevice() {
        Random random = new Random(3);
        SharedVariable w = SharedVariable.of("w", gaussian(random, 5));
        SharedVariable b = SharedVariable.of("b", 0.25);
        MethodGraph method = Workloads.logisticStep(w, b);
        double[] labels = {1, 0, 0, 1, 1, 0, 1};
        List<NDArray> arguments = List.of(gaussian(random, 7, 5), NDArray.of(labels), NDArray.scalar(0.1),
                NDArray.scalar(0.01));
        HostDriver driver = runSteps(method, arguments, List.of(w, b), 3);
        assertTrue(launched(driver, "_rows"), "x·w is a row dot: " + driver.launches);
        assertTrue(launched(driver, "_columns"), "xᵀ·g reads x in place, a column dot: " + driver.launches);
        assertTrue(launched(driver, "_finish\\d*"), "sums and means finish in one block: " + driver.launches);
    }

    @Test
    void sumAndSlopeAccumulatesInItsLoop() {
        Random random = new Random(4);
        MethodGraph method = Workloads.sumAndSlope();
        HostDriver driver = runSteps(method, List.of(gaussian(random, 1000), gaussian(random, 1000)), List.of(), 2);
        assertTrue(launched(driver, "_finish0"), driver.launches.toString());
    }

    @Test
    void softmaxClassifierRunsMatrixProductsSoftmaxAndReductions() {
        Random random = new Random(5);
        SharedVariable w1 = SharedVariable.of("w1", gaussian(random, 6, 9));
        SharedVariable w2 = SharedVariable.of("w2", gaussian(random, 9, 4));
        MethodGraph method = Workloads.softmaxClassifier(w1, w2, false);
        double[][] y = new double[11][4];
        for (int i = 0; i < y.length; i++) {
            y[i][random.nextInt(4)] = 1;
        }
        List<NDArray> arguments = List.of(gaussian(random, 11, 6), NDArray.of(y));
        HostDriver driver = runSteps(method, arguments, List.of(w1, w2), 1);
        assertTrue(launched(driver, "_tiles"), driver.launches.toString());
        assertTrue(launched(driver, "_rows"), "the cross-entropy sums each row: " + driver.launches);
    }

    @Test
    void softmaxClassifierTrainingIsRefusedForItsRowBroadcast() {
        MethodGraph method = Workloads.softmaxClassifier(SharedVariable.of("w1", NDArray.zeros(DType.FLOAT64, 2, 2)),
                SharedVariable.of("w2", NDArray.zeros(DType.FLOAT64, 2, 2)), true);
        UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
                () -> new CudaExecutor(method, new HostDriver()));
        assertTrue(refused.getMessage().startsWith("the CUDA executor cannot run function: broadcastLike float64[?,?]"
                + " at Workloads.java:7 has no CUDA kernel yet"), refused.getMessage());
    }

    /** {@code f(m)} of a float32 [a, b, c] m: each reduction kind over an axis, a run of axes, everything. */
    static MethodGraph reductions() {
        Node m = GraphOps.input("m", Type.of(DType.FLOAT32, 3));
        List<Node> roots = List.of(
                at(1, () -> GraphOps.reduce(Op.SUM, m, false, 1)),
                at(2, () -> GraphOps.reduce(Op.MEAN, m, true, 1, 2)),
                at(3, () -> GraphOps.reduce(Op.MAX, m, false, 0)),
                at(4, () -> GraphOps.reduce(Op.MIN, m, false, 2)),
                at(5, () -> GraphOps.reduce(Op.ARGMAX, m, false, 1)),
                at(6, () -> GraphOps.reduce(Op.ARGMAX, m, false)),
                at(7, () -> GraphOps.reduce(Op.MAX, m, false)),
                at(8, () -> GraphOps.reduce(Op.MEAN, m, false)));
        List<Slot> outputs = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            outputs.add(new Slot("r" + i, roots.get(i).type().dtype(), roots.get(i).rank()));
        }
        return new MethodGraph("reduce", List.of(new Slot("m", DType.FLOAT32, 3)), List.of(), outputs, List.of(),
                GraphText.write(roots));
    }

    @Test
    void reductionsOverAxesAndEverythingGiveTheInterpretersValues() {
        MethodGraph method = reductions();
        NDArray m = gaussian(new Random(6), 3, 40, 5).astype(DType.FLOAT32);
        float[] data = m.toFloatArray();
        data[17] = Float.NaN;
        data[300] = 1e30f;
        data[301] = 1e30f;
        NDArray special = NDArray.wrap(data, 3, 40, 5);
        HostDriver driver = new HostDriver();
        CudaExecutor executor = new CudaExecutor(method, driver);
        assertAgrees(interpreted(method, List.of(special), List.of()), executor.run(List.of(special), List.of(), null).all(),
                "reductions");
        assertTrue(driver.grids.contains("reduce_k0_rows 15 x 1"), "a block per result element: " + driver.grids);
        assertTrue(driver.grids.contains("reduce_k5_finish 1 x 1"), driver.grids.toString());
    }

    @Test
    void emptyMaximumIsTheCpusErrorBeforeAnythingIsCopied() {
        Node m = GraphOps.input("m", Type.of(DType.FLOAT64, 2));
        Node max = at(12, () -> GraphOps.reduce(Op.MAX, m, false, 1));
        MethodGraph method = new MethodGraph("peak", List.of(new Slot("m", DType.FLOAT64, 2)), List.of(),
                List.of(new Slot("max", DType.FLOAT64, 1)), List.of(), GraphText.write(List.of(max)));
        HostDriver driver = new HostDriver();
        ShapeException e = assertThrows(ShapeException.class, () -> new CudaExecutor(method, driver)
                .run(List.of(NDArray.zeros(DType.FLOAT64, 3, 0)), List.of(), null));
        assertEquals("max: cannot reduce an empty array of shape [3, 0] over axes [1] at Model.java:12", e.getMessage());
        assertEquals(List.of(), driver.uploads);
        assertEquals(0, driver.allocations);
    }

    @Test
    void emptySumAndMeanAreZeroAndNaN() {
        Node v = GraphOps.input("v", Type.of(DType.FLOAT64, 1));
        Node sum = GraphOps.reduce(Op.SUM, v, false);
        Node mean = GraphOps.reduce(Op.MEAN, v, false);
        MethodGraph method = MethodGraphs.ofRoots("totals", sum, mean);
        Results results = new CudaExecutor(method, new HostDriver()).run(List.of(NDArray.of(new double[0])), List.of(), null);
        assertEquals(List.of(NDArray.scalar(0.0), NDArray.scalar(Double.NaN)), results.outputs());
    }

    /**
     * Each product form, transposed operands read in place: (m×k)·k, k·(k×n), (k×m)ᵀ·k, k·(n×k)ᵀ,
     * k·k, and m×k · k×n with either operand transposed.
     */
    static MethodGraph products() {
        Node a = GraphOps.input("a", Type.of(DType.FLOAT64, 2));
        Node b = GraphOps.input("b", Type.of(DType.FLOAT64, 2));
        Node u = GraphOps.input("u", Type.of(DType.FLOAT64, 1));
        Node v = GraphOps.input("v", Type.of(DType.FLOAT64, 1));
        return MethodGraphs.ofRoots("products",
                GraphOps.dot(a, u),
                GraphOps.dot(v, a),
                GraphOps.dot(GraphOps.transpose(a), v),
                GraphOps.dot(u, GraphOps.transpose(a)),
                GraphOps.dot(u, u),
                GraphOps.dot(a, b),
                GraphOps.dot(GraphOps.transpose(a), GraphOps.transpose(b)));
    }

    @Test
    void everyProductFormGivesTheInterpretersValues() {
        MethodGraph method = products();
        Random random = new Random(7);
        // a is 37×45, b 45×37, u of 45, v of 37
        Map<String, NDArray> byName = Map.of("a", gaussian(random, 37, 45), "b", gaussian(random, 45, 37),
                "u", gaussian(random, 45), "v", gaussian(random, 37));
        List<NDArray> arguments = method.parameters().stream().map(p -> byName.get(p.name())).toList();
        HostDriver driver = new HostDriver();
        CudaExecutor executor = new CudaExecutor(method, driver);
        assertAgrees(interpreted(method, arguments, List.of()), executor.run(arguments, List.of(), null).all(), "products");
        assertTrue(driver.grids.contains("products_k5_tiles 2 x 2"), "37×37 is 2×2 tiles: " + driver.grids);
        assertTrue(driver.grids.contains("products_k0_rows 37 x 1"), driver.grids.toString());
        assertEquals(7, driver.launches.size(), "transposes are read in place: " + driver.launches);
    }

    @Test
    void emptyProductLaunchesNothingAndEmptyInnerDimensionGivesZeros() {
        Node a = GraphOps.input("a", Type.of(DType.FLOAT64, 2));
        Node b = GraphOps.input("b", Type.of(DType.FLOAT64, 2));
        MethodGraph method = MethodGraphs.ofRoots("mm", GraphOps.dot(a, b));
        HostDriver driver = new HostDriver();
        CudaExecutor executor = new CudaExecutor(method, driver);
        Results empty = executor.run(List.of(NDArray.zeros(DType.FLOAT64, 0, 3), NDArray.zeros(DType.FLOAT64, 3, 4)),
                List.of(), null);
        assertArrayEquals(new int[] {0, 4}, empty.outputs().get(0).shape());
        assertEquals(List.of(), driver.launches);
        Results zeros = executor.run(List.of(NDArray.zeros(DType.FLOAT64, 2, 0), NDArray.zeros(DType.FLOAT64, 0, 3)),
                List.of(), null);
        assertEquals(NDArray.zeros(DType.FLOAT64, 2, 3), zeros.outputs().get(0));
    }

    @Test
    void innerDimensionMismatchIsTheCpusShapeErrorBeforeAnythingIsCopied() {
        Node a = GraphOps.input("a", Type.of(DType.FLOAT64, 2));
        Node u = GraphOps.input("u", Type.of(DType.FLOAT64, 1));
        MethodGraph method = MethodGraphs.ofRoots("mv", at(21, () -> GraphOps.dot(a, u)));
        HostDriver driver = new HostDriver();
        ShapeException e = assertThrows(ShapeException.class, () -> new CudaExecutor(method, driver)
                .run(List.of(NDArray.zeros(DType.FLOAT64, 2, 3), NDArray.zeros(DType.FLOAT64, 4)), List.of(), null));
        assertEquals("dot: inner dimensions differ: 3 and 4 at Model.java:21", e.getMessage());
        assertEquals(List.of(), driver.uploads);
    }

    @Test
    void softmaxAndLogSoftmaxOfTensorsGiveTheInterpretersValues() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT32, 3));
        MethodGraph method = MethodGraphs.ofRoots("soft", GraphOps.softmax(Op.SOFTMAX, x),
                GraphOps.softmax(Op.LOG_SOFTMAX, x));
        List<NDArray> arguments = List.of(gaussian(new Random(8), 2, 3, 50).astype(DType.FLOAT32));
        HostDriver driver = new HostDriver();
        assertAgrees(interpreted(method, arguments, List.of()),
                new CudaExecutor(method, driver).run(arguments, List.of(), null).all(), "softmax");
        assertEquals(List.of("soft_k0 6 x 1", "soft_k1 6 x 1"), driver.grids, "a block per row");
    }

    @Test
    void scratchBuffersAreAllocatedOnceAndReused() {
        MethodGraph method = Workloads.sumAndSlope();
        Random random = new Random(9);
        HostDriver driver = new HostDriver();
        CudaExecutor executor = new CudaExecutor(method, driver);
        executor.run(List.of(gaussian(random, 5000), gaussian(random, 5000)), List.of(), null);
        int first = driver.allocations;
        executor.run(List.of(gaussian(random, 300), gaussian(random, 300)), List.of(), null);
        executor.run(List.of(gaussian(random, 5000), gaussian(random, 5000)), List.of(), null);
        assertEquals(first, driver.allocations, "fewer blocks use the same scratch; the same sizes allocate nothing");
        executor.release();
        assertEquals(Map.of(), driver.memory, "scratch is released with the buffers");
    }
}
