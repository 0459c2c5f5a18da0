package dev.symbolon.graph.rewrite;

import dev.symbolon.graph.GraphOps;
import dev.symbolon.graph.Op;

/**
 * {@code x-x} is zeros of x's shape. Hash-consing makes equal subexpressions the same node, so
 * identity finds them. {@code broadcastLike} keeps the shape, which only x knows at run time.
 */
final class SelfSubtractionRule {
    private SelfSubtractionRule() {}

    static final Rule RULE = new Rule("x-x", n -> {
        if (n.op() != Op.SUB || n.input(0) != n.input(1)) {
            return null;
        }
        var zero = GraphOps.constant(0, n.type().dtype());
        return n.type().isScalar() ? zero : GraphOps.broadcastLike(zero, n.input(0));
    });
}
