package dev.symbolon.graph.rewrite;

import dev.symbolon.graph.GraphOps;
import dev.symbolon.graph.Node;
import dev.symbolon.graph.Op;
import dev.symbolon.runtime.DType;

/**
 * Computes an elementwise op whose operands are all constants once, at compile time. The result is
 * stored as the node's dtype stores it; an integer result is folded only when exact, so overflow and
 * division by zero are left to run time to behave as they do there.
 */
final class ConstantFolding {
    private ConstantFolding() {}

    /** Integers up to this magnitude are exact in a double. */
    private static final double EXACT_INTEGER_LIMIT = 0x1p53;

    static final Rule RULE = new Rule("constant-fold", ConstantFolding::fold);

    private static Node fold(Node node) {
        if (node.isLeaf() || !node.op().isElementwise()) {
            return null;
        }
        double[] v = new double[node.inputs().size()];
        for (int i = 0; i < v.length; i++) {
            if (node.input(i).op() != Op.CONSTANT) {
                return null;
            }
            v[i] = node.input(i).value();
        }
        Double computed = evaluate(node.op(), v);
        if (computed == null) {
            return null;
        }
        DType dtype = node.type().dtype();
        Node folded = GraphOps.constant(computed, dtype);
        boolean exact = folded.value() == computed && Math.abs(computed) <= EXACT_INTEGER_LIMIT;
        return dtype.isFloat() || exact ? folded : null;
    }

    /** The op on scalar operands, in double precision; null for the ops this rule leaves alone. */
    private static Double evaluate(Op op, double[] v) {
        return switch (op) {
            case NEG -> -v[0];
            case ABS -> Math.abs(v[0]);
            case SIGN -> Math.signum(v[0]);
            case SQUARE -> v[0] * v[0];
            case SQRT -> Math.sqrt(v[0]);
            case EXP -> Math.exp(v[0]);
            case EXPM1 -> Math.expm1(v[0]);
            case LOG -> Math.log(v[0]);
            case LOG1P -> Math.log1p(v[0]);
            case SIGMOID -> v[0] >= 0 ? 1 / (1 + Math.exp(-v[0])) : Math.exp(v[0]) / (1 + Math.exp(v[0]));
            case SOFTPLUS -> Math.max(v[0], 0) + Math.log1p(Math.exp(-Math.abs(v[0])));
            case TANH -> Math.tanh(v[0]);
            case SIN -> Math.sin(v[0]);
            case COS -> Math.cos(v[0]);
            case ADD -> v[0] + v[1];
            case SUB -> v[0] - v[1];
            case MUL -> v[0] * v[1];
            case DIV -> v[0] / v[1];
            case REM -> v[0] % v[1];
            case POW -> Math.pow(v[0], v[1]);
            case MAXIMUM -> Math.max(v[0], v[1]);
            case MINIMUM -> Math.min(v[0], v[1]);
            case GT -> truth(v[0] > v[1]);
            case GE -> truth(v[0] >= v[1]);
            case LT -> truth(v[0] < v[1]);
            case LE -> truth(v[0] <= v[1]);
            case EQ -> truth(v[0] == v[1]);
            case NE -> truth(v[0] != v[1]);
            case WHERE -> v[0] != 0 ? v[1] : v[2];
            // GraphOps.cast folds a constant operand itself; the rest are not elementwise
            case CAST, INPUT, SHARED, CONSTANT, SUM, MEAN, MAX, MIN, SUPREMUM, ARGMAX, DOT, OUTER, TRANSPOSE, RESHAPE,
                    RESHAPE_LIKE, BROADCAST_LIKE, SIZE, SOFTMAX, LOG_SOFTMAX -> null;
        };
    }

    private static double truth(boolean b) {
        return b ? 1 : 0;
    }
}
