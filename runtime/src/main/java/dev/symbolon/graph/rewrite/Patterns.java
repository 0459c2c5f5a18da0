package dev.symbolon.graph.rewrite;

import dev.symbolon.graph.GraphOps;
import dev.symbolon.graph.Node;
import dev.symbolon.graph.Op;

/**
 * Small matching and building helpers the rules share. Literals reach the graph as
 * {@link Op#CONSTANT} nodes of whatever dtype {@link GraphOps#literalFor} gave them (GraphOps folds a
 * cast of a constant as it builds), so rules compare constants by value, never by dtype.
 */
final class Patterns {
    private Patterns() {}

    /** The operand of {@code binary} that is not the constant {@code value}, or null if neither is. */
    static Node operandBeside(Node binary, double value) {
        if (binary.input(0).isConstant(value)) {
            return binary.input(1);
        }
        if (binary.input(1).isConstant(value)) {
            return binary.input(0);
        }
        return null;
    }

    /** The input of {@code node} if {@code node} is {@code op} applied to one input, else null. */
    static Node inputOf(Op op, Node node) {
        return node.op() == op ? node.input(0) : null;
    }

    /**
     * {@code -e} with the type of {@code e}, without stacking negations: {@code -(-y)} is {@code y},
     * and {@code -cast(-y)} is {@code cast(y)}, the form an integer {@code -y} takes under a float
     * function such as exp.
     */
    static Node negate(Node e) {
        if (e.op() == Op.NEG) {
            return e.input(0);
        }
        if (e.op() == Op.CAST && e.input(0).op() == Op.NEG) {
            return GraphOps.cast(e.input(0).input(0), e.type().dtype());
        }
        if (e.op() == Op.CONSTANT) {
            return e.type().dtype().isFloat() ? GraphOps.constant(-e.value(), e.type().dtype())
                    : GraphOps.constant(-e.longValue(), e.type().dtype());
        }
        return GraphOps.neg(e);
    }
}
