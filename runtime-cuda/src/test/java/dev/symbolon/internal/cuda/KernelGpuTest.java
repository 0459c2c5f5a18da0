package dev.symbolon.internal.cuda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the transcendental, reduction, softmax and product kernels on the first CUDA device and
 * compares them with the reference interpreter: float64 within 1e-12 relative, float32 within 1e-5,
 * argmax, max and min exactly, and the single-op transcendental kernels bit for bit with their Java
 * model. Skipped where JCuda's natives do not load or the driver finds no device.
 */
class KernelGpuTest {
    private static final double F64 = 1e-12;
    private static final double F32 = 1e-5;

    @BeforeEach
    void requireDevice() {
        String absence = KernelRunner.absence();
        assumeTrue(absence == null, absence);
    }

    static Stream<Op> transcendentalOps() {
        return Stream.of(Op.EXP, Op.EXPM1, Op.LOG, Op.LOG1P, Op.TANH, Op.SIGMOID, Op.SOFTPLUS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcendentalOps")
    void transcendentalKernelHasItsJavaModelsBits(Op op) {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 1));
        Node y = GraphOps.unary(op, x);
        Random random = new Random(op.ordinal());
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -1e-310, 1e-300, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 709.78, -745.1, 40.5, -40.5, -1, 1};
        int n = 100_003;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i < special.length ? special[i]
                    : i % 3 == 0 ? Double.longBitsToDouble(random.nextLong())
                    : i % 3 == 1 ? random.nextGaussian() * 30 : random.nextGaussian() * 1e-3;
        }
        NDArray got = KernelRunner.run(FusedKernelEmitter.launches(Groups.of(y), "t"), Map.of(x, NDArray.wrap(v, n)),
                Map.of("n", (long) n), Map.of(y, new int[] {n})).get(y);
        MathProgramModel model = new MathProgramModel(Transcendentals.program(op));
        double[] g = got.toDoubleArray();
        for (int i = 0; i < n; i++) {
            double want = model.apply(v[i]);
            int at = i;
            assertTrue(Double.isNaN(want) ? Double.isNaN(g[i]) : Double.doubleToRawLongBits(want) == Double.doubleToRawLongBits(g[i]),
                    () -> op + "(" + v[at] + "): the model gives " + want + ", the GPU " + g[at]);
        }
    }

    static Stream<Arguments> groups() {
        return Stream.concat(FusedKernelAssemblyTest.transcendentalGroups(), FusedKernelAssemblyTest.reducingGroups());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void fusedGroupMatchesInterpreter(String name, Supplier<Node[]> graph) {
        Node[] roots = graph.get();
        Random random = new Random(3);
        int[] shape = {101, 97};
        Map<Node, NDArray> leaves = new IdentityHashMap<>();
        for (Node node : TopologicalOrder.of(roots)) {
            if (node.op() == Op.INPUT) {
                int[] s = node.rank() == 2 ? shape : new int[] {shape[0] * shape[1]};
                leaves.put(node, values(node.type().dtype(), s, () -> random.nextGaussian() * 3));
            }
        }
        Map<Node, NDArray> want = Interpreter.evaluateAll(List.of(roots), leaves::get);
        List<KernelLaunch> launches = FusedKernelEmitter.launches(Groups.of(roots), name);
        Map<Node, int[]> shapes = new IdentityHashMap<>();
        for (Node root : roots) {
            shapes.put(root, want.get(root).shape());
        }
        Map<Node, NDArray> got = KernelRunner.run(launches, leaves, Map.of("n", (long) shape[0] * shape[1]), shapes);
        for (Map.Entry<Node, NDArray> output : got.entrySet()) {
            assertClose(output.getKey(), want.get(output.getKey()), output.getValue());
        }
    }

    @ParameterizedTest(name = "{0} {1} all={2}")
    @MethodSource("dev.symbolon.internal.cuda.ReductionKernelTest#reductions")
    void reductionMatchesInterpreter(Op op, DType dtype, boolean all) {
        Node reduction = ReductionKernelTest.reduction(op, dtype, all);
        Node x = reduction.input(0);
        int[] shape = {7, 300, 5};
        Random random = new Random(op.ordinal() * 2 + (all ? 1 : 0));
        boolean sums = op == Op.SUM || op == Op.MEAN;
        // sums of positive values (no cancellation to blur the comparison); extrema on quarter steps, so
        // that ties test argmax's first-maximum rule, with one NaN
        NDArray value = values(dtype, shape, () -> sums ? 0.5 + random.nextDouble() : Math.rint(random.nextGaussian() * 8) / 4);
        if (!sums) {
            double[] d = value.toDoubleArray();
            d[1234] = Double.NaN;
            value = values(dtype, shape, new double[][] {d});
        }
        Map<Node, NDArray> leaves = Map.of(x, value);
        NDArray want = Interpreter.evaluateAll(List.of(reduction), leaves::get).get(reduction);
        Map<String, Long> sizes = all ? Map.of("n", 10_500L) : Map.of("rows", 35L, "length", 300L, "inner", 5L);
        NDArray got = KernelRunner.run(ReductionKernelEmitter.emit(reduction, "r"), leaves, sizes,
                Map.of(reduction, want.shape())).get(reduction);
        assertClose(reduction, want, got);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.symbolon.internal.cuda.MatrixKernelTest#softmaxes")
    void softmaxMatchesInterpreter(Op op, DType dtype) {
        Node x = GraphOps.input("x", Type.of(dtype, 2));
        Node softmax = GraphOps.softmax(op, x);
        Random random = new Random(11);
        int[] shape = {37, 301};
        Map<Node, NDArray> leaves = Map.of(x, values(dtype, shape, () -> random.nextGaussian() * 10));
        NDArray want = Interpreter.evaluateAll(List.of(softmax), leaves::get).get(softmax);
        NDArray got = KernelRunner.run(List.of(SoftmaxKernelEmitter.emit(softmax, "s")), leaves,
                Map.of("rows", 37L, "length", 301L), Map.of(softmax, shape)).get(softmax);
        assertClose(softmax, want, got);
    }

    @ParameterizedTest(name = "{0} a{1}{2} b{3}{4}")
    @MethodSource("dev.symbolon.internal.cuda.MatrixKernelTest#products")
    void productMatchesInterpreter(DType dtype, int rankA, boolean transposeA, int rankB, boolean transposeB) {
        Node dot = MatrixKernelTest.dot(dtype, rankA, transposeA, rankB, transposeB);
        // sizes that are not multiples of the 32-wide tiles, so every edge is crossed
        int m = 70;
        int k = 45;
        int n = 33;
        Node a = transposeA ? dot.input(0).input(0) : dot.input(0);
        Node b = transposeB ? dot.input(1).input(0) : dot.input(1);
        Random random = new Random(5);
        Map<Node, NDArray> leaves = new HashMap<>();
        leaves.put(a, values(dtype, rankA == 1 ? new int[] {k} : transposeA ? new int[] {k, m} : new int[] {m, k},
                () -> 0.5 + random.nextDouble()));
        leaves.put(b, values(dtype, rankB == 1 ? new int[] {k} : transposeB ? new int[] {n, k} : new int[] {k, n},
                () -> 0.5 + random.nextDouble()));
        NDArray want = Interpreter.evaluateAll(List.of(dot), leaves::get).get(dot);
        KernelLaunch launch = MatrixProductEmitter.emit(dot, "p");
        long outputs = want.size();
        Map<String, Long> sizes = launch.entry().endsWith("_tiles") ? Map.of("m", (long) m, "n", (long) n, "k", (long) k)
                : launch.entry().endsWith("_rows") ? Map.of("rows", outputs, "k", (long) k)
                : Map.of("n", outputs, "k", (long) k);
        NDArray got = KernelRunner.run(List.of(launch), leaves, sizes, Map.of(dot, want.shape())).get(dot);
        assertClose(dot, want, got);
    }

    @Test
    void matrixProductWithEmptyInnerDimensionIsZeros() {
        Node dot = MatrixKernelTest.dot(DType.FLOAT64, 2, false, 2, false);
        Map<Node, NDArray> leaves = Map.of(dot.input(0), NDArray.wrap(new double[0], 3, 0),
                dot.input(1), NDArray.wrap(new double[0], 0, 40));
        NDArray got = KernelRunner.run(List.of(MatrixProductEmitter.emit(dot, "p")), leaves,
                Map.of("m", 3L, "n", 40L, "k", 0L), Map.of(dot, new int[] {3, 40})).get(dot);
        assertArrayEquals(new double[120], got.toDoubleArray());
    }

    private static NDArray values(DType dtype, int[] shape, Supplier<Double> draw) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = draw.get();
        }
        return values(dtype, shape, new double[][] {v});
    }

    private static NDArray values(DType dtype, int[] shape, double[][] data) {
        double[] v = data[0];
        if (dtype == DType.FLOAT64) {
            return NDArray.wrap(v.clone(), shape);
        }
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return NDArray.wrap(f, shape);
    }

    private static void assertClose(Node node, NDArray want, NDArray got) {
        assertArrayEquals(want.shape(), got.shape(), node.describe());
        if (node.type().dtype() == DType.INT64) {
            assertArrayEquals(want.toLongArray(), got.toLongArray(), node.describe());
            return;
        }
        double tolerance = node.type().dtype() == DType.FLOAT64 ? F64 : F32;
        double[] w = want.toDoubleArray();
        double[] g = got.toDoubleArray();
        for (int i = 0; i < w.length; i++) {
            int at = i;
            boolean close = Double.isNaN(w[i]) ? Double.isNaN(g[i])
                    : w[i] == g[i] || Math.abs(g[i] - w[i]) <= tolerance * Math.abs(w[i]);
            assertTrue(close, () -> node.describe() + " at " + at + ": the interpreter gives " + w[at]
                    + ", the GPU " + g[at]);
        }
        assertEquals(w.length, g.length);
    }
}
