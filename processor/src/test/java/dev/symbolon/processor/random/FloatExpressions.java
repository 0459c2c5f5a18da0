package dev.symbolon.processor.random;

import dev.symbolon.processor.random.Expr.Apply;
import dev.symbolon.processor.random.Expr.Literal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Random well-typed float expressions of a given Java type: every op of {@code T} in every spelling
 * that applies (operators and {@code Math} on primitives, {@code T}'s functions plain and qualified,
 * handle methods), with broadcasting between ranks, calls of earlier methods, and {@code grad} of
 * first and second order. Arguments of {@code log}, {@code sqrt}, {@code log1p}, {@code pow}'s base
 * and divisors are made positive, so that values stay in the functions' domains.
 */
final class FloatExpressions {
    private static final List<String> UNARY = List.of("neg", "abs", "square", "sqrt", "exp", "expm1", "log",
            "log1p", "sigmoid", "softplus", "tanh", "sin", "cos", "relu", "erf", "log2", "log10", "floor", "ceil",
            "round", "sign");
    private static final Set<String> MATH_UNARY = Set.of("exp", "log", "log1p", "expm1", "sqrt", "abs", "tanh",
            "sin", "cos", "floor", "ceil", "log10");
    private static final Set<String> NEEDS_POSITIVE = Set.of("sqrt", "log", "log1p", "log2", "log10");
    private static final List<String> BINARY = List.of("add", "sub", "mul", "div", "rem", "pow", "maximum",
            "minimum");
    private static final Map<String, String> OPERATORS = Map.of("add", "+", "sub", "-", "mul", "*", "div", "/",
            "rem", "%");
    private static final Map<String, String> MATH_BINARY = Map.of("pow", "pow", "maximum", "max", "minimum", "min");
    private static final Map<String, String> METHODS = Map.of("add", "plus", "sub", "minus", "mul", "times",
            "div", "div", "rem", "rem", "pow", "pow", "maximum", "maximum", "minimum", "minimum");
    private static final List<String> COMPARISONS = List.of("gt", "ge", "lt", "le", "eq", "ne");
    private static final Map<String, String> COMPARISON_OPERATORS = Map.of("gt", ">", "ge", ">=", "lt", "<",
            "le", "<=", "eq", "==", "ne", "!=");
    private static final List<String> LITERALS = List.of("0.5", "2.0", "1.5", "-0.75", "3.0", "0.25", "1.0");

    private final Scope scope;

    FloatExpressions(Scope scope) {
        this.scope = scope;
    }

    Expr generate(JType type, int depth) {
        if (depth <= 0 || scope.chance(0.2)) {
            return leaf(type);
        }
        List<Kind> kinds = new ArrayList<>(List.of(Kind.BINARY, Kind.BINARY, Kind.UNARY, Kind.UNARY, Kind.WHERE));
        if (type != JType.DOUBLE) {
            kinds.add(Kind.LOSS);
        } else if (scope.paramsOf(JType.DOUBLE).isEmpty()) {
            kinds.remove(Kind.WHERE); // its comparison could be of two numbers, which the DSL rejects
        }
        if (type == JType.SCALAR || type == JType.VECTOR) {
            kinds.addAll(List.of(Kind.REDUCE, Kind.REDUCE, Kind.ARGMAX));
        }
        if (type.rank > 0) {
            kinds.addAll(List.of(Kind.SHAPE, Kind.SOFTMAX, Kind.INDEXING));
        }
        if (type != JType.DOUBLE) {
            kinds.add(Kind.PRODUCT);
        }
        if (scope.callable.stream().anyMatch(m -> m.result().type() == type)) {
            kinds.add(Kind.CALL);
        }
        if (scope.gradAllowed && !scope.paramsOf(type).isEmpty()) {
            kinds.addAll(List.of(Kind.GRAD, Kind.GRAD));
        }
        return switch (scope.pick(kinds)) {
            case BINARY -> binary(scope.pick(BINARY), type, depth);
            case UNARY -> unary(scope.pick(UNARY), type, depth);
            case WHERE -> where(type, depth);
            case LOSS -> loss(type, depth);
            case REDUCE -> reduce(type, depth);
            case ARGMAX -> argmax(type, depth);
            case SHAPE -> shape(type, depth);
            case SOFTMAX -> new Apply(spellingOf(type), scope.pick("softmax", "logSoftmax"), type,
                    List.of(generate(type, depth - 1)));
            case PRODUCT -> product(type, depth);
            case INDEXING -> indexing(type, depth);
            case CALL -> call(type, depth);
            case GRAD -> grad(type, depth);
        };
    }

    private enum Kind { BINARY, UNARY, WHERE, LOSS, REDUCE, ARGMAX, SHAPE, SOFTMAX, PRODUCT, CALL, GRAD, INDEXING }

    Expr leaf(JType type) {
        List<Expr.Name> named = scope.named(type);
        if (!named.isEmpty() && (type != JType.DOUBLE || scope.chance(0.7))) {
            return scope.pick(named);
        }
        return switch (type) {
            case DOUBLE -> new Literal(scope.pick(LITERALS), JType.DOUBLE);
            case SCALAR -> new Apply(spellingOf(JType.VECTOR), scope.pick("sum", "mean", "max", "min"), JType.SCALAR,
                    List.of(leaf(scope.named(JType.VECTOR).isEmpty() ? JType.MATRIX : JType.VECTOR)));
            case VECTOR -> scope.named(JType.MATRIX).isEmpty() ? scope.pick(scope.named(JType.VECTOR))
                    : new Apply(spellingOf(JType.MATRIX), "sum", JType.VECTOR, List.of(leaf(JType.MATRIX)),
                            List.of(scope.pick("0", "1")));
            case MATRIX -> new Apply(spellingOf(JType.VECTOR), "outer", JType.MATRIX,
                    List.of(leaf(JType.VECTOR), leaf(JType.VECTOR)));
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    /** A spelling of a T function whose first operand has this type: no methods on primitives. */
    private Spelling spellingOf(JType first) {
        return first.primitive() ? scope.pick(Spelling.STATIC, Spelling.QUALIFIED)
                : scope.pick(Spelling.STATIC, Spelling.QUALIFIED, Spelling.METHOD);
    }

    private Expr binary(String function, JType type, int depth) {
        JType left;
        JType right;
        if (type == JType.DOUBLE) {
            left = JType.DOUBLE;
            right = JType.DOUBLE;
        } else {
            JType other = scope.pick(operandTypes(type.rank));
            boolean swap = scope.chance(0.5);
            left = swap ? other : type;
            right = swap ? type : other;
        }
        Expr a = function.equals("pow") ? positive(left, depth - 1) : generate(left, depth - 1);
        Expr b = function.equals("div") || function.equals("rem") ? positive(right, depth - 1)
                : generate(right, depth - 1);
        return binary(function, type, a, b);
    }

    /** The types of an operand that broadcasts into a result of this rank. */
    private static List<JType> operandTypes(int rank) {
        List<JType> types = new ArrayList<>(List.of(JType.DOUBLE, JType.SCALAR));
        if (rank >= 1) {
            types.add(JType.VECTOR);
        }
        if (rank == 2) {
            types.add(JType.MATRIX);
        }
        return types;
    }

    private Apply binary(String function, JType type, Expr a, Expr b) {
        if (type == JType.DOUBLE) {
            List<Spelling> spellings = new ArrayList<>(List.of(Spelling.STATIC, Spelling.QUALIFIED));
            if (OPERATORS.containsKey(function)) {
                spellings.addAll(List.of(Spelling.INFIX, Spelling.INFIX));
            }
            if (MATH_BINARY.containsKey(function)) {
                spellings.add(Spelling.MATH);
            }
            Spelling s = scope.pick(spellings);
            String name = s == Spelling.INFIX ? OPERATORS.get(function)
                    : s == Spelling.MATH ? MATH_BINARY.get(function) : function;
            return new Apply(s, name, type, List.of(a, b));
        }
        Spelling s = spellingOf(a.type());
        return new Apply(s, s == Spelling.METHOD ? METHODS.get(function) : function, type, List.of(a, b));
    }

    private Expr unary(String function, JType type, int depth) {
        Expr operand = NEEDS_POSITIVE.contains(function) ? positive(type, depth - 1) : generate(type, depth - 1);
        return unary(function, operand);
    }

    private Apply unary(String function, Expr operand) {
        JType type = operand.type();
        if (type == JType.DOUBLE) {
            List<Spelling> spellings = new ArrayList<>(List.of(Spelling.STATIC, Spelling.QUALIFIED));
            if (MATH_UNARY.contains(function)) {
                spellings.add(Spelling.MATH);
            }
            if (function.equals("neg")) {
                spellings.add(Spelling.PREFIX);
            }
            Spelling s = scope.pick(spellings);
            return new Apply(s, s == Spelling.PREFIX ? "-" : function, type, List.of(operand));
        }
        Spelling s = spellingOf(type);
        String name = s == Spelling.METHOD && function.equals("neg") ? scope.pick("neg", "unaryMinus") : function;
        return new Apply(s, name, type, List.of(operand));
    }

    /** An expression of this type whose every element is positive. */
    private Expr positive(JType type, int depth) {
        Expr e = generate(type, depth);
        return switch (scope.random.nextInt(4)) {
            case 0 -> unary("exp", e);
            case 1 -> binary("add", type, unary("square", e), new Literal("0.5", JType.DOUBLE));
            case 2 -> binary("add", type, unary("abs", e), new Literal("1.0", JType.DOUBLE));
            default -> unary("sigmoid", e);
        };
    }

    private Expr where(JType type, int depth) {
        if (type == JType.DOUBLE) {
            String comparison = scope.pick(COMPARISONS);
            List<Expr> compared = List.of(scope.pick(scope.paramsOf(JType.DOUBLE)), generate(JType.DOUBLE, depth - 1));
            Expr condition = scope.chance(0.5)
                    ? new Apply(Spelling.INFIX, COMPARISON_OPERATORS.get(comparison), JType.BOOLEAN, compared)
                    : new Apply(scope.pick(Spelling.STATIC, Spelling.QUALIFIED), comparison, JType.BOOLEAN, compared);
            return new Apply(scope.pick(Spelling.STATIC, Spelling.QUALIFIED), "where", type,
                    List.of(condition, generate(JType.DOUBLE, depth - 1), generate(JType.DOUBLE, depth - 1)));
        }
        // One of condition and branches has the result's rank; the others broadcast into it.
        int full = scope.random.nextInt(3);
        JType conditionType = full == 0 ? type : JType.handle(scope.random.nextInt(type.rank + 1));
        JType compared = scope.pick(operandTypes(conditionType.rank));
        Expr condition = new Apply(spellingOf(conditionType), scope.pick(COMPARISONS), conditionType,
                List.of(generate(conditionType, depth - 1), generate(compared, depth - 1)));
        JType a = full == 1 ? type : scope.pick(operandTypes(type.rank));
        JType b = full == 2 ? type : scope.pick(operandTypes(type.rank));
        return new Apply(scope.pick(Spelling.STATIC, Spelling.QUALIFIED), "where", type,
                List.of(condition, generate(a, depth - 1), generate(b, depth - 1)));
    }

    /**
     * The crossentropies, of probabilities made by sigmoid or softmax of bounded logits: where a
     * probability rounds to 0 or 1, the naive unoptimized graph loses all precision that the stable
     * rewrites keep, and cannot serve as the oracle.
     */
    private Expr loss(JType type, int depth) {
        if (type == JType.MATRIX || type.rank < 2 && scope.chance(0.5)) {
            return new Apply(scope.pick(Spelling.STATIC, Spelling.QUALIFIED), "binaryCrossentropy", type,
                    List.of(unary("sigmoid", bounded(type, depth - 1)), unary("sigmoid", bounded(type, depth - 1))));
        }
        JType rows = JType.handle(type.rank + 1);
        return new Apply(scope.pick(Spelling.STATIC, Spelling.QUALIFIED), "categoricalCrossentropy", type,
                List.of(softmax(bounded(rows, depth - 1)), softmax(bounded(rows, depth - 1))));
    }

    /** An expression in (-4, 4). */
    private Expr bounded(JType type, int depth) {
        return binary("mul", type, unary("tanh", generate(type, depth)), new Literal("4.0", JType.DOUBLE));
    }

    private Expr softmax(Expr e) {
        return new Apply(spellingOf(e.type()), "softmax", e.type(), List.of(e));
    }

    private Expr reduce(JType type, int depth) {
        String function = scope.pick("sum", "mean", "max", "min", "prod", "var", "std", "logSumExp");
        if (type == JType.VECTOR) {
            return new Apply(spellingOf(JType.MATRIX), function, type, List.of(generate(JType.MATRIX, depth - 1)),
                    List.of(scope.pick("0", "1")));
        }
        JType operand = scope.pick(JType.VECTOR, JType.MATRIX);
        List<String> axis = operand == JType.VECTOR && scope.chance(0.3) ? List.of("0") : List.of();
        return new Apply(spellingOf(operand), function, type, List.of(generate(operand, depth - 1)), axis);
    }

    /** An int64 argmax, made float by arithmetic with a float operand, as the DSL's promotion does. */
    private Expr argmax(JType type, int depth) {
        JType operand = type == JType.VECTOR ? JType.MATRIX : scope.pick(JType.VECTOR, JType.MATRIX);
        List<String> axis = type == JType.VECTOR ? List.of(scope.pick("0", "1"))
                : operand == JType.VECTOR && scope.chance(0.3) ? List.of("0") : List.of();
        Expr index = new Apply(spellingOf(operand), scope.pick("argmax", "argmin"), type,
                List.of(generate(operand, depth - 1)), axis);
        return binary(scope.pick("add", "mul"), type, index, generate(scope.pick(operandTypes(type.rank)), depth - 1));
    }

    private Expr shape(JType type, int depth) {
        String n = Integer.toString(scope.size);
        if (type == JType.VECTOR) {
            return new Apply(spellingOf(type), "reshape", type, List.of(generate(type, depth - 1)), List.of(n));
        }
        return switch (scope.random.nextInt(3)) {
            case 0 -> new Apply(spellingOf(type), "transpose", type, List.of(generate(type, depth - 1)));
            case 1 -> new Apply(Spelling.METHOD, "T", type, List.of(generate(type, depth - 1)));
            default -> new Apply(spellingOf(type), "reshape", type, List.of(generate(type, depth - 1)),
                    List.of(scope.pick("-1", n), n));
        };
    }

    private Expr product(JType type, int depth) {
        if (scope.chance(0.3)) {
            return linearAlgebra(type, depth);
        }
        List<JType> operands = switch (type) {
            case SCALAR -> List.of(JType.VECTOR, JType.VECTOR);
            case VECTOR -> scope.pick(List.of(JType.MATRIX, JType.VECTOR), List.of(JType.VECTOR, JType.MATRIX));
            default -> scope.pick(List.of(JType.MATRIX, JType.MATRIX), List.of(JType.VECTOR, JType.VECTOR));
        };
        String function = type == JType.MATRIX && operands.get(0) == JType.VECTOR ? "outer" : "dot";
        return new Apply(spellingOf(operands.get(0)), function, type,
                List.of(generate(operands.get(0), depth - 1), generate(operands.get(1), depth - 1)));
    }

    /** {@code trace} and {@code diag}, which keep the generator's square matrices and their vectors' size. */
    private Expr linearAlgebra(JType type, int depth) {
        Spelling s = scope.pick(Spelling.STATIC, Spelling.QUALIFIED);
        return switch (type) {
            case SCALAR -> new Apply(s, "trace", type, List.of(generate(JType.MATRIX, depth - 1)));
            case VECTOR -> new Apply(s, "diag", type, List.of(generate(JType.MATRIX, depth - 1)));
            default -> new Apply(s, "diag", type, List.of(generate(JType.VECTOR, depth - 1)));
        };
    }

    /**
     * Picks that keep every index in range and every size the generator's: a running sum, and an
     * entry of a matrix's first axis at 0 or -1. (Slices and joins change sizes, which the
     * generator's operands of one size per rank cannot follow.)
     */
    private Expr indexing(JType type, int depth) {
        String axis = type == JType.VECTOR ? scope.pick("0", "-1") : scope.pick("0", "1", "-1");
        if (type == JType.VECTOR && scope.chance(0.5)) {
            return new Apply(spellingOf(JType.MATRIX), "get", type, List.of(generate(JType.MATRIX, depth - 1)),
                    List.of(scope.pick("0", "-1")));
        }
        return new Apply(spellingOf(type), "cumsum", type, List.of(generate(type, depth - 1)), List.of(axis));
    }

    private Expr call(JType type, int depth) {
        Program.Method callee = scope.pick(scope.callable.stream().filter(m -> m.result().type() == type).toList());
        List<Expr> args = callee.params().stream().map(p -> generate(p.type(), depth - 1)).toList();
        return new Apply(Spelling.CALL, callee.name(), type, args);
    }

    /**
     * {@code grad(cost, p)} for a parameter {@code p} of this type that the cost uses; or, a third of
     * the time, the second derivative {@code grad(reduce(grad(cost, p)) + reduce(p * p), p)}, whose
     * added term keeps the outer cost dependent on {@code p} when the first derivative is constant.
     */
    private Expr grad(JType type, int depth) {
        Expr.Name wrt = scope.pick(scope.paramsOf(type));
        Expr first = gradOf(cost(wrt, depth - 1), wrt);
        if (!scope.chance(1.0 / 3)) {
            return first;
        }
        JType outerType = wrt.type() == JType.DOUBLE ? JType.DOUBLE : JType.SCALAR;
        Expr outer = binary("add", outerType, toScalar(first), toScalar(unary("square", wrt)));
        return gradOf(outer, wrt);
    }

    private Expr gradOf(Expr cost, Expr.Name wrt) {
        return new Apply(scope.pick(Spelling.STATIC, Spelling.QUALIFIED), "grad", wrt.type(), List.of(cost, wrt));
    }

    /** A cost of {@code wrt}: Java's overloads take a primitive cost only with a primitive wrt. */
    private Expr cost(Expr.Name wrt, int depth) {
        JType type = costType(wrt);
        Expr cost = generate(type, depth);
        return cost.dependsOn(wrt.name()) ? cost : binary("add", type, cost, toScalar(wrt));
    }

    private JType costType(Expr.Name wrt) {
        return wrt.type() == JType.DOUBLE && scope.chance(0.5) ? JType.DOUBLE : JType.SCALAR;
    }

    private Expr toScalar(Expr e) {
        return e.type().rank == 0 ? e : new Apply(spellingOf(e.type()), scope.pick("sum", "mean"), JType.SCALAR,
                List.of(e));
    }
}
