package dev.symbolon.internal.cuda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The executor's bookkeeping on a driver in host memory ({@link HostDriver}): what it computes, what
 * it copies, allocates, loads and launches, and when, and how it fails.
 */
class CudaExecutorTest {
    /**
     * {@code step(x, lr)} with shared {@code w}: outputs {@code err = (w - x)^2} (line 10) and
     * {@code lr * lr} (line 11, a rank-0 value), updates {@code w = w - lr * (w - x)} (line 12).
     */
    private static MethodGraph step() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 1));
        Node lr = GraphOps.input("lr", Type.scalar(DType.FLOAT64));
        Node w = GraphOps.shared("w", Type.of(DType.FLOAT64, 1));
        Node diff = at(10, () -> GraphOps.sub(w, x));
        Node err = at(10, () -> GraphOps.unary(Op.SQUARE, diff));
        Node rate = at(11, () -> GraphOps.mul(lr, lr));
        Node next = at(12, () -> GraphOps.sub(w, GraphOps.mul(lr, diff)));
        return new MethodGraph("step",
                List.of(new Slot("x", DType.FLOAT64, 1), new Slot("lr", DType.FLOAT64, 0)),
                List.of(new Slot("w", DType.FLOAT64, 1)),
                List.of(new Slot("err", DType.FLOAT64, 1), new Slot("rate", DType.FLOAT64, 0)),
                List.of(new Slot("w", DType.FLOAT64, 1)),
                GraphText.write(List.of(err, rate, next)));
    }

    private static Node at(int line, java.util.function.Supplier<Node> build) {
        try (var scope = SourcePosition.enter(new SourcePosition("Model.java", line))) {
            return build.get();
        }
    }

    /** What the reference interpreter gives for the same call: the oracle of every result. */
    private static List<NDArray> expected(MethodGraph method, NDArray x, NDArray lr, NDArray w) {
        Map<String, NDArray> leaves = Map.of("x", x, "lr", lr, "w", w);
        return Interpreter.evaluate(GraphText.read(method.graph()), leaf -> leaves.get(leaf.name()));
    }

    private static void assertSame(List<NDArray> expected, Results results) {
        List<NDArray> all = results.all();
        assertEquals(expected.size(), all.size());
        for (int i = 0; i < all.size(); i++) {
            assertArrayEquals(expected.get(i).shape(), all.get(i).shape(), "result " + i);
            assertArrayEquals(expected.get(i).toDoubleArray(), all.get(i).toDoubleArray(), 0.0, "result " + i);
        }
    }

    private static final NDArray X = NDArray.of(new double[] {1, -2, 3.5, 0.25, 8});
    private static final NDArray LR = NDArray.scalar(0.125);
    private static final NDArray W = NDArray.of(new double[] {0.5, 0.5, -1, 2, -0.0});

    @Test
    void callGivesTheInterpretersOutputsThenNewValues() {
        HostDriver driver = new HostDriver();
        CudaExecutor executor = new CudaExecutor(step(), driver);
        Results results = executor.run(List.of(X, LR), List.of(W), null);
        assertEquals(2, results.outputs().size());
        assertEquals(1, results.updates().size());
        assertSame(expected(step(), X, LR, W), results);
        assertArrayEquals(new double[] {0.5, 0.5, -1, 2, -0.0}, W.toDoubleArray(), 0.0, "the shared value is unchanged");
    }

    @Test
    void kernelsLoadOnceAndLaunchInScheduleOrder() {
        HostDriver driver = new HostDriver();
        CudaExecutor executor = new CudaExecutor(step(), driver);
        executor.run(List.of(X, LR), List.of(W), null);
        executor.run(List.of(X, LR), List.of(W), null);
        // the vector loop computes err and the new w; lr * lr, a rank-0 value, is a one-element kernel
        assertEquals(List.of("step_k0", "step_k1"), driver.loads, "each kernel loaded once");
        assertEquals(List.of("step_k0", "step_k1", "step_k0", "step_k1"), driver.launches);
    }

    @Test
    void buffersAreReusedAcrossCallsAndRegrownWhenShapesGrow() {
        HostDriver driver = new HostDriver();
        CudaExecutor executor = new CudaExecutor(step(), driver);
        executor.run(List.of(X, LR), List.of(W), null);
        int first = driver.allocations;
        executor.run(List.of(X, LR), List.of(W), null);
        executor.run(List.of(NDArray.of(new double[] {1, 2}), LR), List.of(NDArray.of(new double[] {3, 4})), null);
        assertEquals(first, driver.allocations, "the same or smaller shapes allocate nothing");
        assertEquals(first, driver.memory.size());

        NDArray longX = NDArray.of(new double[12]);
        NDArray longW = NDArray.of(new double[12]);
        Results grown = executor.run(List.of(longX, LR), List.of(longW), null);
        assertSame(expected(step(), longX, LR, longW), grown);
        assertTrue(driver.allocations > first, "longer vectors need larger buffers");
        assertEquals(first, driver.memory.size(), "a regrown buffer replaces the old one");
    }

    @Test
    void residentSharedValueIsNotCopiedAgain() {
        HostDriver driver = new HostDriver();
        CudaExecutor executor = new CudaExecutor(step(), driver);
        NDArray w = W;
        List<Integer> uploads = new ArrayList<>();
        for (int call = 0; call < 3; call++) {
            int before = driver.uploads.size();
            Results results = executor.run(List.of(X, LR), List.of(w), null);
            assertSame(expected(step(), X, LR, w), results);
            uploads.add(driver.uploads.size() - before);
            w = results.updates().get(0);
        }
        // x, lr and w in the first call; then only the arguments: w is the array the last call returned
        assertEquals(List.of(3, 2, 2), uploads);
    }

    @Test
    void anotherSharedArrayIsCopiedEvenWithEqualElements() {
        HostDriver driver = new HostDriver();
        CudaExecutor executor = new CudaExecutor(step(), driver);
        Results first = executor.run(List.of(X, LR), List.of(W), null);
        NDArray replaced = first.updates().get(0).copy();
        int before = driver.uploads.size();
        executor.run(List.of(X, LR), List.of(replaced), null);
        assertEquals(3, driver.uploads.size() - before);
    }

    @Test
    void failedLaunchNamesTheKernelAndLineAndForgetsResidentValues() {
        HostDriver driver = new HostDriver();
        CudaExecutor executor = new CudaExecutor(step(), driver);
        Results first = executor.run(List.of(X, LR), List.of(W), null);
        NDArray w = first.updates().get(0);
        String vectorKernel = "step_k0";
        driver.failing = vectorKernel;
        KernelFailure failure = assertThrows(KernelFailure.class, () -> executor.run(List.of(X, LR), List.of(w), null));
        assertTrue(failure.getMessage().startsWith("step: launching kernel " + vectorKernel + " ("), failure.getMessage());
        assertTrue(failure.getMessage().contains("sub float64[?] at Model.java:10"), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("failed: CUDA_ERROR_ILLEGAL_ADDRESS"), failure.getMessage());

        driver.failing = null;
        int before = driver.uploads.size();
        Results again = executor.run(List.of(X, LR), List.of(w), null);
        assertEquals(3, driver.uploads.size() - before, "after a failure the shared value is copied again");
        assertSame(expected(step(), X, LR, w), again);
    }

    @Test
    void dimensionMismatchIsTheCpusShapeErrorBeforeAnythingIsCopied() {
        HostDriver driver = new HostDriver();
        CudaExecutor executor = new CudaExecutor(step(), driver);
        ShapeException e = assertThrows(ShapeException.class,
                () -> executor.run(List.of(X, LR), List.of(NDArray.of(new double[] {1, 2, 3})), null));
        assertEquals("sub: dimension 0 differs: 3 and 5 at Model.java:10", e.getMessage());
        assertEquals(List.of(), driver.uploads);
        assertEquals(List.of(), driver.launches);
        assertEquals(0, driver.allocations);
    }

    @Test
    void opWithoutKernelIsRefusedWhenTheExecutorIsMade() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 1));
        Node e = at(7, () -> GraphOps.add(GraphOps.unary(Op.SIN, x), x));
        MethodGraph method = new MethodGraph("wave", List.of(new Slot("x", DType.FLOAT64, 1)), List.of(),
                List.of(new Slot("value", DType.FLOAT64, 1)), List.of(), GraphText.write(List.of(e)));
        HostDriver driver = new HostDriver();
        UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
                () -> new CudaExecutor(method, driver));
        assertEquals("the CUDA executor cannot run wave: sin float64[?] at Model.java:7 has no PTX yet: kernels compute "
                + ElementInstructions.SUPPORTED + ". This model runs on the CPU only so far: construct it with"
                + " Device.cpu(), or set symbolon.device=cpu", refused.getMessage());
        assertEquals(List.of(), driver.loads);
    }

    @Test
    void reductionWithoutKernelIsRefusedNamingItsFamily() {
        Node m = GraphOps.input("m", Type.of(DType.FLOAT64, 2));
        Node rows = at(9, () -> GraphOps.reduce(Op.PROD, m, false, 1));
        MethodGraph method = new MethodGraph("rows", List.of(new Slot("m", DType.FLOAT64, 2)), List.of(),
                List.of(new Slot("value", DType.FLOAT64, 1)), List.of(), GraphText.write(List.of(rows)));
        UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
                () -> new CudaExecutor(method, new HostDriver()));
        assertTrue(refused.getMessage().startsWith("the CUDA executor cannot run rows: prod float64[?] at Model.java:9"
                + " has no CUDA kernel yet (none for reductions other than sum, mean, max, min and argmax so far)"),
                refused.getMessage());
    }

    @Test
    void indexingOpIsRefusedNamingItsFamily() {
        Node v = GraphOps.input("v", Type.of(DType.FLOAT64, 1));
        Node first = at(4, () -> dev.symbolon.internal.ir.IndexingOps.slice(v, 0, 0, 2));
        MethodGraph method = new MethodGraph("head", List.of(new Slot("v", DType.FLOAT64, 1)), List.of(),
                List.of(new Slot("value", DType.FLOAT64, 1)), List.of(), GraphText.write(List.of(first)));
        UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
                () -> new CudaExecutor(method, new HostDriver()));
        assertTrue(refused.getMessage().startsWith("the CUDA executor cannot run head: slice float64[?] at Model.java:4"
                + " has no CUDA kernel yet (none for shape and indexing ops"), refused.getMessage());
    }

    @Test
    void constantAndRepeatedRootsComeBackAsArraysOfTheirOwn() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT32, 2));
        Node y = at(3, () -> GraphOps.mul(x, GraphOps.constant(2.0, DType.FLOAT32)));
        Node three = GraphOps.constant(3.0, DType.FLOAT32);
        MethodGraph method = new MethodGraph("twice", List.of(new Slot("x", DType.FLOAT32, 2)), List.of(),
                List.of(new Slot("a", DType.FLOAT32, 2), new Slot("b", DType.FLOAT32, 2),
                        new Slot("c", DType.FLOAT32, 0), new Slot("d", DType.FLOAT32, 2)),
                List.of(), GraphText.write(List.of(y, y, three, x)));
        NDArray input = NDArray.of(new float[][] {{1, 2, 3}, {4, 5, 6}});
        Results results = new CudaExecutor(method, new HostDriver()).run(List.of(input), List.of(), null);
        List<NDArray> out = results.outputs();
        assertArrayEquals(new float[] {2, 4, 6, 8, 10, 12}, out.get(0).toFloatArray());
        assertArrayEquals(new int[] {2, 3}, out.get(0).shape());
        assertEquals(out.get(0), out.get(1));
        assertNotSame(out.get(0), out.get(1));
        assertEquals(NDArray.scalar(3.0f), out.get(2));
        assertEquals(input, out.get(3));
        assertNotSame(input, out.get(3));
    }

    @Test
    void emptyLoopLaunchesNothing() {
        HostDriver driver = new HostDriver();
        CudaExecutor executor = new CudaExecutor(step(), driver);
        NDArray empty = NDArray.of(new double[0]);
        Results results = executor.run(List.of(empty, LR), List.of(empty), null);
        assertEquals(0, results.outputs().get(0).size());
        assertEquals(List.of("step_k1"), driver.launches, "only lr * lr runs");
    }

    @Test
    void releaseFreesEveryBufferAndUnloadsEveryKernel() {
        HostDriver driver = new HostDriver();
        CudaExecutor executor = new CudaExecutor(step(), driver);
        executor.run(List.of(X, LR), List.of(W), null);
        executor.release();
        assertEquals(Map.of(), driver.memory);
        assertEquals(driver.loads.stream().sorted().toList(), driver.unloads.stream().sorted().toList());
    }

    @Test
    void emitterGroupsGiveTheInterpretersValuesThroughTheExecutor() {
        for (Object[] group : FusedKernelGpuTest.groups()) {
            @SuppressWarnings("unchecked")
            Node[] nodes = ((java.util.function.Supplier<Node[]>) group[1]).get();
            MethodGraph method = MethodGraphs.ofRoots((String) group[0], nodes);
            List<NDArray> arguments = MethodGraphs.arguments(method, new java.util.Random(5), 37);
            List<NDArray> expected = Interpreter.evaluate(GraphText.read(method.graph()),
                    leaf -> arguments.get(MethodGraphs.index(method, leaf)));
            Results results = new CudaExecutor(method, new HostDriver()).run(arguments, List.of(), null);
            assertEquals(expected, results.all(), (String) group[0]);
        }
    }

    @Test
    void elementwiseWorkloadKeepsItsSharedValueResidentOverSteps() {
        MethodGraph method = Workloads.elementwiseStep(
                dev.symbolon.runtime.SharedVariable.of("w", NDArray.of(new double[] {0})));
        HostDriver driver = new HostDriver();
        CudaExecutor executor = new CudaExecutor(method, driver);
        NDArray w = W;
        for (int step = 0; step < 4; step++) {
            NDArray current = w;
            Map<String, NDArray> leaves = Map.of("x", X, "lr", LR, method.shared().get(0).name(), current);
            List<NDArray> expected = Interpreter.evaluate(GraphText.read(method.graph()), leaf -> leaves.get(leaf.name()));
            int before = driver.uploads.size();
            Results results = executor.run(List.of(X, LR), List.of(current), null);
            assertEquals(expected, results.all(), "step " + step);
            assertEquals(step == 0 ? 3 : 2, driver.uploads.size() - before, "copies in step " + step);
            w = results.updates().get(0);
        }
    }
}
