package dev.symbolon.internal.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.runtime.DType;
import java.util.List;

/**
 * The Java expression computing one element of an elementwise op from its operands' elements. Java's
 * operators where they mean the op, {@code java.lang.Math} or {@code ScalarMath} otherwise; float32
 * functions compute in double and round back. Operands are simple (a local, an array element, a
 * parenthesized literal) and the result is only ever assigned, so no precedence question arises.
 */
final class ScalarExpressions {
    private ScalarExpressions() {}

    static CodeBlock of(Node node, List<String> operands) {
        DType dtype = node.type().dtype();
        String a = operands.get(0);
        String b = operands.size() > 1 ? operands.get(1) : null;
        return switch (node.op()) {
            case NEG -> CodeBlock.of("-$L", a);
            case ABS -> CodeBlock.of("Math.abs($L)", a);
            case SIGN -> CodeBlock.of(switch (dtype) {
                case INT32 -> "Integer.signum($L)";
                case INT64 -> "Long.signum($L)";
                case BOOL, FLOAT32, FLOAT64 -> "Math.signum($L)";
            }, a);
            case SQUARE -> CodeBlock.of("$L * $L", a, a);
            case SQRT -> math(dtype, "Math.sqrt", a);
            case EXP -> math(dtype, "Math.exp", a);
            case EXPM1 -> math(dtype, "Math.expm1", a);
            case LOG -> math(dtype, "Math.log", a);
            case LOG1P -> math(dtype, "Math.log1p", a);
            case TANH -> math(dtype, "Math.tanh", a);
            case SIN -> math(dtype, "Math.sin", a);
            case COS -> math(dtype, "Math.cos", a);
            case SIGMOID -> roundIfFloat32(dtype, CodeBlock.of("$T.sigmoid($L)", JavaTypes.SCALAR_MATH, a));
            case SOFTPLUS -> roundIfFloat32(dtype, CodeBlock.of("$T.softplus($L)", JavaTypes.SCALAR_MATH, a));
            case CAST -> cast(node.input(0).type().dtype(), dtype, a);
            case ADD -> CodeBlock.of("$L + $L", a, b);
            case SUB -> CodeBlock.of("$L - $L", a, b);
            case MUL -> CodeBlock.of("$L * $L", a, b);
            // Java's / divides floats and truncates integers, throwing ArithmeticException on a zero divisor
            case DIV, QUOTIENT -> CodeBlock.of("$L / $L", a, b);
            case REM -> CodeBlock.of("$L % $L", a, b);
            case POW -> roundIfFloat32(dtype, CodeBlock.of("Math.pow($L, $L)", a, b));
            case MAXIMUM -> CodeBlock.of("Math.max($L, $L)", a, b);
            case MINIMUM -> CodeBlock.of("Math.min($L, $L)", a, b);
            case GT -> compare(node, ">", a, b);
            case GE -> compare(node, ">=", a, b);
            case LT -> compare(node, "<", a, b);
            case LE -> compare(node, "<=", a, b);
            case EQ -> CodeBlock.of("$L == $L", a, b);
            case NE -> CodeBlock.of("$L != $L", a, b);
            case WHERE -> CodeBlock.of("$L ? $L : $L", a, b, operands.get(2));
            case FLOOR -> math(dtype, "Math.floor", a);
            case CEIL -> math(dtype, "Math.ceil", a);
            case ROUND -> math(dtype, "Math.rint", a);
            case ERF -> roundIfFloat32(dtype, CodeBlock.of("$T.erf($L)", JavaTypes.SCALAR_MATH, a));
            case LOG2 -> roundIfFloat32(dtype, CodeBlock.of("$T.log2($L)", JavaTypes.SCALAR_MATH, a));
            case LOG10 -> math(dtype, "Math.log10", a);
            case PROD, ARGMIN, CUMSUM, JACOBIAN, CONV2D, CONV2D_INPUT_GRAD, CONV2D_FILTER_GRAD, MAX_POOL2D,
                 MAX_POOL2D_GRAD, AVG_POOL2D, AVG_POOL2D_GRAD ->
                    throw new IllegalStateException("bug in Symbolon: " + node.op() + " is not elementwise");
            case INPUT, SHARED, CONSTANT, SUM, MEAN, MAX, MIN, SUPREMUM, ARGMAX, DOT, OUTER, TRANSPOSE, RESHAPE,
                 RESHAPE_LIKE, BROADCAST_LIKE, SIZE, SOFTMAX, LOG_SOFTMAX, TAKE, SCATTER_ADD, TAKE_ALONG_AXIS,
                 SCATTER_ADD_ALONG_AXIS, SLICE, SCATTER_SLICE, CONCATENATE, ARANGE ->
                    throw new IllegalStateException("bug in Symbolon: " + node.op() + " is not elementwise");
            case UNIFORM, NORMAL, BERNOULLI ->
                    throw new IllegalStateException("bug in Symbolon: " + node.op() + " is not elementwise");
        };
    }

    private static CodeBlock math(DType dtype, String function, String a) {
        return roundIfFloat32(dtype, CodeBlock.of("$L($L)", function, a));
    }

    private static CodeBlock roundIfFloat32(DType dtype, CodeBlock doubleExpression) {
        return dtype == DType.FLOAT32 ? CodeBlock.of("(float) $L", doubleExpression) : doubleExpression;
    }

    /** Java orders numbers but not booleans, so bool operands compare as 0 and 1. */
    private static CodeBlock compare(Node node, String operator, String a, String b) {
        if (node.input(0).type().dtype() == DType.BOOL) {
            return CodeBlock.of("($L ? 1 : 0) $L ($L ? 1 : 0)", a, operator, b);
        }
        return CodeBlock.of("$L $L $L", a, operator, b);
    }

    /** Java's primitive casts, which are the op's semantics, plus the bool conversions Java lacks. */
    private static CodeBlock cast(DType from, DType to, String a) {
        if (to == DType.BOOL) {
            return CodeBlock.of("$L != 0", a);
        }
        if (from == DType.BOOL) {
            return CodeBlock.of("$L ? $L : $L", a, JavaTypes.literal(1, to), JavaTypes.literal(0, to));
        }
        return CodeBlock.of("($T) $L", JavaTypes.primitive(to), a);
    }
}
