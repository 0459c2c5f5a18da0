package dev.symbolon.internal.cuda;

import dev.symbolon.internal.cuda.MathProgram.Step;
import java.util.List;

/**
 * Writes a {@link MathProgram} as PTX into a kernel body: one instruction per step, every float one
 * {@code .rn} (so ptxas neither contracts nor approximates), each value in a fresh virtual register.
 */
final class MathProgramPtx {
    private MathProgramPtx() {
    }

    /** Emits {@code program} on the f64 register {@code argument}; returns the result's register. */
    static String emit(MathProgram program, String argument, PtxRegisters registers, StringBuilder body) {
        List<Step> steps = program.steps();
        String[] reg = new String[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.kind() == MathProgram.Kind.ARGUMENT) {
                reg[i] = argument;
                continue;
            }
            reg[i] = registers.fresh(switch (s.type()) {
                case F64 -> "f64";
                case S32 -> "b32";
                case PRED -> "pred";
            });
            String[] o = s.operands().stream().map(v -> reg[v.index()]).toArray(String[]::new);
            // mov.b64 splits a double into both words; the one not asked for goes to a scratch register
            String scratch = s.kind() == MathProgram.Kind.HI || s.kind() == MathProgram.Kind.LO
                    ? registers.fresh("b32") : null;
            body.append("    ").append(instruction(s, reg[i], o, scratch)).append(";\n");
        }
        return reg[program.result().index()];
    }

    private static String instruction(Step s, String d, String[] o, String scratch) {
        return switch (s.kind()) {
            case ARGUMENT -> throw new IllegalStateException("the argument has no instruction");
            case F64_CONSTANT -> "mov.f64 " + d + ", " + String.format("0d%016X", s.constant());
            case S32_CONSTANT -> "mov.b32 " + d + ", " + String.format("0x%08X", (int) s.constant());
            case FMA -> "fma.rn.f64 " + d + ", " + o[0] + ", " + o[1] + ", " + o[2];
            case ADD -> "add.rn.f64 " + d + ", " + o[0] + ", " + o[1];
            case SUB -> "sub.rn.f64 " + d + ", " + o[0] + ", " + o[1];
            case MUL -> "mul.rn.f64 " + d + ", " + o[0] + ", " + o[1];
            case DIV -> "div.rn.f64 " + d + ", " + o[0] + ", " + o[1];
            case NEG -> "neg.f64 " + d + ", " + o[0];
            case ABS -> "abs.f64 " + d + ", " + o[0];
            // PTX's copysign takes the sign from its first operand
            case COPYSIGN -> "copysign.f64 " + d + ", " + o[1] + ", " + o[0];
            case HI -> "mov.b64 {" + scratch + ", " + d + "}, " + o[0];
            case LO -> "mov.b64 {" + d + ", " + scratch + "}, " + o[0];
            case WORDS -> "mov.b64 " + d + ", {" + o[0] + ", " + o[1] + "}";
            case IADD -> "add.s32 " + d + ", " + o[0] + ", " + o[1];
            case ISUB -> "sub.s32 " + d + ", " + o[0] + ", " + o[1];
            case SHL -> "shl.b32 " + d + ", " + o[0] + ", " + o[1];
            case SHR_SIGNED -> "shr.s32 " + d + ", " + o[0] + ", " + o[1];
            case SHR_UNSIGNED -> "shr.u32 " + d + ", " + o[0] + ", " + o[1];
            case AND -> "and.b32 " + d + ", " + o[0] + ", " + o[1];
            case OR -> "or.b32 " + d + ", " + o[0] + ", " + o[1];
            case XOR -> "xor.b32 " + d + ", " + o[0] + ", " + o[1];
            case COMPARE_F64 -> "setp." + s.compare().ptx() + ".f64 " + d + ", " + o[0] + ", " + o[1];
            case COMPARE_SIGNED -> "setp." + s.compare().ptx() + ".s32 " + d + ", " + o[0] + ", " + o[1];
            case COMPARE_UNSIGNED -> "setp." + s.compare().ptx() + ".u32 " + d + ", " + o[0] + ", " + o[1];
            case SELECT_F64 -> "selp.f64 " + d + ", " + o[1] + ", " + o[2] + ", " + o[0];
            case SELECT_S32 -> "selp.b32 " + d + ", " + o[1] + ", " + o[2] + ", " + o[0];
        };
    }
}
