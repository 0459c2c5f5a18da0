package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.cpu.ScalarMath;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;

/**
 * Computes an elementwise op whose operands are all constants once, at compile time, as run time
 * would: floats in double, rounded to the node's dtype; integers in long, exactly, wrapping to the
 * node's dtype as Java's int and long arithmetic does. An integer division or remainder by zero is
 * left to run time, where it throws.
 */
final class ConstantFolding {
    private ConstantFolding() {}

    static final Rule RULE = new Rule("constant-fold", ConstantFolding::fold);

    private static Node fold(Node node) {
        if (node.isLeaf() || !node.op().isElementwise()) {
            return null;
        }
        for (Node input : node.inputs()) {
            if (input.op() != Op.CONSTANT) {
                return null;
            }
        }
        // the dtype the op computes in: its operands' (a comparison's result is bool whatever they are)
        DType operands = node.input(node.op() == Op.WHERE ? 1 : 0).type().dtype();
        return operands.isFloat() ? foldFloats(node) : foldIntegers(node);
    }

    private static Node foldFloats(Node node) {
        double[] v = new double[node.inputs().size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = node.input(i).value();
        }
        Double computed = evaluate(node.op(), v);
        return computed == null ? null : GraphOps.constant(computed, node.type().dtype());
    }

    private static Node foldIntegers(Node node) {
        long[] v = new long[node.inputs().size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = node.input(i).longValue();
        }
        if ((node.op() == Op.QUOTIENT || node.op() == Op.REM) && v[1] == 0) {
            return null;
        }
        Long computed = evaluate(node.op(), v);
        return computed == null ? null : GraphOps.constant(computed, node.type().dtype());
    }

    /** The op on float operands, in double precision; null for the ops this rule leaves alone. */
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
            case FLOOR -> Math.floor(v[0]);
            case CEIL -> Math.ceil(v[0]);
            case ROUND -> Math.rint(v[0]);
            case ERF -> ScalarMath.erf(v[0]);
            case LOG2 -> ScalarMath.log2(v[0]);
            case LOG10 -> Math.log10(v[0]);
            case PROD, ARGMIN, CUMSUM, JACOBIAN, CONV2D, CONV2D_INPUT_GRAD, CONV2D_FILTER_GRAD, MAX_POOL2D,
                    MAX_POOL2D_GRAD, AVG_POOL2D, AVG_POOL2D_GRAD -> null;
            // QUOTIENT takes only integers; GraphOps.cast folds a constant operand itself; the rest are not elementwise
            case QUOTIENT, CAST, INPUT, SHARED, CONSTANT, SUM, MEAN, MAX, MIN, SUPREMUM, ARGMAX, DOT, OUTER, TRANSPOSE, RESHAPE,
                    RESHAPE_LIKE, BROADCAST_LIKE, SIZE, SOFTMAX, LOG_SOFTMAX, TAKE, SCATTER_ADD, TAKE_ALONG_AXIS,
                    SCATTER_ADD_ALONG_AXIS, SLICE, SCATTER_SLICE, CONCATENATE, ARANGE -> null;
            // a draw is never a constant, whatever its operands
            case UNIFORM, NORMAL, BERNOULLI -> null;
        };
    }

    /**
     * The op on integer or bool operands, in long; {@link GraphOps#constant(long, DType)} then wraps the
     * result to the node's dtype, as storing it at run time does. Null for the ops this rule leaves alone.
     */
    private static Long evaluate(Op op, long[] v) {
        return switch (op) {
            case NEG -> -v[0];
            case ABS -> Math.abs(v[0]);
            case SIGN -> (long) Long.signum(v[0]);
            case SQUARE -> v[0] * v[0];
            case ADD -> v[0] + v[1];
            case SUB -> v[0] - v[1];
            case MUL -> v[0] * v[1];
            case QUOTIENT -> v[0] / v[1];
            case REM -> v[0] % v[1];
            case MAXIMUM -> Math.max(v[0], v[1]);
            case MINIMUM -> Math.min(v[0], v[1]);
            case GT -> bit(v[0] > v[1]);
            case GE -> bit(v[0] >= v[1]);
            case LT -> bit(v[0] < v[1]);
            case LE -> bit(v[0] <= v[1]);
            case EQ -> bit(v[0] == v[1]);
            case NE -> bit(v[0] != v[1]);
            case WHERE -> v[0] != 0 ? v[1] : v[2];
            // float-only ops have float operands; GraphOps.cast folds a constant operand itself; the rest are not elementwise
            case SQRT, EXP, EXPM1, LOG, LOG1P, SIGMOID, SOFTPLUS, TANH, SIN, COS, DIV, POW, CAST, INPUT, SHARED,
                    CONSTANT, SUM, MEAN, MAX, MIN, SUPREMUM, ARGMAX, DOT, OUTER, TRANSPOSE, RESHAPE, RESHAPE_LIKE,
                    BROADCAST_LIKE, SIZE, SOFTMAX, LOG_SOFTMAX, TAKE, SCATTER_ADD, TAKE_ALONG_AXIS,
                    SCATTER_ADD_ALONG_AXIS, SLICE, SCATTER_SLICE, CONCATENATE, ARANGE, FLOOR, CEIL, ROUND, ERF, LOG2,
                    LOG10, PROD, ARGMIN, CUMSUM, JACOBIAN, CONV2D, CONV2D_INPUT_GRAD, CONV2D_FILTER_GRAD, MAX_POOL2D,
                    MAX_POOL2D_GRAD, AVG_POOL2D, AVG_POOL2D_GRAD -> null;
            case UNIFORM, NORMAL, BERNOULLI -> null;
        };
    }

    private static double truth(boolean b) {
        return b ? 1 : 0;
    }

    private static long bit(boolean b) {
        return b ? 1 : 0;
    }
}
