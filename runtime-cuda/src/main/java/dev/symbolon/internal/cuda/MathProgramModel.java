package dev.symbolon.internal.cuda;

import dev.symbolon.internal.cuda.MathProgram.Step;
import java.util.List;

/**
 * Executes a {@link MathProgram} in Java, step by step as the GPU does: {@code Math.fma} for
 * {@code fma.rn.f64}, Java's correctly rounded {@code + - * /} for the {@code .rn} instructions, and
 * the same bit manipulations, so the model's result has the kernel's bits (NaN payloads aside).
 */
final class MathProgramModel {
    private final Step[] steps;
    private final int result;

    MathProgramModel(MathProgram program) {
        this.steps = program.steps().toArray(Step[]::new);
        this.result = program.result().index();
    }

    double apply(double x) {
        long[] v = new long[steps.length];
        for (int i = 0; i < steps.length; i++) {
            v[i] = step(steps[i], v, x);
        }
        return d(v[result]);
    }

    private static long step(Step s, long[] v, double x) {
        List<MathProgram.Value> o = s.operands();
        return switch (s.kind()) {
            case ARGUMENT -> bits(x);
            case F64_CONSTANT -> s.constant();
            case S32_CONSTANT -> (int) s.constant();
            case FMA -> bits(Math.fma(d(v[o.get(0).index()]), d(v[o.get(1).index()]), d(v[o.get(2).index()])));
            case ADD -> bits(f(v, o, 0) + f(v, o, 1));
            case SUB -> bits(f(v, o, 0) - f(v, o, 1));
            case MUL -> bits(f(v, o, 0) * f(v, o, 1));
            case DIV -> bits(f(v, o, 0) / f(v, o, 1));
            case NEG -> v[o.get(0).index()] ^ Long.MIN_VALUE;
            case ABS -> v[o.get(0).index()] & Long.MAX_VALUE;
            case COPYSIGN -> v[o.get(0).index()] & Long.MAX_VALUE | v[o.get(1).index()] & Long.MIN_VALUE;
            case HI -> (int) (v[o.get(0).index()] >>> 32);
            case LO -> (int) v[o.get(0).index()];
            case WORDS -> ((long) i(v, o, 1) << 32) | (i(v, o, 0) & 0xFFFFFFFFL);
            case IADD -> i(v, o, 0) + i(v, o, 1);
            case ISUB -> i(v, o, 0) - i(v, o, 1);
            case SHL -> i(v, o, 0) << i(v, o, 1);
            case SHR_SIGNED -> i(v, o, 0) >> i(v, o, 1);
            case SHR_UNSIGNED -> i(v, o, 0) >>> i(v, o, 1);
            case AND -> i(v, o, 0) & i(v, o, 1);
            case OR -> i(v, o, 0) | i(v, o, 1);
            case XOR -> i(v, o, 0) ^ i(v, o, 1);
            case COMPARE_F64 -> truth(compare(s.compare(), f(v, o, 0), f(v, o, 1)));
            case COMPARE_SIGNED -> truth(compareIntegers(s.compare(), Integer.compare(i(v, o, 0), i(v, o, 1))));
            case COMPARE_UNSIGNED -> truth(compareIntegers(s.compare(), Integer.compareUnsigned(i(v, o, 0), i(v, o, 1))));
            case SELECT_F64, SELECT_S32 -> v[o.get(0).index()] != 0 ? v[o.get(1).index()] : v[o.get(2).index()];
        };
    }

    /** PTX's setp on doubles: the ordered operators are false on NaN, the {@code U} ones true. */
    private static boolean compare(MathProgram.Compare compare, double a, double b) {
        boolean unordered = Double.isNaN(a) || Double.isNaN(b);
        return switch (compare) {
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
            case EQ -> a == b;
            case NE -> !unordered && a != b;
            case LTU -> unordered || a < b;
            case GEU -> unordered || a >= b;
            case GTU -> unordered || a > b;
            case NAN -> unordered;
        };
    }

    private static boolean compareIntegers(MathProgram.Compare compare, int order) {
        return switch (compare) {
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            case GE -> order >= 0;
            case EQ -> order == 0;
            case NE -> order != 0;
            default -> throw new IllegalStateException(compare + " on integers");
        };
    }

    private static double f(long[] v, List<MathProgram.Value> o, int k) {
        return d(v[o.get(k).index()]);
    }

    private static int i(long[] v, List<MathProgram.Value> o, int k) {
        return (int) v[o.get(k).index()];
    }

    private static long truth(boolean b) {
        return b ? 1 : 0;
    }

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    private static double d(long bits) {
        return Double.longBitsToDouble(bits);
    }
}
