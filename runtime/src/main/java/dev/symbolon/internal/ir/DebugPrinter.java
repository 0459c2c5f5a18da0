package dev.symbolon.internal.ir;

import dev.symbolon.runtime.DType;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints graphs as {@code theano.printing.debugprint} does: each root at the left margin, each input
 * one level deeper behind {@code " |"}, one node a line as
 * {@code <name> id=<n> <type>}, where the name is the DSL function ({@code sigmoid}, {@code dot}),
 * the parameter or field name of a leaf, or a constant's value, and {@code n} is the node's index in
 * the {@link TopologicalOrder} of the roots. A subtree already printed is referred to by its line
 * alone, marked {@code ...}, so shared subexpressions appear once. A jacobian's body follows its
 * inputs, under {@code body, per row:}, numbered on its own.
 */
public final class DebugPrinter {
    private DebugPrinter() {}

    public static String print(List<Node> roots) {
        Map<Node, Integer> ids = new IdentityHashMap<>();
        for (Node node : TopologicalOrder.of(roots)) {
            ids.put(node, ids.size());
        }
        StringBuilder out = new StringBuilder();
        Map<Node, Boolean> printed = new IdentityHashMap<>();
        for (Node root : roots) {
            print(root, 0, ids, printed, out);
        }
        return out.toString();
    }

    public static String print(Node... roots) {
        return print(List.of(roots));
    }

    private static void print(Node node, int depth, Map<Node, Integer> ids, Map<Node, Boolean> printed,
                              StringBuilder out) {
        out.append(" |".repeat(depth)).append(label(node)).append(" id=").append(ids.get(node)).append(' ')
                .append(node.type());
        boolean repeated = printed.put(node, Boolean.TRUE) != null;
        if (repeated && !node.inputs().isEmpty()) {
            out.append(" ...\n");
            return;
        }
        out.append('\n');
        if (!repeated) {
            for (Node input : node.inputs()) {
                print(input, depth + 1, ids, printed, out);
            }
            if (node.body() != null) {
                // a graph of its own, numbered on its own, run once per row
                String indent = " |".repeat(depth + 1);
                out.append(indent).append("body, per row:\n");
                print(List.of(node.body())).lines().forEach(line -> out.append(indent).append(' ').append(line).append('\n'));
            }
        }
    }

    /** The node's name and, for ops with attributes, the attributes in braces: {@code sum{axes=[0]}}. */
    public static String label(Node node) {
        return switch (node.op()) {
            case INPUT, SHARED -> node.name();
            case CONSTANT -> constant(node);
            case SUM, MEAN, MAX, MIN, SUPREMUM, ARGMAX -> node.op().functionName() + "{axes="
                    + Arrays.toString(node.axes()) + (node.keepDims() ? ", keepDims" : "") + "}";
            case SIZE -> node.op().functionName() + "{axes=" + Arrays.toString(node.axes()) + "}";
            case TRANSPOSE -> node.op().functionName() + "{" + Arrays.toString(node.permutation()) + "}";
            case RESHAPE -> node.op().functionName() + "{" + Arrays.toString(node.shape()) + "}";
            case BROADCAST_LIKE -> node.axes().length == 0 ? node.op().functionName()
                    : node.op().functionName() + "{inserted=" + Arrays.toString(node.axes()) + "}";
            case TAKE, SCATTER_ADD, TAKE_ALONG_AXIS, SCATTER_ADD_ALONG_AXIS, CONCATENATE ->
                    node.op().functionName() + "{axis=" + node.axis() + "}";
            case SLICE, SCATTER_SLICE -> node.op().functionName() + "{axis=" + node.sliceBounds()[0] + ", "
                    + node.sliceBounds()[1] + ":" + node.sliceBounds()[2] + "}";
            case ARANGE -> node.op().functionName();
            case NEG, ABS, SIGN, SQUARE, SQRT, EXP, EXPM1, LOG, LOG1P, SIGMOID, SOFTPLUS, TANH, SIN, COS, CAST,
                 ADD, SUB, MUL, DIV, QUOTIENT, REM, POW, MAXIMUM, MINIMUM, GT, GE, LT, LE, EQ, NE, WHERE, DOT, OUTER,
                 RESHAPE_LIKE, SOFTMAX, LOG_SOFTMAX, FLOOR, CEIL, ROUND, ERF, LOG2, LOG10 -> node.op().functionName();
            case PROD, ARGMIN -> node.op().functionName() + "{axes="
                    + Arrays.toString(node.axes()) + (node.keepDims() ? ", keepDims" : "") + "}";
            case CUMSUM -> node.op().functionName() + "{axis=" + node.axes()[0] + "}";
            case JACOBIAN -> node.op().functionName();
            case CONV2D, CONV2D_INPUT_GRAD, CONV2D_FILTER_GRAD -> node.op().functionName() + "{stride="
                    + node.window()[0] + ", padding=" + node.window()[1] + "}";
            case MAX_POOL2D, MAX_POOL2D_GRAD, AVG_POOL2D, AVG_POOL2D_GRAD ->
                    node.op().functionName() + "{size=" + node.window()[0] + "}";
            case UNIFORM, NORMAL, BERNOULLI -> node.op().functionName() + "{draw=" + node.drawKey() + "}";
        };
    }

    private static String constant(Node node) {
        return switch (node.type().dtype()) {
            case BOOL -> node.longValue() != 0 ? "true" : "false";
            case INT32, INT64 -> Long.toString(node.longValue());
            case FLOAT32 -> Float.toString((float) node.value());
            case FLOAT64 -> Double.toString(node.value());
        };
    }
}
