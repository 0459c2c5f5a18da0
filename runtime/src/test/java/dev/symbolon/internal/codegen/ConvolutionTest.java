package dev.symbolon.internal.codegen;

import static dev.symbolon.internal.codegen.Models.input;
import static dev.symbolon.runtime.DType.FLOAT32;
import static dev.symbolon.runtime.DType.FLOAT64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.ConvolutionOps;
import dev.symbolon.internal.ir.GraphError;
import dev.symbolon.internal.ir.GraphException;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * conv2d and the pools against NumPy's numbers, in compiled code and the interpreter alike, and
 * their shape errors. The expected values come from NumPy (a padded input and a tensordot per output
 * position; reshape and max/mean for the pools) on the inputs {@link #sequence} writes.
 */
class ConvolutionTest {
    private static final Node X = input("x", FLOAT64, 4);
    private static final Node W = input("w", FLOAT64, 4);
    private static final Node XF = input("x", FLOAT32, 4);
    private static final Node WF = input("w", FLOAT32, 4);
    private static Node conv;
    private static Node stridedPadded;
    private static Node maxPool;
    private static Node avgPool;
    private static GeneratedClass compiled;

    @BeforeAll
    static void compile() {
        try (var line = SourcePosition.enter(new SourcePosition("Net.java", 7))) {
            conv = ConvolutionOps.conv2d(X, W);
            stridedPadded = ConvolutionOps.conv2d(X, W, 2, 1);
        }
        try (var line = SourcePosition.enter(new SourcePosition("Net.java", 9))) {
            maxPool = ConvolutionOps.maxPool2d(X, 2);
            avgPool = ConvolutionOps.avgPool2d(X, 2);
        }
        compiled = GeneratedClass.compile(Models.model("Net", List.of(
                Models.method("conv", conv, X, W), Models.method("stridedPadded", stridedPadded, X, W),
                Models.method("convF32", ConvolutionOps.conv2d(XF, WF, 2, 1), XF, WF),
                Models.method("maxPool", maxPool, X), Models.method("avgPool", avgPool, X))));
    }

    /** NumPy's {@code ((arange(n) * a) % m - offset) / divisor}, reshaped: exact binary fractions. */
    private static NDArray sequence(int a, int m, int offset, double divisor, int... shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = ((long) i * a % m - offset) / divisor;
        }
        return NDArray.wrap(v, shape);
    }

    private static final NDArray IMAGES = sequence(7, 11, 5, 4, 2, 2, 4, 5);
    private static final NDArray FILTERS = sequence(5, 7, 3, 2, 3, 2, 3, 2);

    private static void assertBoth(double[] expected, int[] shape, Node node, String method, NDArray... args) {
        Map<Node, NDArray> bindings = args.length == 2 ? Map.of(X, args[0], W, args[1]) : Map.of(X, args[0]);
        NDArray interpreted = Interpreter.evaluate(List.of(node), bindings::get).get(0);
        NDArray generated = (NDArray) compiled.call(method, (Object[]) args);
        for (NDArray result : List.of(interpreted, generated)) {
            assertArrayEquals(shape, result.shape(), method);
            assertArrayEquals(expected, result.toDoubleArray(), 1e-12, method);
        }
    }

    @Test
    void conv2dCorrelatesWithoutFlippingTheFilters() {
        assertBoth(new double[] {3.75, -1.75, 1.0, 1.0, 3.75, -1.75, -1.75, 1.0, 1.5, -0.75, -4.375, 0.25, -0.125,
            3.125, 0.875, 2.75, 1.875, 2.875, 2.5, 2.125, -1.375, 1.0, -3.5, -2.5, -1.75, 1.0, -1.75, -1.75, -1.75,
            1.0, 1.0, -1.75, 0.875, 2.75, -0.875, -3.125, -0.75, -4.375, 0.25, 0.75, -3.5, -2.5, 2.625, -1.875, 2.875,
            2.5, 2.125, -3.75}, new int[] {2, 3, 2, 4}, conv, "conv", IMAGES, FILTERS);
    }

    @Test
    void conv2dWithStrideAndPaddingMatchesNumPy() {
        double[] expected = {2.75, 0.375, -1.875, -3.0, -1.75, 1.0, -1.625, 1.0, -0.875, 2.0, 3.125, 2.75, -1.625,
            -1.0, 2.75, -1.75, 1.0, -2.5, -0.125, 2.125, 2.625, 0.375, 1.0, -1.75, 0.625, -0.75, -1.25, 1.5, -4.375,
            0.75, 0.5, 2.5, -3.375, -1.75, 2.5, -3.75};
        assertBoth(expected, new int[] {2, 3, 2, 3}, stridedPadded, "stridedPadded", IMAGES, FILTERS);
        NDArray f32 = (NDArray) compiled.call("convF32", NDArray.wrap(IMAGES.toFloatArray(), IMAGES.shape()),
                NDArray.wrap(FILTERS.toFloatArray(), FILTERS.shape()));
        assertEquals(FLOAT32, f32.dtype());
        assertArrayEquals(expected, f32.toDoubleArray(), 0);
    }

    @Test
    void poolsTakeTheMaximumAndTheMeanOfEachWindow() {
        NDArray x = sequence(7, 11, 5, 4, 1, 2, 4, 6);
        int[] shape = {1, 2, 2, 3};
        assertBoth(new double[] {1.0, 1.25, 0.25, 0.5, 1.25, 1.0, 1.25, 0.25, 1.0, 1.25, 1.0, 1.25}, shape, maxPool,
                "maxPool", x);
        assertBoth(new double[] {0.0625, 0.125, -0.5, -0.25, 0.5, -0.125, 0.125, -0.5, 0.25, 0.5, -0.125, -0.0625},
                shape, avgPool, "avgPool", x);
    }

    @Test
    void channelsThatDifferAreAShapeErrorNamingBothShapesAndTheLine() {
        ShapeException e = assertThrows(ShapeException.class, () -> compiled.call("conv",
                NDArray.zeros(FLOAT64, 2, 3, 8, 8), NDArray.zeros(FLOAT64, 4, 2, 3, 3)));
        assertEquals("conv(x: [2, 3, 8, 8], w: [4, 2, 3, 3]): conv2d: the input [2, 3, 8, 8] has 3 channels but the"
                + " filters [4, 2, 3, 3] take 2 (filters are in OIHW order: out channels, in channels, height, width)"
                + " at Net.java:7", e.getMessage());
        ShapeException interpreted = assertThrows(ShapeException.class, () -> Interpreter.evaluate(List.of(conv),
                Map.of(X, NDArray.zeros(FLOAT64, 2, 3, 8, 8), W, NDArray.zeros(FLOAT64, 4, 2, 3, 3))::get));
        assertEquals(e.getCause().getMessage(), interpreted.getMessage());
    }

    @Test
    void aKernelLargerThanThePaddedInputIsAShapeError() {
        ShapeException e = assertThrows(ShapeException.class, () -> compiled.call("stridedPadded",
                NDArray.zeros(FLOAT64, 1, 1, 2, 6), NDArray.zeros(FLOAT64, 1, 1, 5, 3)));
        assertEquals("stridedPadded(x: [1, 1, 2, 6], w: [1, 1, 5, 3]): conv2d: the kernel 5x3 of the filters"
                + " [1, 1, 5, 3] is larger than the input [1, 1, 2, 6] padded by 1 (4x8) at Net.java:7", e.getMessage());
    }

    @Test
    void aPoolSizeThatDoesNotDivideIsAShapeError() {
        ShapeException e = assertThrows(ShapeException.class, () -> compiled.call("maxPool",
                NDArray.zeros(FLOAT64, 1, 1, 4, 5)));
        assertEquals("maxPool(x: [1, 1, 4, 5]): maxPool2d: the window size 2 does not divide the last two dimensions"
                + " of [1, 1, 4, 5]; pad or crop the input to a multiple of 2 at Net.java:9", e.getMessage());
        ShapeException interpreted = assertThrows(ShapeException.class, () -> Interpreter.evaluate(List.of(avgPool),
                Map.of(X, NDArray.zeros(FLOAT64, 1, 1, 3, 4))::get));
        assertEquals("avgPool2d: the window size 2 does not divide the last two dimensions of [1, 1, 3, 4]; pad or"
                + " crop the input to a multiple of 2 at Net.java:9", interpreted.getMessage());
    }

    @Test
    void ranksStridesAndSizesAreCheckedWhenTheGraphIsBuilt() {
        GraphException rank = assertThrows(GraphException.class,
                () -> ConvolutionOps.conv2d(input("x", FLOAT64, 3), W));
        assertEquals(GraphError.CONVOLUTION_RANKS, rank.error());
        GraphException stride = assertThrows(GraphException.class, () -> ConvolutionOps.conv2d(X, W, 0, 0));
        assertEquals(GraphError.CONVOLUTION_WINDOW, stride.error());
        GraphException padding = assertThrows(GraphException.class, () -> ConvolutionOps.conv2d(X, W, 1, -1));
        assertEquals(GraphError.CONVOLUTION_WINDOW, padding.error());
        GraphException size = assertThrows(GraphException.class, () -> ConvolutionOps.maxPool2d(X, 0));
        assertEquals(GraphError.POOL_SIZE, size.error());
        GraphException poolRank = assertThrows(GraphException.class,
                () -> ConvolutionOps.avgPool2d(input("v", FLOAT64, 1), 2));
        assertEquals(GraphError.POOL_RANK, poolRank.error());
    }
}
