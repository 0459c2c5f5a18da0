package dev.symbolon.internal.ir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RebuildTest {
    private static final Node M = GraphOps.input("m", Type.of(DType.FLOAT64, 2));
    private static final Node N = GraphOps.input("n", Type.of(DType.FLOAT64, 2));
    private static final Node V = GraphOps.input("v", Type.of(DType.FLOAT64, 1));
    private static final Node I = GraphOps.input("i", Type.of(DType.INT32, 2));
    private static final Node J = GraphOps.input("j", Type.of(DType.INT32, 2));

    /** One node of every op, over the inputs above. */
    private static List<Node> everyOp() {
        List<Node> nodes = new ArrayList<>(List.of(GraphOps.constant(2, DType.FLOAT64), M,
                GraphOps.shared("s", Type.of(DType.FLOAT64, 1))));
        for (Op op : Op.values()) {
            switch (op.kind()) {
                case UNARY, UNARY_FLOAT -> nodes.add(GraphOps.unary(op, M));
                case BINARY -> nodes.add(op == Op.QUOTIENT ? GraphOps.binary(op, I, I) : GraphOps.binary(op, M, V));
                case COMPARISON -> nodes.add(GraphOps.compare(op, M, V));
                case REDUCTION -> nodes.add(GraphOps.reduce(op, M, false, 1));
                case SOFTMAX -> nodes.add(GraphOps.softmax(op, M));
                case SCAN -> nodes.add(GraphOps.cumsum(M, 1));
                case LEAF, CAST, WHERE, LINEAR_ALGEBRA, SHAPE, SUBGRAPH, CONVOLUTION -> { }
            }
        }
        nodes.add(GraphOps.cast(I, DType.FLOAT32));
        nodes.add(GraphOps.where(GraphOps.compare(Op.GT, M, V), M, V));
        nodes.add(GraphOps.reduce(Op.SUM, M, true, 0));
        nodes.add(GraphOps.dot(M, V));
        nodes.add(GraphOps.outer(V, V));
        nodes.add(GraphOps.transpose(M));
        nodes.add(GraphOps.reshape(M, -1));
        nodes.add(GraphOps.reshapeLike(V, M));
        nodes.add(GraphOps.broadcastLike(V, M, 1));
        nodes.add(GraphOps.size(M, DType.FLOAT64, 0));
        Node indices = IndexingOps.arange(3);
        nodes.add(IndexingOps.take(M, indices, 1));
        nodes.add(IndexingOps.scatterAdd(M, indices, M, 1));
        nodes.add(IndexingOps.takeAlongAxis(M, GraphOps.reshape(indices, -1, 1), 0));
        nodes.add(IndexingOps.scatterAddAlongAxis(M, GraphOps.reshape(indices, -1, 1), M, 0));
        nodes.add(IndexingOps.slice(M, 0, 1, -1));
        nodes.add(IndexingOps.scatterSlice(M, M, new int[] {1, 0, 2}));
        nodes.add(IndexingOps.concatenate(1, M, I));
        Node images = GraphOps.input("x", Type.of(DType.FLOAT64, 4));
        Node filters = GraphOps.input("w", Type.of(DType.FLOAT32, 4));
        Node conv = ConvolutionOps.conv2d(images, filters, 2, 1);
        nodes.add(conv);
        nodes.add(ConvolutionOps.conv2dInputGrad(conv, GraphOps.cast(filters, DType.FLOAT64), images, 2, 1));
        nodes.add(ConvolutionOps.conv2dFilterGrad(images, conv, filters, 2, 1));
        nodes.add(ConvolutionOps.maxPool2d(images, 3));
        nodes.add(ConvolutionOps.avgPool2d(M, 2));
        nodes.add(ConvolutionOps.maxPool2dGrad(ConvolutionOps.maxPool2d(images, 3), images, 3));
        nodes.add(ConvolutionOps.avgPool2dGrad(ConvolutionOps.avgPool2d(M, 2), M, 2));
        nodes.add(indices);
        // the Jacobian of M v in v: the seed's product with M, which the body reads as a capture
        Node y = GraphOps.dot(M, V);
        Node seed = SubgraphOps.seed(y);
        nodes.add(SubgraphOps.jacobian(y, seed, GraphOps.dot(seed, M)));
        nodes.add(GraphOps.draw(Op.UNIFORM, M, null, 0));
        nodes.add(GraphOps.draw(Op.NORMAL, V, null, 1));
        nodes.add(GraphOps.draw(Op.BERNOULLI, M, GraphOps.constant(0.5, DType.FLOAT64), 2));
        return nodes;
    }

    @Test
    void rebuildsEveryOpWithItsAttributesOverNewInputs() {
        Set<Op> covered = EnumSet.noneOf(Op.class);
        for (Node node : everyOp()) {
            covered.add(node.op());
            List<Node> inputs = node.inputs().stream().map(in -> in == M ? N : in == I ? J : in).toList();
            Node rebuilt = Rebuild.withInputs(node, inputs);
            assertEquals(node.op(), rebuilt.op(), node.describe());
            assertEquals(node.type(), rebuilt.type(), node.describe());
            assertArrayEquals(node.axes(), rebuilt.axes(), node.describe());
            assertEquals(node.keepDims(), rebuilt.keepDims(), node.describe());
            assertEquals(inputs, rebuilt.inputs(), node.describe());
            assertSame(node, Rebuild.withInputs(node, node.inputs()), node.describe());
        }
        assertEquals(EnumSet.allOf(Op.class), covered);
    }

    @Test
    void substituteReplacesByIdentityAndRebuildsAbove() {
        Node root = GraphOps.add(GraphOps.unary(Op.EXP, M), V);
        Map<Node, Node> replacements = new IdentityHashMap<>();
        replacements.put(M, N);
        Node replaced = Rebuild.substitute(root, replacements);
        assertSame(GraphOps.add(GraphOps.unary(Op.EXP, N), V), replaced);
    }
}
