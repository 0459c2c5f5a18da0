package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;

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

    /**
     * Whether {@code node} is the constant {@code value} bit for bit as a double: unlike
     * {@link Node#isConstant}, -0.0 is not 0.0 here, for the rules that a zero's sign decides.
     */
    static boolean exactlyConstant(Node node, double value) {
        return node.op() == Op.CONSTANT && Double.compare(node.value(), value) == 0;
    }

    /** The input of {@code node} if {@code node} is {@code op} applied to one input, else null. */
    static Node inputOf(Op op, Node node) {
        return node.op() == op ? node.input(0) : null;
    }

    /**
     * y when {@code node} is {@code -y} or {@code 0-y}. A float {@code 0.0-y} stays in the graph
     * (canonicalization keeps it, since it is +0.0 where {@code -y} is -0.0), so the stability rules,
     * whose results differ from the written formula anyway, see through it here.
     */
    static Node negatedOperand(Node node) {
        if (node.op() == Op.NEG) {
            return node.input(0);
        }
        return node.op() == Op.SUB && node.input(0).isConstant(0) ? node.input(1) : null;
    }

    /**
     * {@code -e} with the type of {@code e}, without stacking negations: {@code -(-y)} and
     * {@code -(0-y)} are {@code y}, and {@code -cast(-y)} is {@code cast(y)}, the form an integer
     * {@code -y} takes under a float function such as exp. Equal up to the sign of a zero, which the
     * callers' sigmoid and softplus do not tell apart.
     */
    static Node negate(Node e) {
        Node y = negatedOperand(e);
        if (y != null) {
            return y;
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
