package dev.symbolon.internal.cuda;

import java.util.ArrayList;
import java.util.List;

/**
 * A straight-line program of IEEE float64, 32-bit integer and predicate operations: one argument, one
 * result, no branches (edge cases are computed beside the main path and selected). It is the single
 * description of a math function's instruction sequence, which {@link MathProgramPtx} writes as PTX and
 * {@link MathProgramModel} executes in Java with the same constants, so the Java model is what the GPU
 * computes: every float operation is correctly rounded ({@code .rn}), as Java's are.
 */
final class MathProgram {
    enum Type { F64, S32, PRED }

    enum Kind {
        ARGUMENT, F64_CONSTANT, S32_CONSTANT,
        FMA, ADD, SUB, MUL, DIV, NEG, ABS, COPYSIGN,
        HI, LO, WORDS,
        IADD, ISUB, SHL, SHR_SIGNED, SHR_UNSIGNED, AND, OR, XOR,
        COMPARE_F64, COMPARE_SIGNED, COMPARE_UNSIGNED,
        SELECT_F64, SELECT_S32
    }

    /** PTX comparison operators; the {@code U} forms are also true when an operand is NaN. */
    enum Compare {
        LT, LE, GT, GE, EQ, NE, LTU, GEU, GTU, NAN;

        String ptx() {
            return name().toLowerCase();
        }
    }

    record Value(int index, Type type) {}

    /** One operation; {@code constant} holds a constant's bits, {@code compare} a comparison's operator. */
    record Step(Kind kind, Type type, List<Value> operands, long constant, Compare compare) {}

    private final List<Step> steps = new ArrayList<>();
    private Value result;

    MathProgram() {
        add(Kind.ARGUMENT, Type.F64, List.of(), 0, null);
    }

    List<Step> steps() {
        return steps;
    }

    Value argument() {
        return new Value(0, Type.F64);
    }

    Value result() {
        if (result == null) {
            throw new IllegalStateException("the program has no result yet");
        }
        return result;
    }

    MathProgram returning(Value value) {
        require(value, Type.F64);
        result = value;
        return this;
    }

    Value constant(double value) {
        return add(Kind.F64_CONSTANT, Type.F64, List.of(), Double.doubleToRawLongBits(value), null);
    }

    Value constantBits(long bits) {
        return add(Kind.F64_CONSTANT, Type.F64, List.of(), bits, null);
    }

    Value constant(int value) {
        return add(Kind.S32_CONSTANT, Type.S32, List.of(), value, null);
    }

    Value fma(Value a, Value b, Value c) {
        return f64(Kind.FMA, a, b, c);
    }

    Value add(Value a, Value b) {
        return f64(Kind.ADD, a, b);
    }

    Value sub(Value a, Value b) {
        return f64(Kind.SUB, a, b);
    }

    Value mul(Value a, Value b) {
        return f64(Kind.MUL, a, b);
    }

    Value div(Value a, Value b) {
        return f64(Kind.DIV, a, b);
    }

    Value neg(Value a) {
        return f64(Kind.NEG, a);
    }

    Value abs(Value a) {
        return f64(Kind.ABS, a);
    }

    /** {@code magnitude} with the sign bit of {@code sign}. */
    Value copySign(Value magnitude, Value sign) {
        return f64(Kind.COPYSIGN, magnitude, sign);
    }

    /** The high 32 bits of a double (sign, exponent, top of the fraction). */
    Value hi(Value a) {
        require(a, Type.F64);
        return add(Kind.HI, Type.S32, List.of(a), 0, null);
    }

    Value lo(Value a) {
        require(a, Type.F64);
        return add(Kind.LO, Type.S32, List.of(a), 0, null);
    }

    /** The double whose bits are {@code hi:lo}. */
    Value words(Value lo, Value hi) {
        require(lo, Type.S32);
        require(hi, Type.S32);
        return add(Kind.WORDS, Type.F64, List.of(lo, hi), 0, null);
    }

    Value iadd(Value a, Value b) {
        return s32(Kind.IADD, a, b);
    }

    Value isub(Value a, Value b) {
        return s32(Kind.ISUB, a, b);
    }

    Value shl(Value a, int bits) {
        return s32(Kind.SHL, a, constant(bits));
    }

    Value shrSigned(Value a, int bits) {
        return s32(Kind.SHR_SIGNED, a, constant(bits));
    }

    Value shrUnsigned(Value a, int bits) {
        return s32(Kind.SHR_UNSIGNED, a, constant(bits));
    }

    Value and(Value a, int mask) {
        return s32(Kind.AND, a, constant(mask));
    }

    Value or(Value a, int mask) {
        return s32(Kind.OR, a, constant(mask));
    }

    Value xor(Value a, int mask) {
        return s32(Kind.XOR, a, constant(mask));
    }

    Value compare(Compare compare, Value a, Value b) {
        require(a, Type.F64);
        require(b, Type.F64);
        return add(Kind.COMPARE_F64, Type.PRED, List.of(a, b), 0, compare);
    }

    Value compareSigned(Compare compare, Value a, int b) {
        return integerCompare(Kind.COMPARE_SIGNED, compare, a, b);
    }

    Value compareUnsigned(Compare compare, Value a, int b) {
        return integerCompare(Kind.COMPARE_UNSIGNED, compare, a, b);
    }

    /** {@code condition ? ifTrue : ifFalse}, for doubles or integers. */
    Value select(Value condition, Value ifTrue, Value ifFalse) {
        require(condition, Type.PRED);
        if (ifTrue.type() != ifFalse.type()) {
            throw new IllegalArgumentException("select between " + ifTrue.type() + " and " + ifFalse.type());
        }
        Kind kind = ifTrue.type() == Type.F64 ? Kind.SELECT_F64 : Kind.SELECT_S32;
        return add(kind, ifTrue.type(), List.of(condition, ifTrue, ifFalse), 0, null);
    }

    /** {@code c[0]·x^(n-1) + ... + c[n-1]} by Horner's rule, one fma per coefficient after the first. */
    Value horner(long[] coefficientBits, Value x) {
        Value p = constantBits(coefficientBits[0]);
        for (int k = 1; k < coefficientBits.length; k++) {
            p = fma(p, x, constantBits(coefficientBits[k]));
        }
        return p;
    }

    private Value integerCompare(Kind kind, Compare compare, Value a, int b) {
        if (compare.ordinal() > Compare.NE.ordinal()) {
            throw new IllegalArgumentException(compare + " compares floats only");
        }
        require(a, Type.S32);
        return add(kind, Type.PRED, List.of(a, constant(b)), 0, compare);
    }

    private Value f64(Kind kind, Value... operands) {
        for (Value operand : operands) {
            require(operand, Type.F64);
        }
        return add(kind, Type.F64, List.of(operands), 0, null);
    }

    private Value s32(Kind kind, Value a, Value b) {
        require(a, Type.S32);
        require(b, Type.S32);
        return add(kind, Type.S32, List.of(a, b), 0, null);
    }

    private Value add(Kind kind, Type type, List<Value> operands, long constant, Compare compare) {
        steps.add(new Step(kind, type, operands, constant, compare));
        return new Value(steps.size() - 1, type);
    }

    private static void require(Value value, Type type) {
        if (value.type() != type) {
            throw new IllegalArgumentException("operand " + value.index() + " is " + value.type() + ", not " + type);
        }
    }
}
