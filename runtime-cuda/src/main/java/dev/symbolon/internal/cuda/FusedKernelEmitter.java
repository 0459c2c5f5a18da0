package dev.symbolon.internal.cuda;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.schedule.FusedGroup;
import dev.symbolon.internal.schedule.FusionPlanner;
import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes one PTX kernel for a {@link FusedGroup} of elementwise members: a grid-stride loop with one
 * thread per element that loads the group's operands from global memory, computes every member in
 * registers and stores the materialized ones.
 *
 * <p>The header is {@code .version 7.0} / {@code .target sm_70}: the newest ISA every CUDA 11, 12
 * and 13 driver accepts, and a target that JIT-compiles for every GPU from Volta on.
 *
 * <p>Operands from outside the group are rank-0 constants (immediates), other rank-0 values (read once
 * from element 0) and values of the group's own shape pattern (read at the thread's element). Anything
 * else (a reduction in the group, a transcendental op, a dtype other than float64/float32, an operand
 * broadcast along some dimensions) is an {@link UnsupportedKernelException}. The loop assumes every
 * element operand has the group's element count; checking dimensions is the executor's, before launch.
 */
public final class FusedKernelEmitter {
    private final FusedGroup group;
    private final String name;
    private final Set<Node> members = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Node, String> registerOf = new IdentityHashMap<>();
    private final List<Node> scalarInputs = new ArrayList<>();
    private final List<Node> elementInputs = new ArrayList<>();
    private final Set<Node> outside = Collections.newSetFromMap(new IdentityHashMap<>());
    private final PtxRegisters registers = new PtxRegisters();
    private String ntidRegister;

    private FusedKernelEmitter(FusedGroup group, String name) {
        this.group = group;
        this.name = name;
        members.addAll(group.members());
    }

    /** The kernel for {@code group}, which accumulates no reduction, with entry {@code name} (a PTX identifier). */
    public static PtxKernel emit(FusedGroup group, String name) {
        if (!group.reductions().isEmpty()) {
            throw new UnsupportedKernelException("the group accumulates " + group.reductions().get(0).describe()
                    + " in its loop; such a group takes a second launch per reduction (launches())");
        }
        return new FusedKernelEmitter(group, requireIdentifier(name)).emit();
    }

    /**
     * The launches computing {@code group}: its kernel ({@code name}, STRIDED, {@value #BLOCK} threads:
     * n, the inputs, the outputs, then scratch {@code values<k>} per reduction, where each block
     * leaves its float64 partial sum of reduction k), and per reduction k {@code name_finish<k>}
     * (ONE_BLOCK: partials = the first launch's block count, scratch {@code values<k>}, the
     * reduction's output, and n for a mean). Without reductions it is the one kernel of {@link #emit}.
     */
    public static List<KernelLaunch> launches(FusedGroup group, String name) {
        FusedKernelEmitter emitter = new FusedKernelEmitter(group, requireIdentifier(name));
        PtxKernel kernel = emitter.emit();
        List<KernelLaunch.Argument> arguments = new ArrayList<>();
        arguments.add(KernelLaunch.Argument.size("n"));
        kernel.inputs().forEach(input -> arguments.add(KernelLaunch.Argument.input(input)));
        kernel.outputs().forEach(output -> arguments.add(KernelLaunch.Argument.output(output)));
        List<KernelLaunch> launches = new ArrayList<>();
        for (int k = 0; k < group.reductions().size(); k++) {
            Node reduction = group.reductions().get(k);
            arguments.add(KernelLaunch.Argument.scratch("values" + k, reduction));
            launches.add(ReductionKernelEmitter.finish(name + "_finish" + k, reduction.op(), reduction, "values" + k));
        }
        launches.add(0, new KernelLaunch(name, kernel.text(), arguments, KernelLaunch.Grid.STRIDED, BLOCK));
        return launches;
    }

    /** Threads per block: a multiple of 32, as the block sums of groups with reductions need. */
    static final int BLOCK = 256;

    private static String requireIdentifier(String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("kernel name " + name + " is not a PTX identifier");
        }
        return name;
    }

    private PtxKernel emit() {
        List<Node> outputs = new ArrayList<>();
        for (Node member : group.members()) {
            check(member);
            if (group.materialized().contains(member)) {
                outputs.add(member);
            }
        }
        for (Node reduction : group.reductions()) {
            Node summed = reduction.input(0);
            if (!members.contains(summed) && outside.add(summed)) {
                requireFloat(summed);
                elementInputs.add(summed);
            }
        }
        List<Node> inputs = new ArrayList<>(scalarInputs);
        inputs.addAll(elementInputs);

        StringBuilder prologue = new StringBuilder();
        StringBuilder loop = new StringBuilder();
        String n = registers.fresh("b64");
        prologue.append("    ld.param.u64 ").append(n).append(", [").append(name).append("_n];\n");
        Map<Node, String> pointers = new IdentityHashMap<>();
        for (int k = 0; k < inputs.size(); k++) {
            pointers.put(inputs.get(k), pointer(prologue, "in" + k));
        }
        List<String> outputPointers = new ArrayList<>();
        for (int k = 0; k < outputs.size(); k++) {
            outputPointers.add(pointer(prologue, "out" + k));
        }
        for (Node scalar : scalarInputs) {
            String t = ElementInstructions.floatType(scalar.type().dtype());
            String value = registers.fresh(t);
            prologue.append("    ld.global.").append(t).append(' ').append(value).append(", [")
                    .append(pointers.get(scalar)).append("];\n");
            registerOf.put(scalar, value);
        }
        String index = threadIndex(prologue);
        String stride = registers.fresh("b64");
        String blocks = registers.fresh("b32");
        prologue.append("    mov.u32 ").append(blocks).append(", %nctaid.x;\n");
        prologue.append("    mul.wide.u32 ").append(stride).append(", ").append(blocks).append(", ").append(ntidRegister).append(";\n");

        Map<Integer, String> offsets = new TreeMap<>();
        for (Node input : elementInputs) {
            String t = ElementInstructions.floatType(input.type().dtype());
            String address = address(loop, offsets, index, pointers.get(input), input.type().dtype());
            String value = registers.fresh(t);
            loop.append("    ld.global.").append(t).append(' ').append(value).append(", [").append(address).append("];\n");
            registerOf.put(input, value);
        }
        ElementInstructions instructions = new ElementInstructions(registers, loop);
        for (Node member : group.members()) {
            registerOf.put(member, compute(instructions, member));
        }
        for (int k = 0; k < outputs.size(); k++) {
            Node output = outputs.get(k);
            String address = address(loop, offsets, index, outputPointers.get(k), output.type().dtype());
            loop.append("    st.global.").append(ElementInstructions.floatType(output.type().dtype()))
                    .append(" [").append(address).append("], ").append(registerOf.get(output)).append(";\n");
        }
        List<String> sums = new ArrayList<>();
        for (Node reduction : group.reductions()) {
            String sum = registers.fresh("f64");
            prologue.append("    mov.f64 ").append(sum).append(", 0d0000000000000000;\n");
            Node summed = reduction.input(0);
            String element = registerOf.get(summed);
            if (summed.type().dtype() == DType.FLOAT32) {
                String wide = registers.fresh("f64");
                loop.append("    cvt.f64.f32 ").append(wide).append(", ").append(element).append(";\n");
                element = wide;
            }
            loop.append("    add.rn.f64 ").append(sum).append(", ").append(sum).append(", ").append(element).append(";\n");
            sums.add(sum);
        }
        StringBuilder epilogue = new StringBuilder();
        PtxWriter after = new PtxWriter(name, registers, epilogue);
        blockSums(after, prologue, sums);
        String more = registers.fresh("pred");
        String text = header(inputs.size(), outputs.size(), sums.size())
                + "{\n"
                + after.sharedDeclarations()
                + registers.declarations()
                + "\n"
                + prologue
                + "    setp.ge.u64 " + more + ", " + index + ", " + n + ";\n"
                + "    @" + more + " bra DONE;\n"
                + "LOOP:\n"
                + loop
                + "    add.u64 " + index + ", " + index + ", " + stride + ";\n"
                + "    setp.lt.u64 " + more + ", " + index + ", " + n + ";\n"
                + "    @" + more + " bra LOOP;\n"
                + "DONE:\n"
                + epilogue
                + "    ret;\n"
                + "}\n";
        return new PtxKernel(name, text, inputs, outputs);
    }

    /** {@code ctaid.x * ntid.x + tid.x} as a 64-bit index, so loops over more than 2^32 elements work. */
    private String threadIndex(StringBuilder out) {
        String block = registers.fresh("b32");
        ntidRegister = registers.fresh("b32");
        String thread = registers.fresh("b32");
        String index = registers.fresh("b64");
        String wideThread = registers.fresh("b64");
        out.append("    mov.u32 ").append(block).append(", %ctaid.x;\n");
        out.append("    mov.u32 ").append(ntidRegister).append(", %ntid.x;\n");
        out.append("    mov.u32 ").append(thread).append(", %tid.x;\n");
        out.append("    mul.wide.u32 ").append(index).append(", ").append(block).append(", ").append(ntidRegister).append(";\n");
        out.append("    cvt.u64.u32 ").append(wideThread).append(", ").append(thread).append(";\n");
        out.append("    add.u64 ").append(index).append(", ").append(index).append(", ").append(wideThread).append(";\n");
        return index;
    }

    private String pointer(StringBuilder out, String param) {
        String generic = registers.fresh("b64");
        String global = registers.fresh("b64");
        out.append("    ld.param.u64 ").append(generic).append(", [").append(name).append('_').append(param).append("];\n");
        out.append("    cvta.to.global.u64 ").append(global).append(", ").append(generic).append(";\n");
        return global;
    }

    /** The element's address in {@code base}; the byte offset is computed once per element size. */
    private String address(StringBuilder out, Map<Integer, String> offsets, String index, String base, DType dtype) {
        int shift = dtype == DType.FLOAT64 ? 3 : 2;
        String offset = offsets.get(shift);
        if (offset == null) {
            offset = registers.fresh("b64");
            out.append("    shl.b64 ").append(offset).append(", ").append(index).append(", ").append(shift).append(";\n");
            offsets.put(shift, offset);
        }
        String address = registers.fresh("b64");
        out.append("    add.s64 ").append(address).append(", ").append(base).append(", ").append(offset).append(";\n");
        return address;
    }

    /**
     * After the loop: each sum combined over the block, and thread 0 storing it into its scratch
     * array at the block's index. Every thread gets here (the loop is skipped, never returned from).
     */
    private void blockSums(PtxWriter w, StringBuilder prologue, List<String> sums) {
        if (sums.isEmpty()) {
            return;
        }
        List<String> scratch = new ArrayList<>();
        for (int k = 0; k < sums.size(); k++) {
            scratch.add(pointer(prologue, "values" + k));
        }
        BlockReduction block = new BlockReduction(w, Monoids.sum(), "reduce");
        List<String> totals = new ArrayList<>();
        for (String sum : sums) {
            totals.add(block.reduce(List.of(sum)).get(0));
        }
        String blockIndex = w.special64("%ctaid.x");
        ReductionKernelEmitter.firstThread(w, () -> {
            for (int k = 0; k < totals.size(); k++) {
                w.line("st.global.f64 [" + w.address(scratch.get(k), blockIndex, 3) + "], " + totals.get(k));
            }
        });
    }

    private String header(int inputCount, int outputCount, int scratchCount) {
        StringBuilder params = new StringBuilder("    .param .u64 " + name + "_n");
        for (int k = 0; k < inputCount; k++) {
            params.append(",\n    .param .u64 ").append(name).append("_in").append(k);
        }
        for (int k = 0; k < outputCount; k++) {
            params.append(",\n    .param .u64 ").append(name).append("_out").append(k);
        }
        for (int k = 0; k < scratchCount; k++) {
            params.append(",\n    .param .u64 ").append(name).append("_values").append(k);
        }
        return ".version 7.0\n.target sm_70\n.address_size 64\n\n"
                + ".visible .entry " + name + "(\n" + params + "\n)\n";
    }

    private String compute(ElementInstructions instructions, Node member) {
        if (FusionPlanner.isScalarBroadcast(member)) {
            return registerOf.get(member.input(0));
        }
        List<String> operands = new ArrayList<>();
        for (Node input : member.inputs()) {
            operands.add(registerOf.get(input));
        }
        return instructions.emit(member, operands);
    }

    /** Refuses what the kernel cannot compute and records the member's operands from outside the group. */
    private void check(Node member) {
        requireFloat(member);
        boolean broadcast = FusionPlanner.isScalarBroadcast(member);
        if (!broadcast && !ElementInstructions.supports(member.op())) {
            throw new UnsupportedKernelException(member.describe() + " has no PTX yet: kernels compute "
                    + ElementInstructions.SUPPORTED);
        }
        List<Node> operands = broadcast ? List.of(member.input(0)) : member.inputs();
        for (Node operand : operands) {
            if (!members.contains(operand) && outside.add(operand)) {
                addOperand(member, operand);
            }
        }
    }

    private void addOperand(Node member, Node operand) {
        requireFloat(operand);
        if (operand.rank() == 0 && operand.op() == Op.CONSTANT) {
            registerOf.put(operand, ElementInstructions.immediate(operand.value(), operand.type().dtype()));
        } else if (operand.rank() == 0) {
            scalarInputs.add(operand);
        } else if (operand.rank() == member.rank()
                && Arrays.equals(operand.type().broadcastable(), member.type().broadcastable())) {
            elementInputs.add(operand);
        } else {
            throw new UnsupportedKernelException(member.describe() + " broadcasts " + operand.describe()
                    + " against the loop's shape; kernels read only scalars and operands of the loop's shape yet");
        }
    }

    private static void requireFloat(Node node) {
        DType dtype = node.type().dtype();
        if (dtype != DType.FLOAT64 && dtype != DType.FLOAT32) {
            throw new UnsupportedKernelException(node.describe() + " is " + dtype.name().toLowerCase()
                    + "; kernels compute float64 and float32 only yet");
        }
    }
}
