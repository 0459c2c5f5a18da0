package dev.symbolon.internal.autodiff;

import static dev.symbolon.internal.ir.GraphOps.add;
import static dev.symbolon.internal.ir.GraphOps.broadcastLike;
import static dev.symbolon.internal.ir.GraphOps.cast;
import static dev.symbolon.internal.ir.GraphOps.compare;
import static dev.symbolon.internal.ir.GraphOps.div;
import static dev.symbolon.internal.ir.GraphOps.dot;
import static dev.symbolon.internal.ir.GraphOps.mul;
import static dev.symbolon.internal.ir.GraphOps.neg;
import static dev.symbolon.internal.ir.GraphOps.outer;
import static dev.symbolon.internal.ir.GraphOps.reduce;
import static dev.symbolon.internal.ir.GraphOps.sub;
import static dev.symbolon.internal.ir.GraphOps.transpose;
import static dev.symbolon.internal.ir.GraphOps.unary;

import dev.symbolon.internal.ir.GraphError;
import dev.symbolon.internal.ir.GraphException;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.IndexingOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The derivative of each op, as graph nodes: one exhaustive switch, so no op can lack a rule. */
final class GradientRules {
    private GradientRules() {}

    /**
     * The gradient flowing to input {@code k} of {@code node} given the gradient {@code g} of the
     * cost with respect to {@code node}, or null where the op has no gradient for that input
     * (comparisons, argmax, sign, a where's condition, the shape model of *Like ops).
     */
    static Node inputGradient(Node node, int k, Node g) {
        Node out = node;
        Node x = node.input(0);
        return switch (node.op()) {
            case INPUT, SHARED, CONSTANT -> throw new IllegalArgumentException("leaves have no inputs");
            case NEG -> neg(g);
            case ABS -> mul(g, unary(Op.SIGN, x));
            case SIGN, QUOTIENT, GT, GE, LT, LE, EQ, NE, ARGMAX, SIZE -> null;
            case SQUARE -> mul(g, mul(literal(2, x), x));
            case SQRT -> div(mul(g, literal(0.5, x)), out);
            case EXP -> mul(g, out);
            case EXPM1 -> mul(g, add(out, literal(1, x)));
            case LOG -> div(g, x);
            case LOG1P -> div(g, add(x, literal(1, x)));
            case SIGMOID -> mul(g, mul(out, sub(literal(1, x), out)));
            case SOFTPLUS -> mul(g, unary(Op.SIGMOID, x));
            case TANH -> mul(g, sub(literal(1, x), unary(Op.SQUARE, out)));
            case SIN -> mul(g, unary(Op.COS, x));
            case COS -> neg(mul(g, unary(Op.SIN, x)));
            case CAST -> x.type().dtype().isFloat() ? g : null;
            case ADD -> sumTo(g, node.input(k));
            case SUB -> sumTo(k == 0 ? g : neg(g), node.input(k));
            case MUL -> sumTo(mul(g, node.input(1 - k)), node.input(k));
            case DIV -> k == 0
                    ? sumTo(div(g, node.input(1)), x)
                    : sumTo(neg(div(mul(g, out), node.input(1))), node.input(1));
            case REM -> k == 0
                    ? sumTo(g, x)
                    : sumTo(neg(mul(g, div(sub(x, out), node.input(1)))), node.input(1));
            case POW -> powGradient(node, k, g);
            case MAXIMUM -> sumTo(mul(g, mask(k == 0 ? Op.GE : Op.LT, x, node.input(1))), node.input(k));
            case MINIMUM -> sumTo(mul(g, mask(k == 0 ? Op.LE : Op.GT, x, node.input(1))), node.input(k));
            case WHERE -> whereGradient(node, k, g);
            case SUM -> broadcastLike(g, x, insertedAxes(node));
            case MEAN -> div(broadcastLike(g, x, insertedAxes(node)), GraphOps.size(x, g.type().dtype(), node.axes()));
            case MAX, MIN, SUPREMUM -> extremeGradient(node, g);
            case DOT -> dotGradient(node, k, g);
            case OUTER -> k == 0 ? dot(g, node.input(1)) : dot(transpose(g), x);
            case TRANSPOSE -> transpose(g, inverse(node.permutation()));
            case RESHAPE -> GraphOps.reshapeLike(g, x);
            case RESHAPE_LIKE -> k == 0 ? GraphOps.reshapeLike(g, x) : null;
            case BROADCAST_LIKE -> k == 0 ? unbroadcast(g, x, node.axes()) : null;
            case SOFTMAX -> mul(out, sub(g, reduce(Op.SUM, mul(g, out), true, -1)));
            case LOG_SOFTMAX -> sub(g, mul(unary(Op.EXP, out), reduce(Op.SUM, g, true, -1)));
            // scatters add up repeated indices, so each pick of an element passes it its share of g
            case TAKE -> k == 0 ? IndexingOps.scatterAdd(g, node.input(1), x, node.axis()) : null;
            case SCATTER_ADD -> k == 0 ? typedLike(IndexingOps.take(g, node.input(1), node.axis()), x) : null;
            case TAKE_ALONG_AXIS -> k == 0 ? IndexingOps.scatterAddAlongAxis(g, node.input(1), x, node.axis()) : null;
            case SCATTER_ADD_ALONG_AXIS ->
                    k == 0 ? typedLike(IndexingOps.takeAlongAxis(g, node.input(1), node.axis()), x) : null;
            case SLICE -> IndexingOps.scatterSlice(g, x, node.sliceBounds());
            case SCATTER_SLICE -> k == 0 ? typedLike(IndexingOps.slice(g, node.sliceBounds()[0],
                    node.sliceBounds()[1], node.sliceBounds()[2]), x) : null;
            case CONCATENATE -> concatenateGradient(node, k, g);
            case ARANGE -> null;
            // piecewise constant: zero almost everywhere, as Theano has it
            case FLOOR, CEIL, ROUND -> null;
            case ERF -> mul(g, mul(literal(2 / Math.sqrt(Math.PI), x), unary(Op.EXP, neg(unary(Op.SQUARE, x)))));
            case LOG2 -> div(g, mul(x, literal(Math.log(2), x)));
            case LOG10 -> div(g, mul(x, literal(Math.log(10), x)));
            case PROD -> prodGradient(node, g);
            case ARGMIN -> null;
            // the reverse running sum: g's total along the axis, less what comes before each element
            case CUMSUM -> sub(add(reduce(Op.SUM, g, true, node.axes()), g), GraphOps.cumsum(g, node.axes()[0]));
            case JACOBIAN -> throw new GraphException(GraphError.JACOBIAN_GRADIENT, node.position(), node.describe());
            case CONV2D, CONV2D_INPUT_GRAD, CONV2D_FILTER_GRAD, MAX_POOL2D, MAX_POOL2D_GRAD, AVG_POOL2D,
                 AVG_POOL2D_GRAD -> ConvolutionGradients.inputGradient(node, k, g);
            // a draw's numbers do not depend on like's values, nor (almost everywhere) on p's
            case UNIFORM, NORMAL, BERNOULLI -> null;
        };
    }

    /**
     * Each operand's part of {@code g}: the first operand's length along the axis, or what follows it,
     * picked by run-time positions since the lengths are known only then.
     */
    private static Node concatenateGradient(Node node, int k, Node g) {
        int axis = node.axis();
        Node first = GraphOps.size(node.input(0), DType.INT64, axis);
        Node positions = IndexingOps.arange(GraphOps.size(node.input(k), DType.INT64, axis));
        return typedLike(IndexingOps.take(g, k == 0 ? positions : add(positions, first), axis), node.input(k));
    }

    /**
     * {@code part}, which has {@code operand}'s shape at run time, with operand's type: a pick's type
     * may lack a size 1 that the operand's type knows, or know one the operand's does not.
     */
    private static Node typedLike(Node part, Node operand) {
        return part.type().equals(operand.type().withDtype(part.type().dtype())) ? part
                : GraphOps.reshapeLike(part, operand);
    }

    private static Node literal(double value, Node like) {
        return GraphOps.literalFor(value, true, like);
    }

    private static Node mask(Op comparison, Node a, Node b) {
        return cast(compare(comparison, a, b), a.type().dtype());
    }

    private static Node powGradient(Node node, int k, Node g) {
        Node base = node.input(0);
        Node exponent = node.input(1);
        if (k == 0) {
            Node dBase = mul(exponent, GraphOps.binary(Op.POW, base, sub(exponent, literal(1, exponent))));
            return sumTo(mul(g, dBase), base);
        }
        return sumTo(mul(g, mul(node, unary(Op.LOG, base))), exponent);
    }

    /**
     * The elements equal to a max or min share its gradient equally, as in JAX and PyTorch: a tie of
     * k elements gives each g/k, so the gradient is a subgradient and sums to g, where giving each
     * tied element all of g would count the change k times.
     */
    private static Node extremeGradient(Node node, Node g) {
        Node x = node.input(0);
        int[] inserted = insertedAxes(node);
        Node isExtreme = cast(compare(Op.EQ, x, broadcastLike(node, x, inserted)), g.type().dtype());
        Node ties = reduce(Op.SUM, isExtreme, true, node.axes());
        return mul(broadcastLike(g, x, inserted), div(isExtreme, ties));
    }

    /**
     * The product of the other elements of each group, exact where elements are zero: prod/x for a
     * group without zeros; with one zero, the product of the non-zeros at that zero and 0 elsewhere;
     * with more, 0 everywhere. (prod/x would give NaN at a zero, where the gradient is finite.)
     */
    private static Node prodGradient(Node node, Node g) {
        Node x = node.input(0);
        int[] inserted = insertedAxes(node);
        DType dtype = x.type().dtype();
        Node zero = GraphOps.constant(0, dtype);
        Node isZero = compare(Op.EQ, x, zero);
        Node zeros = reduce(Op.SUM, cast(isZero, dtype), true, node.axes());
        Node nonZeroProduct = reduce(Op.PROD, GraphOps.where(isZero, GraphOps.constant(1, dtype), x), true,
                node.axes());
        Node withoutZeros = div(broadcastLike(node, x, inserted), x);
        Node atTheOnlyZero = GraphOps.where(compare(Op.EQ, zeros, GraphOps.constant(1, dtype)),
                GraphOps.where(isZero, nonZeroProduct, zero), zero);
        Node others = GraphOps.where(compare(Op.EQ, zeros, zero), withoutZeros, atTheOnlyZero);
        return mul(broadcastLike(g, x, inserted), others);
    }

    private static Node whereGradient(Node node, int k, Node g) {
        if (k == 0) {
            return null;
        }
        Node zero = GraphOps.constant(0, g.type().dtype());
        Node condition = node.input(0);
        Node routed = k == 1 ? GraphOps.where(condition, g, zero) : GraphOps.where(condition, zero, g);
        return sumTo(routed, node.input(k));
    }

    private static Node dotGradient(Node node, int k, Node g) {
        Node a = node.input(0);
        Node b = node.input(1);
        int shape = a.rank() * 10 + b.rank();
        return switch (shape) {
            case 11 -> mul(g, k == 0 ? b : a);
            case 21 -> k == 0 ? outer(g, b) : dot(transpose(a), g);
            case 12 -> k == 0 ? dot(b, g) : outer(a, g);
            case 22 -> k == 0 ? dot(g, transpose(b)) : dot(transpose(a), g);
            default -> throw new IllegalStateException("dot of ranks " + a.rank() + " and " + b.rank());
        };
    }

    /** The axes a reduction removed, as positions to re-insert when broadcasting its gradient back. */
    private static int[] insertedAxes(Node reduction) {
        return reduction.keepDims() ? new int[0] : reduction.axes();
    }

    private static int[] inverse(int[] permutation) {
        int[] inv = new int[permutation.length];
        for (int i = 0; i < permutation.length; i++) {
            inv[permutation[i]] = i;
        }
        return inv;
    }

    /**
     * Sums {@code g} over the dimensions along which {@code operand} was broadcast to reach
     * {@code g}'s type: the leading ones it lacks and those its type marks broadcastable.
     */
    static Node sumTo(Node g, Node operand) {
        int lead = g.rank() - operand.rank();
        if (lead > 0) {
            int[] leading = new int[lead];
            for (int i = 0; i < lead; i++) {
                leading[i] = i;
            }
            g = reduce(Op.SUM, g, false, leading);
        }
        List<Integer> broadcast = new ArrayList<>();
        for (int d = 0; d < operand.rank(); d++) {
            if (operand.type().isBroadcastable(d) && !g.type().isBroadcastable(d)) {
                broadcast.add(d);
            }
        }
        if (!broadcast.isEmpty()) {
            g = reduce(Op.SUM, g, true, broadcast.stream().mapToInt(Integer::intValue).toArray());
        }
        return g;
    }

    /** The gradient of {@code broadcastLike(x, model, inserted)}: {@code g} summed back to x's shape. */
    private static Node unbroadcast(Node g, Node x, int[] inserted) {
        int expandedRank = x.rank() + inserted.length;
        boolean[] expanded = new boolean[expandedRank];
        for (int d = 0, xd = 0; d < expandedRank; d++) {
            boolean isInserted = Arrays.binarySearch(inserted, d) >= 0;
            expanded[d] = isInserted || x.type().isBroadcastable(xd);
            if (!isInserted) {
                xd++;
            }
        }
        int lead = g.rank() - expandedRank;
        List<Integer> axes = new ArrayList<>();
        for (int d = 0; d < g.rank(); d++) {
            if (d < lead || expanded[d - lead] && !g.type().isBroadcastable(d)) {
                axes.add(d);
            }
        }
        Node summed = axes.isEmpty() ? g : reduce(Op.SUM, g, true, axes.stream().mapToInt(Integer::intValue).toArray());
        return summed.type().equals(x.type().withDtype(summed.type().dtype())) && inserted.length == 0 && lead == 0
                ? summed
                : GraphOps.reshapeLike(summed, x);
    }
}
