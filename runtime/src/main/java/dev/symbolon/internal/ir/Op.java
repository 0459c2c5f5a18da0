package dev.symbolon.internal.ir;

/**
 * The primitive operations of the IR. Each rule about an op (type, gradient, reference evaluation,
 * code generation) is an exhaustive {@code switch} over this enum in the file for that rule, so the
 * compiler refuses a new op until every rule has a case for it.
 *
 * <p>Elementwise ops broadcast NumPy-style and, after {@link GraphOps} has inserted casts, all their
 * operands have the result's dtype, except comparisons (operands share a dtype, the result is bool),
 * {@link #CAST} and the condition of {@link #WHERE}.
 */
public enum Op {
    /** A parameter of the compiled method; {@link Node#name()} is the parameter's name. */
    INPUT("input", Kind.LEAF),
    /** A {@code @Shared} field's current value; {@link Node#name()} is the field's name. */
    SHARED("shared", Kind.LEAF),
    /** A scalar literal; {@link Node#value()} holds it. */
    CONSTANT("constant", Kind.LEAF),

    NEG("neg", Kind.UNARY),
    ABS("abs", Kind.UNARY),
    SIGN("sign", Kind.UNARY),
    SQUARE("square", Kind.UNARY),
    SQRT("sqrt", Kind.UNARY_FLOAT),
    EXP("exp", Kind.UNARY_FLOAT),
    EXPM1("expm1", Kind.UNARY_FLOAT),
    LOG("log", Kind.UNARY_FLOAT),
    LOG1P("log1p", Kind.UNARY_FLOAT),
    SIGMOID("sigmoid", Kind.UNARY_FLOAT),
    SOFTPLUS("softplus", Kind.UNARY_FLOAT),
    TANH("tanh", Kind.UNARY_FLOAT),
    SIN("sin", Kind.UNARY_FLOAT),
    COS("cos", Kind.UNARY_FLOAT),
    /** Converts to the node's dtype: floats to integers truncate toward zero, as a Java cast does. */
    CAST("cast", Kind.CAST),

    ADD("add", Kind.BINARY),
    SUB("sub", Kind.BINARY),
    MUL("mul", Kind.BINARY),
    /** True division, as NumPy's {@code /}: integer operands give float64. */
    DIV("div", Kind.BINARY),
    /**
     * Java's {@code /} on integers: truncates toward zero, wraps ({@code MIN_VALUE / -1} is
     * {@code MIN_VALUE}) and throws {@link ArithmeticException} on a zero divisor. Integer operands only.
     */
    QUOTIENT("quotient", Kind.BINARY),
    /** Remainder with the sign of the dividend, as Java's {@code %} and Kotlin's {@code rem}. */
    REM("rem", Kind.BINARY),
    /** Power, as Java's {@code Math.pow}: always a float result. */
    POW("pow", Kind.BINARY),
    MAXIMUM("maximum", Kind.BINARY),
    MINIMUM("minimum", Kind.BINARY),

    GT("gt", Kind.COMPARISON),
    GE("ge", Kind.COMPARISON),
    LT("lt", Kind.COMPARISON),
    LE("le", Kind.COMPARISON),
    EQ("eq", Kind.COMPARISON),
    NE("ne", Kind.COMPARISON),

    /** {@code where(condition, ifTrue, ifFalse)}, elementwise with broadcasting. */
    WHERE("where", Kind.WHERE),

    /** Reductions over {@link Node#axes()}, keeping them as size-1 dimensions when {@link Node#keepDims()}. */
    SUM("sum", Kind.REDUCTION),
    MEAN("mean", Kind.REDUCTION),
    MAX("max", Kind.REDUCTION),
    MIN("min", Kind.REDUCTION),
    /**
     * The maximum, or -inf over no elements (the supremum of the empty set); float only. The
     * stability rewrites shift by it, where {@link #MAX} would fail on an empty axis that the user's
     * formula reduces without error.
     */
    SUPREMUM("supremum", Kind.REDUCTION),
    /** Index of the first maximum along one axis, or in the flattened array when all axes are given; int64. */
    ARGMAX("argmax", Kind.REDUCTION),

    /** Matrix and vector products: (v,v) -> scalar, (m,v) -> v, (v,m) -> v, (m,m) -> m. */
    DOT("dot", Kind.LINEAR_ALGEBRA),
    OUTER("outer", Kind.LINEAR_ALGEBRA),
    /** Permutes dimensions by {@link Node#permutation()}. */
    TRANSPOSE("transpose", Kind.SHAPE, 1),
    /** Reshapes to {@link Node#shape()}, where one entry may be -1 (inferred). */
    RESHAPE("reshape", Kind.SHAPE, 1),
    /** {@code reshapeLike(x, model)}: x reshaped to the run-time shape of model (gradient of reshape). */
    RESHAPE_LIKE("reshapeLike", Kind.SHAPE, 2),
    /** {@code broadcastLike(x, model)}: x broadcast to the run-time shape of model (gradient of reductions). */
    BROADCAST_LIKE("broadcastLike", Kind.SHAPE, 2),
    /** {@code size(x, axes)}: how many elements of x the axes span, as a scalar of the node's dtype (gradient of mean). */
    SIZE("size", Kind.SHAPE, 1),

    /** Softmax along the last axis, computed stably. */
    SOFTMAX("softmax", Kind.SOFTMAX),
    /** Log of softmax along the last axis, computed stably as {@code x - logsumexp(x)}. */
    LOG_SOFTMAX("logSoftmax", Kind.SOFTMAX),

    /**
     * {@code take(x, indices)} along {@link Node#axis()}, as NumPy's {@code take}: the axis is replaced
     * by the indices' dimensions. Indices are integers, negative counting from the end; one out of
     * range is an {@link IndexOutOfBoundsException} at run time.
     */
    TAKE("take", Kind.SHAPE, 2),
    /** {@code scatterAdd(g, indices, model)}: zeros shaped like model, g added at the indices along the axis (gradient of take). */
    SCATTER_ADD("scatterAdd", Kind.SHAPE, 3),
    /** {@code takeAlongAxis(x, indices)}, as NumPy's {@code take_along_axis}: indices of x's rank pick along the axis. */
    TAKE_ALONG_AXIS("takeAlongAxis", Kind.SHAPE, 2),
    /** {@code scatterAddAlongAxis(g, indices, model)}: the gradient of takeAlongAxis, repeated indices summed. */
    SCATTER_ADD_ALONG_AXIS("scatterAddAlongAxis", Kind.SHAPE, 3),
    /** NumPy's {@code x[start:stop]} along an axis, by {@link Node#sliceBounds()}; bounds clamp as NumPy's do. */
    SLICE("slice", Kind.SHAPE, 1),
    /** {@code scatterSlice(g, model)}: zeros shaped like model with g at the slice's place (gradient of slice). */
    SCATTER_SLICE("scatterSlice", Kind.SHAPE, 2),
    /** Two arrays of one rank joined along {@link Node#axis()}; longer lists are chains of it. */
    CONCATENATE("concatenate", Kind.SHAPE, 2),
    /** {@code arange(n)}: 0, 1, ..., n-1 as int64, from an integer scalar; empty for n <= 0, as NumPy's. */
    ARANGE("arange", Kind.SHAPE, 1),
    /** Rounds toward -inf; a float result, as NumPy's floor of integers is. */
    FLOOR("floor", Kind.UNARY_FLOAT),
    /** Rounds toward +inf. */
    CEIL("ceil", Kind.UNARY_FLOAT),
    /** Rounds to the nearest integer, a half to the even one, as NumPy's round and {@link Math#rint}. */
    ROUND("round", Kind.UNARY_FLOAT),
    /** The error function, to float64 accuracy. */
    ERF("erf", Kind.UNARY_FLOAT),
    /** Base-2 logarithm, exact at powers of two. */
    LOG2("log2", Kind.UNARY_FLOAT),
    /** Base-10 logarithm, exact at powers of ten, as {@link Math#log10}. */
    LOG10("log10", Kind.UNARY_FLOAT),

    /** The product over {@link Node#axes()}; 1 over no elements. Integers multiply in int64, as sum adds. */
    PROD("prod", Kind.REDUCTION),
    /** Index of the first minimum, as {@link #ARGMAX} of the maximum; a NaN counts as the minimum, as in NumPy. */
    ARGMIN("argmin", Kind.REDUCTION),
    /** Running sums along the one axis of {@link Node#axes()}, the result of x's shape; integers in int64. */
    CUMSUM("cumsum", Kind.SCAN),
    /**
     * {@code jacobian(y, captures...)}: a matrix whose row i is the gradient of {@code y[i]}, flattened,
     * computed by evaluating {@link Node#body()} (a vector-Jacobian product) once per element of the
     * vector {@code y} with the seed {@code e_i}; see {@link SubgraphOps}. Its inputs are {@code y} and the
     * values the body reads from the graph around it.
     */
    JACOBIAN("jacobian", Kind.SUBGRAPH, Op.VARIADIC),
    /**
     * {@code conv2d(x, w)}: cross-correlation (no filter flip, as PyTorch's conv2d) of x in NCHW order
     * with filters w in OIHW order, with {@link Node#window()} = {stride, padding} on both spatial axes.
     */
    CONV2D("conv2d", Kind.CONVOLUTION, 2),
    /** {@code conv2dInputGrad(g, w, x)}: the transposed convolution of g, shaped like x (gradient of conv2d in x). */
    CONV2D_INPUT_GRAD("conv2dInputGrad", Kind.CONVOLUTION, 3),
    /** {@code conv2dFilterGrad(x, g, w)}: x correlated with g, summed over the batch, shaped like w (gradient in w). */
    CONV2D_FILTER_GRAD("conv2dFilterGrad", Kind.CONVOLUTION, 3),
    /** The maximum of each non-overlapping window of {@link Node#window()}[0] squared over the last two axes. */
    MAX_POOL2D("maxPool2d", Kind.CONVOLUTION, 1),
    /** {@code maxPool2dGrad(g, x)}: each window's g at the first maximum of x's window, zeros elsewhere. */
    MAX_POOL2D_GRAD("maxPool2dGrad", Kind.CONVOLUTION, 2),
    /** The mean of each non-overlapping window of {@link Node#window()}[0] squared over the last two axes. */
    AVG_POOL2D("avgPool2d", Kind.CONVOLUTION, 1),
    /** {@code avgPool2dGrad(g, x)}: each window's g spread evenly over x's window, shaped like x. */
    AVG_POOL2D_GRAD("avgPool2dGrad", Kind.CONVOLUTION, 2),
    /**
     * {@code uniform(like)}: fresh numbers uniform on [0, 1), of the shape of {@code like} and its float
     * dtype (float64 for others). A draw is no function of its inputs: {@link Node#drawKey()} gives each
     * draw its own identity and stream, so equal-looking draws are never merged, folded or moved.
     */
    UNIFORM("uniform", Kind.SHAPE, 1),
    /** {@code normal(like)}: fresh standard normal numbers, as {@link #UNIFORM} otherwise. */
    NORMAL("normal", Kind.SHAPE, 1),
    /** {@code bernoulli(p, like)}: fresh 0/1 numbers, 1 with the probability of the scalar {@code p}, as {@link #UNIFORM} otherwise. */
    BERNOULLI("bernoulli", Kind.SHAPE, 2);

    /** The arity of an op that takes any number of inputs from one on. */
    public static final int VARIADIC = Integer.MAX_VALUE;

    /** Families of ops that share a type rule, and so their number of inputs, except the shape ops'. */
    public enum Kind {
        LEAF(0), UNARY(1), UNARY_FLOAT(1), CAST(1), BINARY(2), COMPARISON(2), WHERE(3), REDUCTION(1),
        LINEAR_ALGEBRA(2), SHAPE(-1), SOFTMAX(1), SCAN(1), SUBGRAPH(-1), CONVOLUTION(-1);

        /** The inputs of each op of the kind; -1 where each op says. */
        private final int arity;

        Kind(int arity) {
            this.arity = arity;
        }
    }

    private final String functionName;
    private final Kind kind;
    private final int arity;

    Op(String functionName, Kind kind) {
        this(functionName, kind, kind.arity);
    }

    Op(String functionName, Kind kind, int arity) {
        if (arity < 0 || kind.arity >= 0 && arity != kind.arity) {
            throw new IllegalArgumentException(functionName + ": " + kind + " ops have " + kind.arity + " inputs");
        }
        this.functionName = functionName;
        this.kind = kind;
        this.arity = arity;
    }

    /** The name of the DSL function ({@code T.sigmoid}, ...) that builds this op; used in debug output. */
    public String functionName() {
        return functionName;
    }

    public Kind kind() {
        return kind;
    }

    /** How many inputs a node of this op has; {@link #VARIADIC} for any number from one on. */
    public int arity() {
        return arity;
    }

    /** Whether the op draws random numbers: a value that no rewrite may fold, merge or duplicate. */
    public boolean isDraw() {
        return this == UNIFORM || this == NORMAL || this == BERNOULLI;
    }

    /** Whether the op computes each output element from the same-index elements of its operands. */
    public boolean isElementwise() {
        return switch (kind) {
            case UNARY, UNARY_FLOAT, CAST, BINARY, COMPARISON, WHERE -> true;
            case LEAF, REDUCTION, LINEAR_ALGEBRA, SHAPE, SOFTMAX, SCAN, SUBGRAPH, CONVOLUTION -> false;
        };
    }
}
