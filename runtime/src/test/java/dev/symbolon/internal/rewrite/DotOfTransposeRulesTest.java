package dev.symbolon.internal.rewrite;

import static dev.symbolon.internal.rewrite.Graphs.matrix;
import static dev.symbolon.internal.rewrite.Graphs.optimized;
import static dev.symbolon.internal.rewrite.Graphs.show;
import static dev.symbolon.internal.rewrite.Graphs.values;
import static dev.symbolon.internal.rewrite.Graphs.vector;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.runtime.NDArray;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A transposed matrix times a vector becomes the product with the vector on the other side: same values, no copy. */
class DotOfTransposeRulesTest {
    private static final Map<String, NDArray> VALUES = Map.of(
            "a", NDArray.of(new double[][] {{1, 2, 3}, {4, 5, 6}}),
            "u", NDArray.of(new double[] {1, -1}),
            "v", NDArray.of(new double[] {1, 0, 2}));

    @Test
    void transposedMatrixTimesVectorIsVectorTimesMatrix() {
        Node before = GraphOps.dot(GraphOps.transpose(matrix("a")), vector("u"));
        Node after = optimized(before);
        assertEquals("dot(u, a)", show(after));
        assertEquals(before.type(), after.type());
        assertArrayEquals(new double[] {-3, -3, -3}, values(before, VALUES));
        assertArrayEquals(values(before, VALUES), values(after, VALUES));
    }

    @Test
    void vectorTimesTransposedMatrixIsMatrixTimesVector() {
        Node before = GraphOps.dot(vector("v"), GraphOps.transpose(matrix("a")));
        Node after = optimized(before);
        assertEquals("dot(a, v)", show(after));
        assertArrayEquals(new double[] {7, 16}, values(after, VALUES));
        assertArrayEquals(values(before, VALUES), values(after, VALUES));
    }

    @Test
    void theWeightGradientOfALinearModelTransposesNothing() {
        Node x = matrix("a");
        Node w = vector("v");
        Node cost = GraphOps.sum(GraphOps.unary(Op.TANH, GraphOps.dot(x, w)));
        Node gradient = optimized(Autodiff.grad(cost, w));
        for (Node n : TopologicalOrder.of(gradient)) {
            assertEquals(false, n.op() == Op.TRANSPOSE, () -> "a transpose is left in " + show(gradient));
        }
    }

    @Test
    void productsOfTwoMatricesAreLeftAlone() {
        Node before = GraphOps.dot(GraphOps.transpose(matrix("a")), matrix("a"));
        assertEquals("dot(transpose[1, 0](a), a)", show(optimized(before)));
    }
}
