package dev.symbolon.processor.random;

import dev.symbolon.processor.random.Expr.Apply;
import dev.symbolon.processor.random.Expr.Literal;
import java.util.ArrayList;
import java.util.List;

/**
 * Random int and long expressions on primitives: {@code + - * / %}, unary minus, {@code Math.abs},
 * {@code max}, {@code min}, casts between the two, and calls of earlier integer methods. Java's
 * promotion decides each type, so the same source also compiles as plain Java. Divisors are not kept
 * from zero: where Java throws ArithmeticException, the compiled method must throw it too.
 */
final class IntegerExpressions {
    private static final List<String> INT_LITERALS = List.of("0", "1", "2", "3", "7", "-5", "2147483647",
            "-2147483648");
    private static final List<String> LONG_LITERALS = List.of("1L", "3L", "-7L", "4294967296L",
            "9007199254740993L", "-9223372036854775808L");

    private final Scope scope;

    IntegerExpressions(Scope scope) {
        this.scope = scope;
    }

    Expr generate(JType type, int depth) {
        if (depth <= 0 || scope.chance(0.25)) {
            return leaf(type);
        }
        int kinds = scope.callable.stream().anyMatch(m -> m.result().type() == type) ? 5 : 4;
        return switch (scope.random.nextInt(kinds)) {
            case 0, 1 -> {
                List<JType> operands = operands(type);
                String operator = scope.pick("+", "-", "*", "/", "%");
                Expr right = operator.equals("/") || operator.equals("%") ? divisor(operands.get(1), depth - 1)
                        : generate(operands.get(1), depth - 1);
                yield new Apply(Spelling.INFIX, operator, type, List.of(generate(operands.get(0), depth - 1), right));
            }
            case 2 -> scope.chance(0.5)
                    ? new Apply(Spelling.PREFIX, "-", type, List.of(generate(type, depth - 1)))
                    : new Apply(Spelling.MATH, "abs", type, List.of(generate(type, depth - 1)));
            case 3 -> {
                if (scope.chance(0.5)) {
                    List<JType> operands = operands(type);
                    yield new Apply(Spelling.MATH, scope.pick("max", "min"), type,
                            List.of(generate(operands.get(0), depth - 1), generate(operands.get(1), depth - 1)));
                }
                JType from = type == JType.INT ? JType.LONG : JType.INT;
                yield new Apply(Spelling.CAST, type.source, type, List.of(generate(from, depth - 1)));
            }
            default -> {
                Program.Method callee = scope.pick(
                        scope.callable.stream().filter(m -> m.result().type() == type).toList());
                yield new Apply(Spelling.CALL, callee.name(), type,
                        callee.params().stream().map(p -> generate(p.type(), depth - 1)).toList());
            }
        };
    }

    /**
     * A divisor that reads a parameter, and may be zero: the DSL folds constants (locals holding one
     * too), and rejects a constant division by zero at compile time.
     */
    private Expr divisor(JType type, int depth) {
        Expr e = generate(type, depth);
        if (scope.params.stream().anyMatch(p -> e.mentions(p.name()))) {
            return e;
        }
        List<Expr.Name> params = scope.paramsOf(type);
        return params.isEmpty() ? new Literal(type == JType.INT ? "7" : "7L", type) : scope.pick(params);
    }

    /** Operand types whose binary promotion is {@code type}: an int with a long makes a long. */
    private List<JType> operands(JType type) {
        if (type == JType.INT) {
            return List.of(JType.INT, JType.INT);
        }
        List<JType> types = new ArrayList<>(List.of(JType.LONG, scope.pick(JType.INT, JType.LONG)));
        if (scope.chance(0.5)) {
            java.util.Collections.reverse(types);
        }
        return types;
    }

    Expr leaf(JType type) {
        List<Expr.Name> named = scope.named(type);
        if (!named.isEmpty() && scope.chance(0.7)) {
            return scope.pick(named);
        }
        return new Literal(scope.pick(type == JType.INT ? INT_LITERALS : LONG_LITERALS), type);
    }
}
