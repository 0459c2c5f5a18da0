package dev.symbolon.internal.cuda;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;
import java.util.List;

/**
 * The PTX for one element of one member, with the reference interpreter's results bit for bit (NaN
 * payloads aside) for the arithmetic: every rounding operation carries {@code .rn}, which also keeps
 * ptxas from contracting a multiply and an add into an fma that Java would not do. The transcendental
 * ops are {@link Transcendentals}' sequences, within a few ulp of {@code java.lang.Math}.
 */
final class ElementInstructions {
    /** The ops a kernel computes. */
    static final String SUPPORTED = "neg, abs, sign, square, sqrt, add, sub, mul, div, maximum, minimum, "
            + Transcendentals.SUPPORTED + " and casts between float64 and float32";

    private final PtxRegisters registers;
    private final StringBuilder body;

    ElementInstructions(PtxRegisters registers, StringBuilder body) {
        this.registers = registers;
        this.body = body;
    }

    static boolean supports(Op op) {
        return switch (op) {
            case NEG, ABS, SIGN, SQUARE, SQRT, ADD, SUB, MUL, DIV, MAXIMUM, MINIMUM, CAST -> true;
            default -> Transcendentals.supports(op);
        };
    }

    /** PTX's name for a float dtype's type suffix and register class. */
    static String floatType(DType dtype) {
        return switch (dtype) {
            case FLOAT64 -> "f64";
            case FLOAT32 -> "f32";
            default -> throw new IllegalArgumentException(dtype + " is not a float dtype");
        };
    }

    /** A PTX immediate of {@code dtype} holding {@code value} exactly as the dtype rounds it. */
    static String immediate(double value, DType dtype) {
        return dtype == DType.FLOAT32
                ? String.format("0f%08X", Float.floatToRawIntBits((float) value))
                : String.format("0d%016X", Double.doubleToRawLongBits(value));
    }

    /** Emits {@code member} over its operands' registers (in input order) and returns its register. */
    String emit(Node member, List<String> operands) {
        DType dtype = member.type().dtype();
        String t = floatType(dtype);
        String a = operands.get(0);
        return switch (member.op()) {
            case NEG -> op("neg." + t, t, a);
            case ABS -> op("abs." + t, t, a);
            case SQUARE -> op("mul.rn." + t, t, a, a);
            case SQRT -> op("sqrt.rn." + t, t, a);
            case ADD -> op("add.rn." + t, t, a, operands.get(1));
            case SUB -> op("sub.rn." + t, t, a, operands.get(1));
            case MUL -> op("mul.rn." + t, t, a, operands.get(1));
            case DIV -> op("div.rn." + t, t, a, operands.get(1));
            case MAXIMUM -> extremum(true, dtype, a, operands.get(1));
            case MINIMUM -> extremum(false, dtype, a, operands.get(1));
            case SIGN -> sign(dtype, a);
            case CAST -> cast(member.input(0).type().dtype(), dtype, a);
            default -> transcendental(member.op(), dtype, a);
        };
    }

    private String op(String instruction, String type, String... operands) {
        String result = registers.fresh(type);
        body.append("    ").append(instruction).append(' ').append(result);
        for (String operand : operands) {
            body.append(", ").append(operand);
        }
        body.append(";\n");
        return result;
    }

    /**
     * Java's {@code Math.max}/{@code Math.min}: NaN if either operand is NaN (PTX's max returns the
     * other operand), and of two zeros +0 for max, -0 for min. Equal operands have equal bits except
     * for the zeros, so the and (max) or or (min) of their bits settles the sign without a case.
     */
    String extremum(boolean max, DType dtype, String a, String b) {
        String t = floatType(dtype);
        String bits = dtype == DType.FLOAT64 ? "b64" : "b32";
        String plain = op((max ? "max." : "min.") + t, t, a, b);
        String aBits = op("mov." + bits, bits, a);
        String bBits = op("mov." + bits, bits, b);
        String joined = op((max ? "and." : "or.") + bits, bits, aBits, bBits);
        String tie = op("mov." + bits, t, joined);
        String equal = op("setp.eq." + t, "pred", a, b);
        String ordered = op("selp." + t, t, tie, plain, equal);
        String unordered = op("setp.nan." + t, "pred", a, b);
        String nan = op("add.rn." + t, t, a, b);
        return op("selp." + t, t, nan, ordered, unordered);
    }

    /** Java's {@code Math.signum}: ±1 with the operand's sign, the operand itself for ±0 and NaN. */
    private String sign(DType dtype, String a) {
        String t = floatType(dtype);
        String one = op("mov." + t, t, immediate(1, dtype));
        String signed = op("copysign." + t, t, a, one);
        String zeroOrNan = op("setp.equ." + t, "pred", a, immediate(0, dtype));
        return op("selp." + t, t, a, signed, zeroOrNan);
    }

    /**
     * The op's float64 sequence; float32 widens, computes in float64 and rounds once, as the
     * interpreter and generated code compute float32 functions, so the element matches theirs
     * except where the float64 results straddle a float32 rounding boundary.
     */
    private String transcendental(Op op, DType dtype, String a) {
        if (!Transcendentals.supports(op)) {
            throw new IllegalStateException(op + " has no PTX; supports() should have refused it");
        }
        MathProgram program = Transcendentals.program(op);
        if (dtype == DType.FLOAT64) {
            return MathProgramPtx.emit(program, a, registers, body);
        }
        String wide = op("cvt.f64.f32", "f64", a);
        return op("cvt.rn.f32.f64", "f32", MathProgramPtx.emit(program, wide, registers, body));
    }

    private String cast(DType from, DType to, String a) {
        if (from == to) {
            return a;
        }
        return to == DType.FLOAT32 ? op("cvt.rn.f32.f64", "f32", a) : op("cvt.f64.f32", "f64", a);
    }
}
