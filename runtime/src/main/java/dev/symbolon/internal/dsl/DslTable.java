package dev.symbolon.internal.dsl;

import static dev.symbolon.internal.dsl.Param.AXES;
import static dev.symbolon.internal.dsl.Param.AXIS;
import static dev.symbolon.internal.dsl.Param.DTYPE;
import static dev.symbolon.internal.dsl.Param.INT;
import static dev.symbolon.internal.dsl.Param.INTS;
import static dev.symbolon.internal.dsl.Param.OPERAND;
import static dev.symbolon.internal.dsl.Param.OPERANDS;
import static dev.symbolon.internal.dsl.Param.OPERAND_OR_DOUBLE;
import static dev.symbolon.internal.dsl.Param.VALUE;
import static dev.symbolon.internal.dsl.Param.VALUE_OR_DOUBLE;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.dsl.DslFunction.Builder;
import dev.symbolon.internal.dsl.DslFunction.Result;
import dev.symbolon.internal.ir.ConvolutionOps;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.IndexingOps;
import dev.symbolon.internal.ir.LinearAlgebraOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.Trace;
import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The DSL's functions: one row per form, with its parameters, rank rule and builder. Front ends
 * resolve a call here; {@code T}'s and the handles' Java overloads are checked against it by a test,
 * so a function is added by one row (plus, for a new op, the exhaustive rule switches over {@link Op}).
 */
public final class DslTable {
    private static final List<DslFunction> FUNCTIONS = functions();
    private static final Map<String, List<DslFunction>> BY_NAME = byName();

    /** The handles' methods: the forms each means, the receiver being the first operand. */
    private static final Map<String, List<DslFunction>> METHODS = methodTable();

    /** java.lang.Math's functions that are graph operations, by the DSL function each means. */
    private static final Map<String, String> MATH = Map.ofEntries(
            Map.entry("exp", "exp"), Map.entry("log", "log"), Map.entry("log1p", "log1p"),
            Map.entry("expm1", "expm1"), Map.entry("sqrt", "sqrt"), Map.entry("abs", "abs"),
            Map.entry("tanh", "tanh"), Map.entry("sin", "sin"), Map.entry("cos", "cos"),
            Map.entry("pow", "pow"), Map.entry("max", "maximum"), Map.entry("min", "minimum"),
            Map.entry("floor", "floor"), Map.entry("ceil", "ceil"), Map.entry("rint", "round"),
            Map.entry("log10", "log10"));

    private DslTable() {}

    /** Every form of every function, in table order. */
    public static List<DslFunction> all() {
        return FUNCTIONS;
    }

    /** The forms of {@code name}, in the order a call tries them; empty when it is no DSL function. */
    public static List<DslFunction> forms(String name) {
        return BY_NAME.getOrDefault(name, List.of());
    }

    /** The forms a handle method means, its receiver being the first operand; empty when it is no DSL method. */
    public static List<DslFunction> methodForms(String method) {
        return METHODS.getOrDefault(method, List.of());
    }

    /** The names of the handles' DSL methods. */
    public static Set<String> methodNames() {
        return METHODS.keySet();
    }

    /** The function a java.lang.Math function means, if it is one the DSL has. */
    public static Optional<String> mathFunction(String name) {
        return Optional.ofNullable(MATH.get(name));
    }

    private static List<DslFunction> functions() {
        List<DslFunction> rows = new ArrayList<>();
        for (Op op : Op.values()) {
            rows.addAll(rowsOf(op));
        }
        rows.add(new DslFunction("binaryCrossentropy", List.of(OPERAND, OPERAND), RankRule.SAME.sameRanksFrom(0),
                a -> GraphOps.binaryCrossentropy(a.operand(0), a.operand(1)), Result.VALUE));
        rows.add(new DslFunction("categoricalCrossentropy", List.of(OPERAND, OPERAND),
                RankRule.ONE_LESS.sameRanksFrom(1),
                a -> GraphOps.categoricalCrossentropy(a.operand(0), a.operand(1)), Result.VALUE));
        rows.add(new DslFunction("oneHot", List.of(OPERAND, INT), RankRule.ONE_MORE,
                a -> IndexingOps.oneHot(a.operand(0), a.ints()[0]), Result.VALUE));
        rows.add(new DslFunction("eye", List.of(INT), RankRule.MATRIX, a -> IndexingOps.eye(a.ints()[0]),
                Result.VALUE));
        rows.add(new DslFunction("zerosLike", List.of(OPERAND), RankRule.SAME,
                a -> IndexingOps.zerosLike(a.operand(0)), Result.VALUE));
        rows.add(new DslFunction("onesLike", List.of(OPERAND), RankRule.SAME,
                a -> IndexingOps.onesLike(a.operand(0)), Result.VALUE));
        rows.add(new DslFunction("categoricalCrossentropy", List.of(OPERAND, OPERAND),
                (ranks, ints) -> (ranks[0] == 1 || ranks[0] == 2) && ranks[1] == ranks[0] - 1
                        ? OptionalInt.of(ranks[1]) : OptionalInt.empty(),
                a -> GraphOps.categoricalCrossentropyOfLabels(a.operand(0), a.operand(1)), Result.VALUE));
        rows.add(new DslFunction("relu", List.of(OPERAND), RankRule.SAME, a -> GraphOps.relu(a.operand(0)),
                Result.VALUE_COMPUTED_ON_DOUBLES));
        rows.add(new DslFunction("clip", List.of(OPERAND, OPERAND_OR_DOUBLE, OPERAND_OR_DOUBLE), RankRule.BROADCAST,
                a -> GraphOps.clip(a.operand(0), a.operand(1), a.operand(2)), Result.VALUE_COMPUTED_ON_DOUBLES));
        rows.addAll(reductions("var", GraphOps::var));
        rows.addAll(reductions("std", GraphOps::std));
        rows.addAll(reductions("logSumExp", GraphOps::logSumExp));
        rows.add(new DslFunction("stack", List.of(AXIS, OPERANDS), RankRule.STACKED,
                a -> IndexingOps.stack(a.axis(), a.operands()), Result.VALUE));
        rows.add(new DslFunction("diag", List.of(OPERAND), RankRule.DIAG, a -> LinearAlgebraOps.diag(a.operand(0)),
                Result.VALUE));
        rows.add(new DslFunction("trace", List.of(OPERAND),
                (ranks, ints) -> ranks[0] == 2 ? OptionalInt.of(0) : OptionalInt.empty(),
                a -> LinearAlgebraOps.trace(a.operand(0)), Result.VALUE));
        // a and b of any ranks, the result's rank following the number of pairs, which Java's types do not hold
        rows.add(new DslFunction("tensordot", List.of(VALUE, VALUE, AXES, AXES), RankRule.PAIRS_SUMMED,
                a -> LinearAlgebraOps.tensordot(a.operand(0), a.operand(1), a.axes(0), a.axes(1)), Result.VALUE));
        rows.add(new DslFunction("grad", List.of(VALUE, OPERAND), RankRule.LAST,
                a -> Autodiff.grad(a.operand(0), a.operand(1)), Result.VALUE));
        rows.add(new DslFunction("hessian", List.of(OPERAND, OPERAND),
                (ranks, ints) -> ranks[0] == 0 && ranks[1] == 1 ? OptionalInt.of(2) : OptionalInt.empty(),
                a -> Autodiff.hessian(a.operand(0), a.operand(1)), Result.VALUE));
        rows.add(new DslFunction("update", List.of(VALUE, VALUE_OR_DOUBLE), RankRule.SCALAR, a -> {
            Trace.record(a.operand(0), a.operand(1));
            return a.operand(1);
        }, Result.NONE));
        return List.copyOf(rows);
    }

    /** The DSL functions of one op, named as the op; none for an op that only the compiler builds. */
    private static List<DslFunction> rowsOf(Op op) {
        String name = op.functionName();
        return switch (op) {
            // leaves are the body's parameters, fields and numbers; the others are built by gradients and
            // rewrites (quotient: by Java's integer '/', which the DSL's true division is not)
            case INPUT, SHARED, CONSTANT, QUOTIENT, SUPREMUM, RESHAPE_LIKE, BROADCAST_LIKE, SIZE -> List.of();
            case NEG, ABS, SQUARE, SQRT, EXP, EXPM1, LOG, LOG1P, SIGMOID, SOFTPLUS, TANH, SIN, COS -> List.of(
                    new DslFunction(name, List.of(OPERAND), RankRule.SAME, a -> GraphOps.unary(op, a.operand(0)),
                            Result.VALUE_COMPUTED_ON_DOUBLES));
            case ADD, SUB, MUL, DIV, REM, POW, MAXIMUM, MINIMUM -> List.of(elementwise(name,
                    a -> GraphOps.binary(op, a.operand(0), a.operand(1)), Result.VALUE_COMPUTED_ON_DOUBLES));
            case GT, GE, LT, LE, EQ, NE -> List.of(elementwise(name,
                    a -> GraphOps.compare(op, a.operand(0), a.operand(1)), Result.VALUE_COMPARED_ON_DOUBLES));
            case WHERE -> List.of(new DslFunction(name, List.of(OPERAND, OPERAND_OR_DOUBLE, OPERAND_OR_DOUBLE),
                    RankRule.BROADCAST, a -> GraphOps.where(a.operand(0), a.operand(1), a.operand(2)), Result.VALUE));
            case CAST -> List.of(new DslFunction(name, List.of(OPERAND, DTYPE), RankRule.SAME,
                    a -> GraphOps.cast(a.operand(0), a.dtype()), Result.VALUE));
            case SUM, MEAN, MAX, MIN, ARGMAX -> List.of(
                    new DslFunction(name, List.of(OPERAND), RankRule.SCALAR,
                            a -> GraphOps.reduce(op, a.operand(0), false), Result.VALUE),
                    new DslFunction(name, List.of(OPERAND, AXIS), RankRule.ONE_LESS,
                            a -> GraphOps.reduce(op, a.operand(0), false, a.axis()), Result.VALUE));
            case DOT -> List.of(new DslFunction(name, List.of(OPERAND, OPERAND), RankRule.MATMUL,
                    a -> LinearAlgebraOps.dot(a.operand(0), a.operand(1)), Result.VALUE));
            case OUTER -> List.of(new DslFunction(name, List.of(OPERAND, OPERAND), RankRule.OUTER,
                    a -> GraphOps.outer(a.operand(0), a.operand(1)), Result.VALUE));
            // without a permutation the dimensions reverse; a permutation only for a Tensor
            case TRANSPOSE -> List.of(
                    new DslFunction(name, List.of(OPERAND), RankRule.SAME.from(2),
                            a -> GraphOps.transpose(a.operand(0)), Result.VALUE),
                    new DslFunction(name, List.of(OPERAND, INTS), RankRule.SAME.from(3),
                            a -> GraphOps.transpose(a.operand(0), a.ints()), Result.VALUE));
            case RESHAPE -> List.of(new DslFunction(name, List.of(VALUE, INTS), RankRule.INT_COUNT,
                    a -> GraphOps.reshape(a.operand(0), a.ints()), Result.VALUE));
            case SOFTMAX, LOG_SOFTMAX -> List.of(new DslFunction(name, List.of(OPERAND), RankRule.LAST_AXIS,
                    a -> GraphOps.softmax(op, a.operand(0)), Result.VALUE));
            // gradients' scatters are the compiler's
            case SCATTER_ADD, SCATTER_ADD_ALONG_AXIS, SCATTER_SLICE -> List.of();
            // an int index first, so that a number there stays an index instead of a value typed like x
            case TAKE -> List.of(
                    new DslFunction("get", List.of(OPERAND, INT), RankRule.ENTRY,
                            a -> IndexingOps.get(a.operand(0), GraphOps.constant(a.ints()[0], DType.INT64)),
                            Result.VALUE),
                    new DslFunction("get", List.of(OPERAND, OPERAND), RankRule.ENTRY,
                            a -> IndexingOps.get(a.operand(0), a.operand(1)), Result.VALUE),
                    new DslFunction(name, List.of(OPERAND, OPERAND, AXIS), RankRule.TAKE,
                            a -> IndexingOps.take(a.operand(0), a.operand(1), a.axis()), Result.VALUE));
            case TAKE_ALONG_AXIS -> List.of(new DslFunction(name, List.of(OPERAND, OPERAND, AXIS),
                    RankRule.SAME.sameRanksFrom(1), a -> IndexingOps.takeAlongAxis(a.operand(0), a.operand(1), a.axis()),
                    Result.VALUE));
            case SLICE -> List.of(new DslFunction(name, List.of(OPERAND, AXIS, INT, INT), RankRule.LAST_AXIS,
                    a -> IndexingOps.slice(a.operand(0), a.ints()[0], a.ints()[1], a.ints()[2]), Result.VALUE));
            case CONCATENATE -> List.of(new DslFunction(name, List.of(AXIS, OPERANDS), RankRule.SAME.sameRanksFrom(1),
                    a -> IndexingOps.concatenate(a.axis(), a.operands()), Result.VALUE));
            case ARANGE -> List.of(
                    new DslFunction(name, List.of(INT), RankRule.RANGE, a -> IndexingOps.arange(a.ints()[0]),
                            Result.VALUE),
                    new DslFunction(name, List.of(OPERAND), RankRule.RANGE, a -> IndexingOps.arange(a.operand(0)),
                            Result.VALUE));
            case SIGN, FLOOR, CEIL, ROUND, ERF, LOG2, LOG10 -> List.of(
                    new DslFunction(name, List.of(OPERAND), RankRule.SAME, a -> GraphOps.unary(op, a.operand(0)),
                            Result.VALUE_COMPUTED_ON_DOUBLES));
            case PROD, ARGMIN -> reductions(name, (x, axes) -> GraphOps.reduce(op, x, false, axes));
            case CUMSUM -> List.of(new DslFunction(name, List.of(OPERAND, AXIS), RankRule.LAST_AXIS,
                    a -> GraphOps.cumsum(a.operand(0), a.axis()), Result.VALUE));
            // y a Vector, wrt of any rank (its gradients flattened into the rows)
            case JACOBIAN -> List.of(new DslFunction(name, List.of(OPERAND, VALUE), RankRule.MATRIX.from(1).upTo(1),
                    a -> Autodiff.jacobian(a.operand(0), a.operand(1)), Result.VALUE));
            // Tensors only (NCHW images, OIHW filters); ConvolutionOps checks the rank is 4
            case CONV2D -> List.of(
                    new DslFunction(name, List.of(OPERAND, OPERAND), RankRule.CONVOLUTION,
                            a -> ConvolutionOps.conv2d(a.operand(0), a.operand(1)), Result.VALUE),
                    new DslFunction(name, List.of(OPERAND, OPERAND, INT, INT), RankRule.CONVOLUTION,
                            a -> ConvolutionOps.conv2d(a.operand(0), a.operand(1), a.ints()[0], a.ints()[1]),
                            Result.VALUE));
            case MAX_POOL2D, AVG_POOL2D -> List.of(new DslFunction(name, List.of(OPERAND, INT), RankRule.SAME.from(3),
                    a -> op == Op.MAX_POOL2D ? ConvolutionOps.maxPool2d(a.operand(0), a.ints()[0])
                            : ConvolutionOps.avgPool2d(a.operand(0), a.ints()[0]), Result.VALUE));
            // the gradients' ops are the compiler's
            case CONV2D_INPUT_GRAD, CONV2D_FILTER_GRAD, MAX_POOL2D_GRAD, AVG_POOL2D_GRAD -> List.of();
            case UNIFORM, NORMAL -> List.of(new DslFunction(name, List.of(OPERAND), RankRule.SAME,
                    a -> GraphOps.draw(op, a.operand(0), null), Result.VALUE));
            // p a Scalar or a double, the result shaped like its second operand
            case BERNOULLI -> List.of(new DslFunction(name, List.of(OPERAND_OR_DOUBLE, OPERAND),
                    RankRule.LAST.upTo(0), a -> GraphOps.draw(op, a.operand(1), a.operand(0)), Result.VALUE));
        };
    }

    /** A reduction over all elements, giving a scalar, and one over an axis, giving one rank less. */
    private static List<DslFunction> reductions(String name, Reduction reduction) {
        return List.of(
                new DslFunction(name, List.of(OPERAND), RankRule.SCALAR, a -> reduction.apply(a.operand(0)),
                        Result.VALUE),
                new DslFunction(name, List.of(OPERAND, AXIS), RankRule.ONE_LESS,
                        a -> reduction.apply(a.operand(0), a.axis()), Result.VALUE));
    }

    /** Builds a reduction's node over the given axes, all when none. */
    @FunctionalInterface
    private interface Reduction {
        Node apply(Node x, int... axes);
    }

    private static DslFunction elementwise(String name, Builder builder, Result result) {
        return new DslFunction(name, List.of(OPERAND_OR_DOUBLE, OPERAND_OR_DOUBLE), RankRule.BROADCAST,
                builder, result);
    }

    private static Map<String, List<DslFunction>> byName() {
        Map<String, List<DslFunction>> byName = new LinkedHashMap<>();
        for (DslFunction f : FUNCTIONS) {
            byName.computeIfAbsent(f.name(), n -> new ArrayList<>()).add(f);
        }
        byName.replaceAll((name, forms) -> List.copyOf(forms));
        return Map.copyOf(byName);
    }

    private static Map<String, List<DslFunction>> methodTable() {
        Map<String, List<DslFunction>> methods = new LinkedHashMap<>();
        for (String same : List.of("div", "rem", "pow", "maximum", "minimum", "gt", "ge", "lt", "le", "eq", "ne",
                "neg", "abs", "square", "sqrt", "exp", "expm1", "log", "log1p", "sigmoid", "softplus", "tanh", "sin",
                "cos", "cast", "sum", "mean", "max", "min", "argmax", "dot", "outer", "transpose", "reshape",
                "softmax", "logSoftmax", "get", "take", "takeAlongAxis", "slice", "sign", "floor", "ceil", "round",
                "erf", "log2", "log10", "relu", "prod", "argmin", "var", "std", "logSumExp", "cumsum")) {
            methods.put(same, forms(same));
        }
        // Kotlin's operator names, and NumPy's .T (which takes no permutation)
        methods.put("plus", forms("add"));
        methods.put("minus", forms("sub"));
        methods.put("times", forms("mul"));
        methods.put("unaryMinus", forms("neg"));
        methods.put("T", forms("transpose").stream().filter(f -> f.params().size() == 1).toList());
        return Map.copyOf(methods);
    }
}
