package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Op;

/**
 * An integer {@code x-x} is zeros of x's shape. A float one is not: it is NaN where x is NaN or
 * infinite, so it stays. Hash-consing makes equal subexpressions the same node, so identity finds
 * them. {@code broadcastLike} keeps the shape, which only x knows at run time.
 */
final class SelfSubtractionRule {
    private SelfSubtractionRule() {}

    static final Rule RULE = new Rule("x-x", n -> {
        if (n.op() != Op.SUB || n.input(0) != n.input(1) || n.type().dtype().isFloat()) {
            return null;
        }
        var zero = GraphOps.constant(0, n.type().dtype());
        return n.type().isScalar() ? zero : GraphOps.broadcastLike(zero, n.input(0));
    });
}
