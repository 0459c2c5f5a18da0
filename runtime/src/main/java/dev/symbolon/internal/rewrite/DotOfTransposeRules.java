package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import java.util.List;

/**
 * A matrix transposed only to multiply a vector is the same product with the vector on the other
 * side: {@code dot(transpose(a), v) = dot(v, a)} and {@code dot(v, transpose(a)) = dot(a, v)}. The
 * gradient of {@code dot(x, w)} with respect to {@code w} is {@code dot(transpose(x), g)}; without
 * this rule each training step copies {@code x} into its transpose, reading it column by column.
 */
final class DotOfTransposeRules {
    private DotOfTransposeRules() {}

    static final Rule TRANSPOSED_MATRIX_TIMES_VECTOR = new Rule("dot(transpose(a), v) -> dot(v, a)", n -> {
        if (n.op() != Op.DOT || n.input(1).rank() != 1) {
            return null;
        }
        Node a = transposedMatrix(n.input(0));
        return a == null ? null : GraphOps.dot(n.input(1), a);
    });

    static final Rule VECTOR_TIMES_TRANSPOSED_MATRIX = new Rule("dot(v, transpose(a)) -> dot(a, v)", n -> {
        if (n.op() != Op.DOT || n.input(0).rank() != 1) {
            return null;
        }
        Node a = transposedMatrix(n.input(1));
        return a == null ? null : GraphOps.dot(a, n.input(0));
    });

    static final List<Rule> RULES = List.of(TRANSPOSED_MATRIX_TIMES_VECTOR, VECTOR_TIMES_TRANSPOSED_MATRIX);

    /** The matrix {@code a} when {@code node} is {@code transpose(a)} of a matrix, else null. */
    private static Node transposedMatrix(Node node) {
        return node.op() == Op.TRANSPOSE && node.rank() == 2 ? node.input(0) : null;
    }
}
