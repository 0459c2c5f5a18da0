package dev.symbolon.internal.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.schedule.FusedGroup;
import dev.symbolon.internal.schedule.FusionPlanner;
import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The loop of a {@link FusedGroup} of float64 ops that {@code ElementwiseKernels} serve, over
 * operands of the result's exact shape or rank 0: the index range runs in blocks of
 * {@code ElementwiseKernels.BLOCK} elements, and each member is one kernel call on the block, SIMD
 * where the JVM has the Vector API. Per-element code with a call to {@code exp} in it is not
 * vectorized by the JIT; a kernel per op over a block that stays in the cache is. Members that
 * something after the loop reads write their arrays; the others write block buffers, which are
 * reused once their last reader in the block has run. Blocks come in chunks of
 * {@code ElementwiseKernels.CHUNK} elements that {@code Parallel} hands to the threads, and each
 * reduction adds up its per-chunk sums in chunk order, so that a sum does not depend on the number
 * of threads. {@link ElementwiseEmitter} writes the dimension checks and arrays first, as for its own
 * loops, and hands over the loop where this class serves the group.
 */
final class BlockedLoopEmitter {
    private static final Map<Op, String> KERNELS = new EnumMap<>(Op.class);

    static {
        for (Op op : List.of(Op.NEG, Op.ABS, Op.SIGN, Op.SQUARE, Op.SQRT, Op.EXP, Op.EXPM1, Op.LOG, Op.LOG1P,
                Op.TANH, Op.SIGMOID, Op.SOFTPLUS, Op.ADD, Op.SUB, Op.MUL, Op.DIV)) {
            KERNELS.put(op, op.functionName());
        }
        KERNELS.put(Op.MAXIMUM, "max");
        KERNELS.put(Op.MINIMUM, "min");
    }

    private final Names names;
    private final CodeBlock.Builder code;
    private final Map<Node, Local> locals;
    private final Map<Node, Integer> ids;
    /** Where each member's block lies: its array at the loop index, or a block buffer. */
    private final Map<Node, String[]> blocks = new IdentityHashMap<>();

    BlockedLoopEmitter(Names names, CodeBlock.Builder code, Map<Node, Local> locals, Map<Node, Integer> ids) {
        this.names = names;
        this.code = code;
        this.locals = locals;
        this.ids = ids;
    }

    /**
     * Whether every array operand of every member has the result's shape or is an outside value
     * {@linkplain #periodic periodic} in the loop's flat index, each member reading at least one of the
     * first kind. A group of one shape pattern whose operands are all of the result's shape passes.
     */
    static boolean readsWholeOrPeriodic(FusedGroup group, Map<Node, Local> locals) {
        for (Node member : group.members()) {
            if (FusionPlanner.isScalarBroadcast(member)) {
                continue;
            }
            boolean whole = false;
            for (Node input : member.inputs()) {
                if (isScalar(input, group, locals)) {
                    continue;
                }
                if (ElementwiseEmitter.wholeShape(input, member.rank())) {
                    whole = true;
                } else if (group.members().contains(input) || !periodic(input, member.rank())) {
                    return false;
                }
            }
            if (!whole) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code input}, read by a loop over a rank-{@code rank} result, repeats with its own size as
     * the period in the loop's flat index: it is broadcast along the leading axes only (absent or of
     * size one there) and spans the trailing ones.
     */
    static boolean periodic(Node input, int rank) {
        if (input.rank() > rank || ElementwiseEmitter.wholeShape(input, rank)) {
            return false;
        }
        int first = 0;
        while (first < input.rank() && input.type().isBroadcastable(first)) {
            first++;
        }
        for (int j = first; j < input.rank(); j++) {
            if (input.type().isBroadcastable(j)) {
                return false;
            }
        }
        return first < input.rank();
    }

    /**
     * Whether every member is a float64 op with a kernel (or a broadcast of a scalar) with at least
     * one array operand; the caller has checked {@link #readsWholeOrPeriodic}.
     */
    static boolean serves(FusedGroup group, Map<Node, Local> locals) {
        for (Node member : group.members()) {
            if (member.type().dtype() != DType.FLOAT64) {
                return false;
            }
            if (FusionPlanner.isScalarBroadcast(member)) {
                continue;
            }
            if (!KERNELS.containsKey(member.op())) {
                return false;
            }
            boolean array = false;
            for (Node input : member.inputs()) {
                if (input.type().dtype() != DType.FLOAT64) {
                    return false;
                }
                array |= !isScalar(input, group, locals);
            }
            if (!array) {
                return false;
            }
        }
        for (Node reduction : group.reductions()) {
            if (isScalar(reduction.input(0), group, locals)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isScalar(Node input, FusedGroup group, Map<Node, Local> locals) {
        return locals.get(input).isScalar() || FusionPlanner.isScalarBroadcast(input) && group.members().contains(input);
    }

    /** The loop, after the group's checks and arrays; {@code alone} where the member's comment is written already. */
    void emit(FusedGroup group, boolean alone) {
        List<Node> members = group.members();
        String bound = members.stream().filter(group.materialized()::contains).findFirst()
                .map(m -> locals.get(m).data() + ".length")
                .orElse(CodeBlock.of("$T.size($L)", JavaTypes.SHAPES, locals.get(members.get(members.size() - 1)).shape())
                        .toString());
        Map<Node, String> outside = capturedOutside(group);
        String i = names.loopIndex(-1);
        List<String> buffers = assignBlocks(group, i);
        // an operand broadcast along leading axes is copied, block by block, into a buffer of its own
        Map<Node, String> periodic = new IdentityHashMap<>();
        for (Node input : outside.keySet()) {
            Local local = locals.get(input);
            if (!local.isScalar() && periodic(input, members.get(0).rank())) {
                String buffer = names.block(buffers.size());
                buffers.add(buffer);
                periodic.put(input, buffer);
                blocks.put(input, new String[] {buffer, "0"});
            }
        }
        for (Node reduction : group.reductions()) {
            code.addStatement("double[] $L = new double[$T.chunks($L, $T.CHUNK)]", names.partials(ids.get(reduction)),
                    JavaTypes.PARALLEL, bound, JavaTypes.ELEMENTWISE_KERNELS);
        }
        String chunk = names.chunk();
        String start = names.chunkStart();
        String end = names.chunkEnd();
        String k = names.kernels();
        String length = names.blockLength();
        code.add("// blocks of $T.BLOCK elements through one kernel per op; chunks on several threads where there are many\n",
                JavaTypes.ELEMENTWISE_KERNELS);
        code.add("$T.forChunks($L, $T.CHUNK, ($L, $L, $L) -> {\n$>", JavaTypes.PARALLEL, bound,
                JavaTypes.ELEMENTWISE_KERNELS, chunk, start, end);
        code.addStatement("$T $L = $T.INSTANCE", JavaTypes.ELEMENTWISE_KERNELS, k, JavaTypes.ELEMENTWISE_KERNELS);
        if (!buffers.isEmpty()) {
            String scratch = names.blockScratch();
            code.addStatement("double[][] $L = $T.buffers($L)", scratch, JavaTypes.BLOCK_SCRATCH, buffers.size());
            for (int b = 0; b < buffers.size(); b++) {
                code.addStatement("double[] $L = $L[$L]", buffers.get(b), scratch, b);
            }
        }
        Map<Node, String> scalars = new IdentityHashMap<>();
        for (Node member : members) {
            if (FusionPlanner.isScalarBroadcast(member)) {
                String value = scalar(member.input(0), outside);
                if (group.materialized().contains(member)) {
                    scalars.put(member, value);
                } else {
                    code.add(NodeEmitter.comment(member, operands(member)));
                    code.addStatement("double $L = $L", locals.get(member).data(), value);
                    scalars.put(member, locals.get(member).data());
                }
            }
        }
        for (Node reduction : group.reductions()) {
            code.addStatement("double $L = 0.0", names.partial(ids.get(reduction)));
        }
        code.beginControlFlow("for (int $L = $L; $L < $L; $L += $T.BLOCK)", i, start, i, end, i,
                JavaTypes.ELEMENTWISE_KERNELS);
        code.addStatement("int $L = Math.min($T.BLOCK, $L - $L)", length, JavaTypes.ELEMENTWISE_KERNELS, end, i);
        for (Map.Entry<Node, String> entry : periodic.entrySet()) {
            Local local = locals.get(entry.getKey());
            code.addStatement("$T.fill($L, $L, $T.size($L), $L, $L, 0, $L)", JavaTypes.PERIODIC, outside.get(entry.getKey()),
                    local.offset() == null ? "0" : local.offset(), JavaTypes.SHAPES, local.shape(), i, entry.getValue(),
                    length);
        }
        for (Node member : members) {
            boolean broadcast = FusionPlanner.isScalarBroadcast(member);
            if (broadcast && !group.materialized().contains(member)) {
                continue;
            }
            if (!alone) {
                code.add(NodeEmitter.comment(member, operands(member)));
            }
            String[] out = blocks.get(member);
            if (broadcast) {
                code.addStatement("$T.fill($L, $L, $L + $L, $L)", java.util.Arrays.class, out[0], i, i, length,
                        scalars.get(member));
            } else {
                code.addStatement("$L.$L", k, call(member, group, outside, scalars, out, length));
            }
        }
        for (Node reduction : group.reductions()) {
            code.add(NodeEmitter.comment(reduction, operands(reduction)));
            String[] in = blocks.get(reduction.input(0));
            code.addStatement("$L += $L.sum($L, $L, $L)", names.partial(ids.get(reduction)), k, in[0], in[1], length);
        }
        code.endControlFlow();
        for (Node reduction : group.reductions()) {
            int id = ids.get(reduction);
            code.addStatement("$L[$L] = $L", names.partials(id), chunk, names.partial(id));
        }
        code.add("$<});\n");
        for (Node reduction : group.reductions()) {
            int id = ids.get(reduction);
            String value = names.value(id);
            if (reduction.op() == Op.MEAN) {
                code.addStatement("double $L = $T.sum($L) / $T.size($L)", value, JavaTypes.PARALLEL, names.partials(id),
                        JavaTypes.SHAPES, locals.get(reduction.input(0)).shape());
            } else {
                code.addStatement("double $L = $T.sum($L)", value, JavaTypes.PARALLEL, names.partials(id));
            }
            locals.put(reduction, Local.scalar(value));
        }
    }

    /**
     * Each member's block: its array from the loop index where it is materialized, else a buffer,
     * taken from those whose last reader has run (a kernel may write the buffer it reads). Returns
     * the buffers' names.
     */
    private List<String> assignBlocks(FusedGroup group, String index) {
        List<Node> members = group.members();
        Map<Node, Integer> lastRead = new HashMap<>();
        for (int j = 0; j < members.size(); j++) {
            for (Node input : members.get(j).inputs()) {
                lastRead.put(input, j);
            }
        }
        for (Node reduction : group.reductions()) {
            lastRead.put(reduction.input(0), members.size());
        }
        List<String> buffers = new ArrayList<>();
        TreeSet<Integer> free = new TreeSet<>();
        Map<Node, Integer> held = new HashMap<>();
        for (int j = 0; j < members.size(); j++) {
            Node member = members.get(j);
            for (Node input : member.inputs()) {
                Integer buffer = held.get(input);
                if (buffer != null && lastRead.get(input) == j) {
                    free.add(buffer);
                    held.remove(input);
                }
            }
            if (group.materialized().contains(member)) {
                blocks.put(member, new String[] {locals.get(member).data(), index});
            } else if (!FusionPlanner.isScalarBroadcast(member)) {
                int buffer = free.isEmpty() ? buffers.size() : free.pollFirst();
                if (buffer == buffers.size()) {
                    buffers.add(names.block(buffer));
                }
                held.put(member, buffer);
                blocks.put(member, new String[] {buffers.get(buffer), "0"});
            }
        }
        return buffers;
    }

    /**
     * The locals from outside the group that the loop reads, by the name the loop's lambda reads
     * them under: a sum or mean of an earlier loop and a jacobian are assigned more than once, so the
     * lambda reads a copy.
     */
    private Map<Node, String> capturedOutside(FusedGroup group) {
        Map<Node, String> outside = new IdentityHashMap<>();
        for (Node member : group.members()) {
            for (Node input : member.inputs()) {
                if (group.members().contains(input) || outside.containsKey(input)) {
                    continue;
                }
                Local local = locals.get(input);
                String copy = names.copy(ids.get(input));
                if (NodeEmitter.assignedMoreThanOnce(input) && !local.data().equals(copy)) {
                    code.addStatement("$T $L = $L", local.isScalar() ? JavaTypes.primitive(input.type().dtype())
                            : JavaTypes.array(input.type().dtype(), 1), copy, local.data());
                    local = new Local(copy, local.shape());
                    locals.put(input, local);
                }
                outside.put(input, local.data());
                if (!local.isScalar()) {
                    // an argument read where it lies starts at its offset (see Buffers)
                    String at = local.offset() == null ? names.loopIndex(-1) : local.offset() + " + " + names.loopIndex(-1);
                    blocks.put(input, new String[] {local.data(), at});
                }
            }
        }
        return outside;
    }

    private String scalar(Node input, Map<Node, String> outside) {
        return outside.containsKey(input) ? outside.get(input) : locals.get(input).data();
    }

    /** The kernel call of a member: array-array, array-scalar or scalar-array. */
    private CodeBlock call(Node member, FusedGroup group, Map<Node, String> outside, Map<Node, String> scalars,
                           String[] out, String length) {
        String kernel = KERNELS.get(member.op());
        if (member.inputs().size() == 1) {
            String[] a = blocks.get(member.input(0));
            return CodeBlock.of("$L($L, $L, $L, $L, $L)", kernel, a[0], a[1], out[0], out[1], length);
        }
        Node left = member.input(0);
        Node right = member.input(1);
        boolean leftScalar = isScalar(left, group, locals);
        boolean rightScalar = isScalar(right, group, locals);
        if (!leftScalar && !rightScalar) {
            String[] a = blocks.get(left);
            String[] b = blocks.get(right);
            return CodeBlock.of("$L($L, $L, $L, $L, $L, $L, $L)", kernel, a[0], a[1], b[0], b[1], out[0], out[1], length);
        }
        String s = scalars.containsKey(leftScalar ? left : right) ? scalars.get(leftScalar ? left : right)
                : scalar(leftScalar ? left : right, outside);
        String[] a = blocks.get(leftScalar ? right : left);
        if (leftScalar && (member.op() == Op.SUB || member.op() == Op.DIV)) {
            String name = "scalar" + Character.toUpperCase(kernel.charAt(0)) + kernel.substring(1);
            return CodeBlock.of("$L($L, $L, $L, $L, $L, $L)", name, s, a[0], a[1], out[0], out[1], length);
        }
        // add, mul, max and min give the same result with their operands swapped (Math.max and min too)
        return CodeBlock.of("$LScalar($L, $L, $L, $L, $L, $L)", kernel, a[0], a[1], s, out[0], out[1], length);
    }

    private List<Local> operands(Node node) {
        return node.inputs().stream().map(locals::get).toList();
    }
}
