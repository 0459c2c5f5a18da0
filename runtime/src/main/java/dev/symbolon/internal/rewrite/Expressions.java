package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.Node;
import java.util.Arrays;

/**
 * Writes a graph as one nested expression, such as {@code neg(softplus(neg(x)))}: short enough to
 * compare in a test and to quote in an error message. Leaves print as their name or value, casts
 * with their target dtype, and ops with attributes (reductions, transposes, reshapes) with them in
 * brackets. A shared subexpression is written out at each use, so long outputs are cut short.
 */
public final class Expressions {
    private static final int LIMIT = 2000;

    private Expressions() {}

    public static String format(Node node) {
        StringBuilder s = new StringBuilder();
        append(node, s);
        return s.length() > LIMIT ? s.substring(0, LIMIT) + "..." : s.toString();
    }

    private static void append(Node node, StringBuilder s) {
        if (s.length() > LIMIT) {
            return;
        }
        switch (node.op()) {
            case INPUT, SHARED -> s.append(node.name());
            case CONSTANT -> s.append(node.constantText());
            default -> {
                s.append(node.op().functionName()).append(attributes(node)).append('(');
                for (int i = 0; i < node.inputs().size(); i++) {
                    s.append(i == 0 ? "" : ", ");
                    append(node.input(i), s);
                }
                s.append(')');
            }
        }
    }

    private static String attributes(Node node) {
        return switch (node.op().kind()) {
            case CAST -> "<" + node.type().dtype() + ">";
            case REDUCTION -> Arrays.toString(node.axes()) + (node.keepDims() ? "keep" : "");
            case SHAPE, SCAN -> node.axes().length == 0 ? "" : Arrays.toString(node.axes());
            case CONVOLUTION -> Arrays.toString(node.window());
            case LEAF, UNARY, UNARY_FLOAT, BINARY, COMPARISON, WHERE, LINEAR_ALGEBRA, SOFTMAX, SUBGRAPH -> "";
        };
    }
}
