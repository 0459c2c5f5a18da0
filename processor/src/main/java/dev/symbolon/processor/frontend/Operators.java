package dev.symbolon.processor.frontend;

import com.sun.source.tree.Tree;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.runtime.DType;
import java.util.Optional;

/**
 * Java's arithmetic and relational operators as the DSL methods they mean, and the arithmetic ones as
 * javac folds them on numbers.
 */
final class Operators {
    private Operators() {}

    /** The DSL method of an arithmetic operator or compound assignment ({@code +} and {@code +=}: plus). */
    static Optional<String> methodName(Tree.Kind kind) {
        return Optional.ofNullable(switch (kind) {
            case PLUS, PLUS_ASSIGNMENT -> "plus";
            case MINUS, MINUS_ASSIGNMENT -> "minus";
            case MULTIPLY, MULTIPLY_ASSIGNMENT -> "times";
            case DIVIDE, DIVIDE_ASSIGNMENT -> "div";
            case REMAINDER, REMAINDER_ASSIGNMENT -> "rem";
            default -> null;
        });
    }

    /** The DSL comparison a Java relational operator means: {@code >} is gt, ... */
    static Optional<String> comparisonName(Tree.Kind kind) {
        return Optional.ofNullable(switch (kind) {
            case LESS_THAN -> "lt";
            case LESS_THAN_EQUAL -> "le";
            case GREATER_THAN -> "gt";
            case GREATER_THAN_EQUAL -> "ge";
            case EQUAL_TO -> "eq";
            case NOT_EQUAL_TO -> "ne";
            default -> null;
        });
    }

    /** For a message: an operator the DSL has no meaning for. */
    static String describe(Tree.Kind kind) {
        return "the operator " + kind.name().toLowerCase().replace('_', ' ');
    }

    /**
     * {@code a name b} on two numbers, with Java's binary numeric promotion and integer arithmetic
     * (exact in long, wrapping to int); empty for an integer division by zero.
     */
    static Optional<Value.Literal> fold(String name, Value.Literal a, Value.Literal b) {
        DType type = javaPromotion(a.javaType(), b.javaType());
        if (type.isFloat()) {
            double x = a.constant(type).value();
            double y = b.constant(type).value();
            double r = switch (name) {
                case "plus" -> x + y;
                case "minus" -> x - y;
                case "times" -> x * y;
                case "div" -> x / y;
                default -> x % y;
            };
            return Optional.of(Value.Literal.of(GraphOps.constant(r, type)));
        }
        long i = a.value().longValue();
        long j = b.value().longValue();
        if (j == 0 && (name.equals("div") || name.equals("rem"))) {
            return Optional.empty();
        }
        long r = switch (name) {
            case "plus" -> i + j;
            case "minus" -> i - j;
            case "times" -> i * j;
            case "div" -> i / j;
            default -> i % j;
        };
        return Optional.of(Value.Literal.of(GraphOps.constant(r, type)));
    }

    /** {@code a name b} for a relational operator on two numbers, compared in Java's promoted type. */
    static boolean compare(String name, Value.Literal a, Value.Literal b) {
        DType type = javaPromotion(a.javaType(), b.javaType());
        if (type.isFloat()) {
            double x = a.constant(type).value();
            double y = b.constant(type).value();
            return switch (name) {
                case "lt" -> x < y;
                case "le" -> x <= y;
                case "gt" -> x > y;
                case "ge" -> x >= y;
                case "eq" -> x == y;
                default -> x != y;
            };
        }
        long i = a.value().longValue();
        long j = b.value().longValue();
        return switch (name) {
            case "lt" -> i < j;
            case "le" -> i <= j;
            case "gt" -> i > j;
            case "ge" -> i >= j;
            case "eq" -> i == j;
            default -> i != j;
        };
    }

    /** {@code -a} on a number, as Java negates it: an int or long wraps at its minimum value. */
    static Value.Literal negate(Value.Literal a) {
        return a.javaType().isFloat() ? Value.Literal.floating(-a.value().doubleValue(), a.javaType())
                : Value.Literal.of(GraphOps.constant(-a.value().longValue(), a.javaType()));
    }

    /** Java's type of an arithmetic operator on operands of these types (binary numeric promotion). */
    static DType javaPromotion(DType a, DType b) {
        for (DType wider : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT64}) {
            if (a == wider || b == wider) {
                return wider;
            }
        }
        return DType.INT32;
    }
}
