package dev.symbolon.internal.ir;

import dev.symbolon.runtime.DType;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The only way to build nodes: each function checks its operands' types, inserts the casts that
 * NumPy's dtype promotion implies, and returns the hash-consed node with its result type. Nodes take
 * their source position from {@link SourcePosition#current()}.
 */
public final class GraphOps {
    /** The keys of new draws; {@code DrawKeys} renumbers each method's draws from 0 before lowering. */
    private static final AtomicInteger DRAW_KEYS = new AtomicInteger();

    private GraphOps() {}

    // ---- leaves

    public static Node input(String name, Type type) {
        return make(Op.INPUT, List.of(), type, name, 0, null, false);
    }

    public static Node shared(String name, Type type) {
        return make(Op.SHARED, List.of(), type, name, 0, null, false);
    }

    /** A scalar constant of the given dtype, converted from {@code value} as a Java cast from double does. */
    public static Node constant(double value, DType dtype) {
        return switch (dtype) {
            case FLOAT64 -> floatConstant(value, dtype);
            case FLOAT32 -> floatConstant((float) value, dtype);
            case INT32 -> integerConstant((int) value, dtype);
            case INT64 -> integerConstant((long) value, dtype);
            case BOOL -> integerConstant(value != 0 ? 1 : 0, dtype);
        };
    }

    /**
     * A scalar constant of the given dtype, converted from {@code value} as a Java cast from long does:
     * int32 wraps, float32 rounds once. An int64 constant keeps every bit, which a double cannot.
     */
    public static Node constant(long value, DType dtype) {
        return switch (dtype) {
            case FLOAT64 -> floatConstant((double) value, dtype);
            case FLOAT32 -> floatConstant((float) value, dtype);
            case INT32 -> integerConstant((int) value, dtype);
            case INT64 -> integerConstant(value, dtype);
            case BOOL -> integerConstant(value != 0 ? 1 : 0, dtype);
        };
    }

    /** {@code x}'s value as a constant of {@code dtype}, converted as Java casts it from x's own dtype. */
    private static Node convertConstant(Node x, DType dtype) {
        return x.type().dtype().isFloat() ? constant(x.value(), dtype) : constant(x.longValue(), dtype);
    }

    private static Node floatConstant(double value, DType dtype) {
        return make(Op.CONSTANT, List.of(), Type.scalar(dtype), null, Double.doubleToLongBits(value), null, false);
    }

    private static Node integerConstant(long value, DType dtype) {
        return make(Op.CONSTANT, List.of(), Type.scalar(dtype), null, value, null, false);
    }

    /**
     * A Java literal combined with {@code other}, typed as NumPy types a Python scalar: it takes
     * {@code other}'s dtype, except that a fractional or float literal next to an integer gives float64.
     */
    public static Node literalFor(double value, boolean isFloatLiteral, Node other) {
        DType dtype = other.type().dtype();
        if (isFloatLiteral && !dtype.isFloat()) {
            dtype = DType.FLOAT64;
        } else if (dtype == DType.BOOL) {
            dtype = DType.INT64;
        }
        return constant(value, dtype);
    }

    /** An integer Java literal combined with {@code other}: it takes {@code other}'s dtype (int64 next to a bool). */
    public static Node literalFor(long value, Node other) {
        DType dtype = other.type().dtype();
        return constant(value, dtype == DType.BOOL ? DType.INT64 : dtype);
    }

    // ---- elementwise

    public static Node unary(Op op, Node x) {
        return switch (op.kind()) {
            case UNARY -> {
                requireNumeric(op, x);
                yield make(op, List.of(x), x.type(), null, 0, null, false);
            }
            case UNARY_FLOAT -> {
                Node xf = cast(x, x.type().dtype().toFloat());
                yield make(op, List.of(xf), xf.type(), null, 0, null, false);
            }
            default -> throw new IllegalArgumentException(op + " is not a unary elementwise op");
        };
    }

    public static Node cast(Node x, DType dtype) {
        if (x.type().dtype() == dtype) {
            return x;
        }
        if (x.op() == Op.CONSTANT) {
            return convertConstant(x, dtype);
        }
        return make(Op.CAST, List.of(x), x.type().withDtype(dtype), null, 0, null, false);
    }

    public static Node binary(Op op, Node a, Node b) {
        if (op.kind() != Op.Kind.BINARY) {
            throw new IllegalArgumentException(op + " is not a binary elementwise op");
        }
        DType dtype = arithmeticDtype(a, b);
        if (op == Op.DIV || op == Op.POW) {
            dtype = dtype.toFloat();
        } else if (op == Op.QUOTIENT && dtype.isFloat()) {
            throw error(GraphError.INTEGER_OPERANDS_ONLY, op, operands(a, b));
        }
        Node ac = cast(a, dtype);
        Node bc = cast(b, dtype);
        return make(op, List.of(ac, bc), broadcast(dtype, ac.type(), bc.type()), null, 0, null, false);
    }

    public static Node compare(Op op, Node a, Node b) {
        if (op.kind() != Op.Kind.COMPARISON) {
            throw new IllegalArgumentException(op + " is not a comparison");
        }
        DType dtype = DType.promote(a.type().dtype(), b.type().dtype());
        Node ac = cast(a, dtype);
        Node bc = cast(b, dtype);
        return make(op, List.of(ac, bc), broadcast(DType.BOOL, ac.type(), bc.type()), null, 0, null, false);
    }

    public static Node where(Node condition, Node ifTrue, Node ifFalse) {
        DType dtype = DType.promote(ifTrue.type().dtype(), ifFalse.type().dtype());
        Node c = condition.type().dtype() == DType.BOOL ? condition : compare(Op.NE, condition,
                constant(0, condition.type().dtype()));
        Node t = cast(ifTrue, dtype);
        Node f = cast(ifFalse, dtype);
        return make(Op.WHERE, List.of(c, t, f), broadcast(dtype, c.type(), t.type(), f.type()), null, 0, null, false);
    }

    public static Node add(Node a, Node b) {
        return binary(Op.ADD, a, b);
    }

    public static Node sub(Node a, Node b) {
        return binary(Op.SUB, a, b);
    }

    public static Node mul(Node a, Node b) {
        return binary(Op.MUL, a, b);
    }

    public static Node div(Node a, Node b) {
        return binary(Op.DIV, a, b);
    }

    /** Java's integer {@code /}: see {@link Op#QUOTIENT}. */
    public static Node quotient(Node a, Node b) {
        return binary(Op.QUOTIENT, a, b);
    }

    public static Node neg(Node x) {
        return unary(Op.NEG, x);
    }

    // ---- reductions

    /** Reduces over {@code axes} (negative counts from the end; none means all). */
    public static Node reduce(Op op, Node x, boolean keepDims, int... axes) {
        if (op.kind() != Op.Kind.REDUCTION) {
            throw new IllegalArgumentException(op + " is not a reduction");
        }
        int rank = x.rank();
        int[] normalized = normalizeAxes(op, x, axes);
        if (op == Op.MAX || op == Op.MIN || op == Op.ARGMAX || op == Op.ARGMIN) {
            // the kernels compare numbers; a bool has none to compare until it is cast
            requireNumeric(op, x);
        }
        DType dtype = switch (op) {
            case SUM, PROD -> x.type().dtype().isFloat() ? x.type().dtype() : DType.INT64;
            case MEAN -> x.type().dtype().toFloat();
            case MAX, MIN, SUPREMUM -> x.type().dtype();
            case ARGMAX, ARGMIN -> DType.INT64;
            default -> throw new AssertionError(op);
        };
        if (op == Op.SUPREMUM && !dtype.isFloat()) {
            throw error(GraphError.FLOAT_OPERAND_ONLY, op, operands(x));
        }
        if ((op == Op.ARGMAX || op == Op.ARGMIN) && (keepDims || normalized.length != 1 && normalized.length != rank)) {
            throw error(GraphError.ARGMAX_AXES, op, Arrays.toString(axes) + (keepDims ? " with keepDims" : ""),
                    operands(x));
        }
        if (op == Op.MEAN || op == Op.SUM || op == Op.PROD) {
            x = cast(x, dtype);
        }
        boolean[] in = x.type().broadcastable();
        boolean[] out = new boolean[keepDims ? rank : rank - normalized.length];
        for (int d = 0, o = 0; d < rank; d++) {
            boolean reduced = Arrays.binarySearch(normalized, d) >= 0;
            if (keepDims) {
                out[o++] = reduced || in[d];
            } else if (!reduced) {
                out[o++] = in[d];
            }
        }
        return make(op, List.of(x), Type.of(dtype, out), null, 0, normalized, keepDims);
    }

    public static Node sum(Node x) {
        return reduce(Op.SUM, x, false);
    }

    public static Node sum(Node x, int axis) {
        return reduce(Op.SUM, x, false, axis);
    }

    /** Running sums along {@code axis} (negative counts from the end), with sum's dtype. */
    public static Node cumsum(Node x, int axis) {
        if (x.rank() < 1) {
            throw error(GraphError.NO_AXIS, Op.CUMSUM, operands(x));
        }
        int[] normalized = normalizeAxes(Op.CUMSUM, x, new int[] {axis});
        Node xs = cast(x, x.type().dtype().isFloat() ? x.type().dtype() : DType.INT64);
        return make(Op.CUMSUM, List.of(xs), xs.type(), null, 0, normalized, false);
    }

    // ---- random draws

    /**
     * A new draw of {@code op} ({@link Op#UNIFORM}, {@link Op#NORMAL}, or {@link Op#BERNOULLI} with the
     * scalar probability {@code p}, null for the others), shaped like {@code like}: its dtype if float,
     * else float64. Each call makes a distinct node, with a key no other live draw has.
     */
    public static Node draw(Op op, Node like, Node p) {
        return draw(op, like, p, DRAW_KEYS.getAndIncrement());
    }

    /** The draw of {@code op} with the given key: the same key and operands give the same node. */
    public static Node draw(Op op, Node like, Node p, int key) {
        DType dtype = like.type().dtype().isFloat() ? like.type().dtype() : DType.FLOAT64;
        Type type = Type.of(dtype, like.type().broadcastable());
        if (op == Op.BERNOULLI) {
            if (p.rank() != 0 || p.type().dtype() == DType.BOOL) {
                throw error(GraphError.BERNOULLI_PROBABILITY, operands(p, like));
            }
            return make(op, List.of(cast(p, DType.FLOAT64), like), type, null, 0, new int[] {key}, false);
        }
        if (!op.isDraw()) {
            throw new IllegalArgumentException(op.functionName() + " is not a draw");
        }
        return make(op, List.of(like), type, null, 0, new int[] {key}, false);
    }

    // ---- linear algebra and shape

    public static Node dot(Node a, Node b) {
        if (a.rank() < 1 || a.rank() > 2 || b.rank() < 1 || b.rank() > 2) {
            throw error(GraphError.DOT_RANKS, Op.DOT, operands(a, b));
        }
        DType dtype = arithmeticDtype(a, b);
        int rank = a.rank() + b.rank() - 2;
        boolean[] bc = new boolean[rank];
        if (a.rank() == 2 && b.rank() == 2) {
            bc = new boolean[] {a.type().isBroadcastable(0), b.type().isBroadcastable(1)};
        } else if (a.rank() == 2) {
            bc = new boolean[] {a.type().isBroadcastable(0)};
        } else if (b.rank() == 2) {
            bc = new boolean[] {b.type().isBroadcastable(1)};
        }
        return make(Op.DOT, List.of(cast(a, dtype), cast(b, dtype)), Type.of(dtype, bc), null, 0, null, false);
    }

    public static Node outer(Node a, Node b) {
        if (a.rank() != 1 || b.rank() != 1) {
            throw error(GraphError.OUTER_RANKS, Op.OUTER, operands(a, b));
        }
        DType dtype = arithmeticDtype(a, b);
        return make(Op.OUTER, List.of(cast(a, dtype), cast(b, dtype)),
                Type.of(dtype, a.type().isBroadcastable(0), b.type().isBroadcastable(0)), null, 0, null, false);
    }

    /** Reverses the dimensions; a scalar or vector is its own transpose, as in NumPy. */
    public static Node transpose(Node x) {
        int[] perm = new int[x.rank()];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = perm.length - 1 - i;
        }
        return transpose(x, perm);
    }

    public static Node transpose(Node x, int... permutation) {
        int rank = x.rank();
        if (permutation.length != rank) {
            throw error(GraphError.TRANSPOSE_PERMUTATION, Op.TRANSPOSE, operands(x), rank - 1,
                    Arrays.toString(permutation));
        }
        boolean[] seen = new boolean[rank];
        boolean identity = true;
        boolean[] bc = new boolean[rank];
        for (int i = 0; i < rank; i++) {
            int p = permutation[i];
            if (p < 0 || p >= rank || seen[p]) {
                throw error(GraphError.TRANSPOSE_PERMUTATION, Op.TRANSPOSE, operands(x), rank - 1,
                        Arrays.toString(permutation));
            }
            seen[p] = true;
            identity &= p == i;
            bc[i] = x.type().isBroadcastable(p);
        }
        if (identity) {
            return x;
        }
        return make(Op.TRANSPOSE, List.of(x), Type.of(x.type().dtype(), bc), null, 0, permutation, false);
    }

    /** Reshapes to {@code shape}; one entry may be -1 and is then inferred from the size. */
    public static Node reshape(Node x, int... shape) {
        int inferred = 0;
        boolean[] bc = new boolean[shape.length];
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == -1) {
                inferred++;
            } else if (shape[i] < 0) {
                throw error(GraphError.RESHAPE_SIZES, Op.RESHAPE, operands(x), Arrays.toString(shape));
            }
            bc[i] = shape[i] == 1;
        }
        if (inferred > 1) {
            throw error(GraphError.RESHAPE_SIZES, Op.RESHAPE, operands(x), Arrays.toString(shape));
        }
        return make(Op.RESHAPE, List.of(x), Type.of(x.type().dtype(), bc), null, 0, shape, false);
    }

    public static Node reshapeLike(Node x, Node model) {
        if (x == model) {
            return x;
        }
        return make(Op.RESHAPE_LIKE, List.of(x, model), model.type().withDtype(x.type().dtype()), null, 0, null, false);
    }

    /**
     * {@code x} with size-1 dimensions inserted at {@code insertedAxes} (positions in the result),
     * then broadcast to the run-time shape of {@code model}.
     */
    public static Node broadcastLike(Node x, Node model, int... insertedAxes) {
        int[] axes = insertedAxes.clone();
        Arrays.sort(axes);
        int rank = x.rank() + axes.length;
        boolean repeated = false;
        for (int i = 1; i < axes.length; i++) {
            repeated |= axes[i] == axes[i - 1];
        }
        if (rank > model.rank() || repeated || axes.length > 0 && (axes[0] < 0 || axes[axes.length - 1] >= rank)) {
            throw error(GraphError.BROADCAST_AXES, Op.BROADCAST_LIKE, Arrays.toString(axes), operands(x),
                    operands(model));
        }
        return make(Op.BROADCAST_LIKE, List.of(x, model), model.type().withDtype(x.type().dtype()), null, 0, axes,
                false);
    }

    /** The number of elements of {@code x} along {@code axes} (all when none), as a scalar of {@code dtype}. */
    public static Node size(Node x, DType dtype, int... axes) {
        return make(Op.SIZE, List.of(x), Type.scalar(dtype), null, 0, normalizeAxes(Op.SIZE, x, axes), false);
    }

    public static Node softmax(Op op, Node x) {
        if (op.kind() != Op.Kind.SOFTMAX) {
            throw new IllegalArgumentException(op + " is not a softmax");
        }
        if (x.rank() < 1) {
            throw error(GraphError.NO_AXIS, op, operands(x));
        }
        Node xf = cast(x, x.type().dtype().toFloat());
        return make(op, List.of(xf), xf.type(), null, 0, new int[] {x.rank() - 1}, false);
    }

    // ---- composites, as Theano defines them

    /** {@code -(t * log(p) + (1 - t) * log(1 - p))}, elementwise. */
    public static Node binaryCrossentropy(Node p, Node t) {
        Node one = constant(1, p.type().dtype().toFloat());
        Node logP = unary(Op.LOG, p);
        Node logNotP = unary(Op.LOG, sub(one, p));
        return neg(add(mul(t, logP), mul(sub(one, t), logNotP)));
    }

    /** {@code -sum(t * log(p), axis=-1)}: per row for matrices of probabilities and one-hot targets. */
    public static Node categoricalCrossentropy(Node p, Node t) {
        if (p.rank() < 1) {
            throw error(GraphError.NO_AXIS, "categoricalCrossentropy", operands(p));
        }
        return neg(reduce(Op.SUM, mul(t, unary(Op.LOG, p)), false, -1));
    }

    /** {@code maximum(x, 0)}; its gradient at 0 is 1, as maximum's is where its operands tie. */
    public static Node relu(Node x) {
        return binary(Op.MAXIMUM, x, literalFor(0L, x));
    }

    /**
     * {@code minimum(maximum(x, lo), hi)}, as NumPy's clip (where {@code lo > hi} gives {@code hi});
     * the gradient passes to x inside {@code [lo, hi]} and to a bound where x is beyond it.
     */
    public static Node clip(Node x, Node lo, Node hi) {
        return binary(Op.MINIMUM, binary(Op.MAXIMUM, x, lo), hi);
    }

    /**
     * The population variance {@code mean(square(x - mean(x)))} over {@code axes} (all when none), as
     * NumPy's default: two passes, so a large mean does not cancel the spread as {@code E[x^2] - E[x]^2} does.
     */
    public static Node var(Node x, int... axes) {
        Node centered = sub(x, reduce(Op.MEAN, x, true, axes));
        return reduce(Op.MEAN, unary(Op.SQUARE, centered), false, axes);
    }

    /** The population standard deviation, {@code sqrt(var(x))}. */
    public static Node std(Node x, int... axes) {
        return unary(Op.SQRT, var(x, axes));
    }

    /** {@code log(sum(exp(x)))} over {@code axes}, which the stability rewrite computes shifted by the maximum. */
    public static Node logSumExp(Node x, int... axes) {
        return unary(Op.LOG, reduce(Op.SUM, unary(Op.EXP, x), false, axes));
    }

    /**
     * {@code -log(p[..., y])} along the last axis for integer class labels {@code y} of one rank less,
     * as Theano's crossentropy takes them (float labels pick where they equal a position, so whole
     * numbers work as integers do): the probability of each label is picked by a mask of the
     * positions equal to it, {@code -log(sum(where(mask, p, 0), -1))}, so that the gradient reaches only
     * the picked entries. A label outside {@code [0, n)} picks nothing: +inf, as log 0. Of a softmax, the
     * pick is stabilized into logSoftmax by the rewrite of {@code log(sum(where(mask, softmax z, 0)))}.
     */
    public static Node categoricalCrossentropyOfLabels(Node p, Node labels) {
        if (p.rank() < 1) {
            throw error(GraphError.NO_AXIS, "categoricalCrossentropy", operands(p));
        }
        int last = p.rank() - 1;
        // each position's index along the last axis: running sums of ones, less one
        Node ones = broadcastLike(constant(1, DType.INT64), p);
        Node positions = sub(cumsum(ones, last), constant(1, DType.INT64));
        Node mask = compare(Op.EQ, positions, broadcastLike(labels, p, last));
        Node pf = cast(p, p.type().dtype().toFloat());
        Node picked = reduce(Op.SUM, where(mask, pf, constant(0, pf.type().dtype())), false, last);
        return neg(unary(Op.LOG, picked));
    }

    // ---- type rules shared by the functions above

    /** The promoted dtype of arithmetic operands; bools count as int32 there, as 0 and 1. */
    static DType arithmeticDtype(Node a, Node b) {
        DType d = DType.promote(a.type().dtype(), b.type().dtype());
        return d == DType.BOOL ? DType.INT32 : d;
    }

    /** NumPy broadcasting of static types: align right; a dimension broadcasts only where every operand's does. */
    static Type broadcast(DType dtype, Type... types) {
        int rank = 0;
        for (Type t : types) {
            rank = Math.max(rank, t.rank());
        }
        boolean[] bc = new boolean[rank];
        for (int d = 0; d < rank; d++) {
            boolean all = true;
            for (Type t : types) {
                int td = d - (rank - t.rank());
                all &= td < 0 || t.isBroadcastable(td);
            }
            bc[d] = all;
        }
        return Type.of(dtype, bc);
    }

    static int[] normalizeAxes(Op op, Node x, int[] axes) {
        int rank = x.rank();
        if (axes.length == 0) {
            int[] all = new int[rank];
            for (int i = 0; i < rank; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] normalized = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            int a = axes[i] < 0 ? axes[i] + rank : axes[i];
            if (a < 0 || a >= rank) {
                throw error(GraphError.AXIS_OUT_OF_RANGE, op, axes[i], rank, operands(x));
            }
            normalized[i] = a;
        }
        Arrays.sort(normalized);
        for (int i = 1; i < normalized.length; i++) {
            if (normalized[i] == normalized[i - 1]) {
                throw error(GraphError.AXIS_REPEATED, op, normalized[i], operands(x));
            }
        }
        return normalized;
    }

    private static void requireNumeric(Op op, Node x) {
        if (x.type().dtype() == DType.BOOL) {
            throw error(GraphError.BOOL_OPERAND, op, operands(x));
        }
    }

    /** {@code error} at the current position; an op among {@code args} is named as the DSL's function. */
    static GraphException error(GraphError error, Object... args) {
        Object[] named = args.clone();
        for (int i = 0; i < named.length; i++) {
            if (named[i] instanceof Op op) {
                named[i] = op.functionName();
            }
        }
        return new GraphException(error, SourcePosition.current(), named);
    }

    /** Operand types as errors name them: {@code Vector float32[?], Matrix float32[?,?]}. */
    public static String operands(Node... operands) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < operands.length; i++) {
            Node n = operands[i];
            s.append(i == 0 ? "" : ", ").append(n.type().kindName()).append(' ').append(n.type());
        }
        return s.toString();
    }

    static Node make(Op op, List<Node> inputs, Type type, String name, long constantBits, int[] ints,
                             boolean keepDims) {
        return Node.make(op, inputs, type, name, constantBits, ints, keepDims, SourcePosition.current());
    }
}
