package dev.symbolon.internal.ir;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a node again over new inputs, with the same op and attributes. Rewrites use it to carry a
 * replacement up to every user of the replaced node; going through {@link GraphOps} keeps the type
 * rules and casts in one place.
 */
public final class Rebuild {
    private Rebuild() {}

    /**
     * {@code node}'s op and attributes applied to {@code inputs}; {@code node} itself when the inputs
     * are the ones it already has. New nodes take the current {@link SourcePosition}.
     */
    public static Node withInputs(Node node, List<Node> inputs) {
        if (inputs.size() != node.inputs().size()) {
            throw new IllegalArgumentException(node.op().functionName() + " takes " + node.inputs().size()
                    + " inputs, got " + inputs.size());
        }
        if (sameNodes(inputs, node.inputs())) {
            return node;
        }
        Op op = node.op();
        return switch (op) {
            case INPUT, SHARED, CONSTANT -> node;
            case NEG, ABS, SIGN, SQUARE, SQRT, EXP, EXPM1, LOG, LOG1P, SIGMOID, SOFTPLUS, TANH, SIN, COS ->
                    GraphOps.unary(op, inputs.get(0));
            case CAST -> GraphOps.cast(inputs.get(0), node.type().dtype());
            case ADD, SUB, MUL, DIV, QUOTIENT, REM, POW, MAXIMUM, MINIMUM -> GraphOps.binary(op, inputs.get(0), inputs.get(1));
            case GT, GE, LT, LE, EQ, NE -> GraphOps.compare(op, inputs.get(0), inputs.get(1));
            case WHERE -> GraphOps.where(inputs.get(0), inputs.get(1), inputs.get(2));
            case SUM, MEAN, MAX, MIN, SUPREMUM, ARGMAX ->
                    GraphOps.reduce(op, inputs.get(0), node.keepDims(), node.axes());
            case DOT -> GraphOps.dot(inputs.get(0), inputs.get(1));
            case OUTER -> GraphOps.outer(inputs.get(0), inputs.get(1));
            case TRANSPOSE -> GraphOps.transpose(inputs.get(0), node.permutation());
            case RESHAPE -> GraphOps.reshape(inputs.get(0), node.shape());
            case RESHAPE_LIKE -> GraphOps.reshapeLike(inputs.get(0), inputs.get(1));
            case BROADCAST_LIKE -> GraphOps.broadcastLike(inputs.get(0), inputs.get(1), node.axes());
            case SIZE -> GraphOps.size(inputs.get(0), node.type().dtype(), node.axes());
            case SOFTMAX, LOG_SOFTMAX -> GraphOps.softmax(op, inputs.get(0));
            case TAKE -> IndexingOps.take(inputs.get(0), inputs.get(1), node.axis());
            case SCATTER_ADD -> IndexingOps.scatterAdd(inputs.get(0), inputs.get(1), inputs.get(2), node.axis());
            case TAKE_ALONG_AXIS -> IndexingOps.takeAlongAxis(inputs.get(0), inputs.get(1), node.axis());
            case SCATTER_ADD_ALONG_AXIS ->
                    IndexingOps.scatterAddAlongAxis(inputs.get(0), inputs.get(1), inputs.get(2), node.axis());
            case SLICE -> IndexingOps.slice(inputs.get(0), node.sliceBounds()[0], node.sliceBounds()[1],
                    node.sliceBounds()[2]);
            case SCATTER_SLICE -> IndexingOps.scatterSlice(inputs.get(0), inputs.get(1), node.sliceBounds());
            case CONCATENATE -> IndexingOps.concatenate(node.axis(), inputs.get(0), inputs.get(1));
            case ARANGE -> IndexingOps.arange(inputs.get(0));
            case FLOOR, CEIL, ROUND, ERF, LOG2, LOG10 -> GraphOps.unary(op, inputs.get(0));
            case PROD, ARGMIN -> GraphOps.reduce(op, inputs.get(0), node.keepDims(), node.axes());
            case CUMSUM -> GraphOps.cumsum(inputs.get(0), node.axes()[0]);
            case JACOBIAN -> SubgraphOps.over(node.body(), inputs);
            case CONV2D -> ConvolutionOps.conv2d(inputs.get(0), inputs.get(1), node.window()[0], node.window()[1]);
            case CONV2D_INPUT_GRAD -> ConvolutionOps.conv2dInputGrad(inputs.get(0), inputs.get(1), inputs.get(2),
                    node.window()[0], node.window()[1]);
            case CONV2D_FILTER_GRAD -> ConvolutionOps.conv2dFilterGrad(inputs.get(0), inputs.get(1), inputs.get(2),
                    node.window()[0], node.window()[1]);
            case MAX_POOL2D -> ConvolutionOps.maxPool2d(inputs.get(0), node.window()[0]);
            case MAX_POOL2D_GRAD -> ConvolutionOps.maxPool2dGrad(inputs.get(0), inputs.get(1), node.window()[0]);
            case AVG_POOL2D -> ConvolutionOps.avgPool2d(inputs.get(0), node.window()[0]);
            case AVG_POOL2D_GRAD -> ConvolutionOps.avgPool2dGrad(inputs.get(0), inputs.get(1), node.window()[0]);
            case UNIFORM, NORMAL -> GraphOps.draw(op, inputs.get(0), null, node.drawKey());
            case BERNOULLI -> GraphOps.draw(op, inputs.get(1), inputs.get(0), node.drawKey());
        };
    }

    /**
     * {@code root} with each node that is a key of {@code replacements} (by identity) replaced by its
     * value, which must have the same type; the nodes above are rebuilt in their own source positions.
     */
    public static Node substitute(Node root, Map<Node, Node> replacements) {
        Map<Node, Node> done = new IdentityHashMap<>();
        for (Node node : TopologicalOrder.of(root)) {
            Node result = replacements.get(node);
            if (result == null) {
                List<Node> inputs = node.inputs().stream().map(done::get).toList();
                try (var scope = SourcePosition.enter(node.position())) {
                    result = withInputs(node, inputs);
                }
            }
            done.put(node, result);
        }
        return done.get(root);
    }

    private static boolean sameNodes(List<Node> a, List<Node> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
