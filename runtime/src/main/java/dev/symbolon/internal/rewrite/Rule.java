package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.Node;
import java.util.function.UnaryOperator;

/**
 * One named rewrite that looks at a single node: {@link #apply} returns the node's replacement, or
 * null when the rule does not match there. A replacement must compute the same values with exactly
 * the same {@link dev.symbolon.internal.ir.Type}; the {@link Rewriter} checks the type after every firing.
 * The name is what the trace and error messages print.
 */
public record Rule(String name, UnaryOperator<Node> rewrite) {
    /** The replacement for {@code node}, or null where the rule does not match. */
    public Node apply(Node node) {
        return rewrite.apply(node);
    }
}
