package dev.symbolon.internal.cuda;

import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One kernel's text as it is written: the parameter list, shared arrays, virtual registers and body,
 * put together by {@link #text()} with the header every kernel has ({@code .version 7.0} /
 * {@code .target sm_70}: the newest ISA every CUDA 11-13 driver accepts, JIT-compiled from Volta on).
 */
final class PtxWriter {
    final PtxRegisters registers;
    final StringBuilder body;
    private final String entry;
    private final List<String> parameters = new ArrayList<>();
    private final StringBuilder shared = new StringBuilder();
    private int labels;

    PtxWriter(String entry) {
        this(entry, new PtxRegisters(), new StringBuilder());
    }

    /** A writer appending to another emitter's registers and body, for a part of its kernel. */
    PtxWriter(String entry, PtxRegisters registers, StringBuilder body) {
        this.registers = registers;
        this.body = body;
        if (!entry.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("kernel name " + entry + " is not a PTX identifier");
        }
        this.entry = entry;
    }

    String entry() {
        return entry;
    }

    /** Appends {@code instruction result, operands...} with a fresh result register of {@code type}. */
    String op(String instruction, String type, String... operands) {
        String result = registers.fresh(type);
        StringBuilder line = new StringBuilder(instruction).append(' ').append(result);
        for (String operand : operands) {
            line.append(", ").append(operand);
        }
        return line(line.toString(), result);
    }

    /** Appends one instruction (no semicolon) and returns {@code value}, for chaining. */
    String line(String instruction, String value) {
        body.append("    ").append(instruction).append(";\n");
        return value;
    }

    void line(String instruction) {
        body.append("    ").append(instruction).append(";\n");
    }

    String label(String hint) {
        return hint.toUpperCase() + "_" + labels++;
    }

    void place(String label) {
        body.append(label).append(":\n");
    }

    void branchIf(String predicate, String label) {
        line("@" + predicate + " bra " + label);
    }

    void branch(String label) {
        line("bra.uni " + label);
    }

    /** A {@code .u64} parameter's value. */
    String sizeParameter(String name) {
        String param = parameter(name);
        return op("ld.param.u64", "b64", "[" + param + "]");
    }

    /** A pointer parameter, converted to the global window. */
    String pointerParameter(String name) {
        String generic = op("ld.param.u64", "b64", "[" + parameter(name) + "]");
        return op("cvta.to.global.u64", "b64", generic);
    }

    /** A {@code .shared} array of {@code bytes}, aligned to 8; returns its name. */
    String sharedArray(String name, int bytes) {
        shared.append("    .shared .align 8 .b8 ").append(name).append('[').append(bytes).append("];\n");
        return name;
    }

    /** The address of element {@code index} (b64) of 2^{@code shift}-byte elements at {@code base}. */
    String address(String base, String index, int shift) {
        String offset = op("shl.b64", "b64", index, Integer.toString(shift));
        return op("add.s64", "b64", base, offset);
    }

    /** A special register ({@code %tid.x}...) widened to b64. */
    String special64(String special) {
        String narrow = op("mov.u32", "b32", special);
        return op("cvt.u64.u32", "b64", narrow);
    }

    /** {@code for (i = start; i < end; i += step) body(i)} over b64 registers; the body may not branch out. */
    void loop(String start, String end, String step, Consumer<String> body) {
        String top = label("loop");
        String done = label("done");
        String i = op("mov.u64", "b64", start);
        String over = registers.fresh("pred");
        line("setp.ge.u64 " + over + ", " + i + ", " + end);
        branchIf(over, done);
        place(top);
        body.accept(i);
        line("add.u64 " + i + ", " + i + ", " + step);
        line("setp.lt.u64 " + over + ", " + i + ", " + end);
        branchIf(over, top);
        place(done);
    }

    /** Every element of the grid: {@code i} from the thread's global index by the grid's thread count. */
    void gridLoop(String end, Consumer<String> body) {
        String ntid = op("mov.u32", "b32", "%ntid.x");
        String start = op("mad.wide.u32", "b64", op("mov.u32", "b32", "%ctaid.x"), ntid, "0");
        start = op("add.s64", "b64", start, special64("%tid.x"));
        String step = op("mul.wide.u32", "b64", op("mov.u32", "b32", "%nctaid.x"), ntid);
        loop(start, end, step, body);
    }

    /** Every element of a row of the block: {@code t} from the thread index by the block size. */
    void blockLoop(String end, Consumer<String> body) {
        loop(special64("%tid.x"), end, special64("%ntid.x"), body);
    }

    /** {@code value} (f64 or f32 in a register of that type) as f64. */
    String widen(String value, DType dtype) {
        return dtype == DType.FLOAT64 ? value : op("cvt.f64.f32", "f64", value);
    }

    /** Loads element {@code index} of a float array of {@code dtype} as f64. */
    String loadAsDouble(String base, String index, DType dtype) {
        String t = ElementInstructions.floatType(dtype);
        String value = op("ld.global." + t, t, "[" + address(base, index, shift(dtype)) + "]");
        return widen(value, dtype);
    }

    /** Stores the f64 {@code value} as element {@code index} of a float array of {@code dtype}, rounded once. */
    void storeFromDouble(String base, String index, String value, DType dtype) {
        String t = ElementInstructions.floatType(dtype);
        String narrow = dtype == DType.FLOAT64 ? value : op("cvt.rn.f32.f64", "f32", value);
        line("st.global." + t + " [" + address(base, index, shift(dtype)) + "], " + narrow);
    }

    static int shift(DType dtype) {
        return dtype == DType.FLOAT64 ? 3 : 2;
    }

    /** The {@code .shared} declarations so far, for a kernel whose text another emitter assembles. */
    String sharedDeclarations() {
        return shared.toString();
    }

    String text() {
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < parameters.size(); i++) {
            params.append(i == 0 ? "    " : ",\n    ").append(".param .u64 ").append(parameters.get(i));
        }
        return ".version 7.0\n.target sm_70\n.address_size 64\n\n"
                + ".visible .entry " + entry + "(\n" + params + "\n)\n{\n"
                + shared + registers.declarations() + "\n" + body + "    ret;\n}\n";
    }

    private String parameter(String name) {
        String param = entry + "_" + name;
        parameters.add(param);
        return param;
    }
}
