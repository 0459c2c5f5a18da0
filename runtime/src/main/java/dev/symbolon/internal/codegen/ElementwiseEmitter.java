package dev.symbolon.internal.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.schedule.FusedGroup;
import dev.symbolon.internal.schedule.FusionPlanner;
import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The loop computing one {@link FusedGroup}. First, for each member in order, the dimension checks
 * and the shape that its op alone would have, and an array where the member is read after the loop;
 * then one loop whose body computes each member's element into a local (or its array) and adds it to
 * the group's reductions. A group of one op reads as that op's own loop, under its comment.
 *
 * <p>Broadcasting is static: an operand dimension that is missing or that its type marks
 * broadcastable is read at index 0, every other must have the result's size, which is checked
 * first. Where every array operand from outside the group has the result's exact shape the loop has
 * one flat index; otherwise it nests, with row-major index arithmetic. A flat loop of float64 ops
 * that {@link BlockedLoopEmitter} serves is written by it instead, as kernel calls on blocks.
 */
final class ElementwiseEmitter {
    /** The pairs of dimensions the current loop's checks compare, so that none is compared twice. */
    private final Set<Set<String>> checked = new HashSet<>();
    private final Names names;
    private final CodeBlock.Builder code;
    private final Map<Node, Local> locals;
    private final Map<Node, Integer> ids;
    private final Buffers buffers;

    /**
     * @param locals the locals of the nodes computed so far, to which the group's are added
     * @param ids each node's index in topological order, which names its locals
     * @param buffers where the arrays of materialized members come from
     */
    ElementwiseEmitter(Names names, CodeBlock.Builder code, Map<Node, Local> locals, Map<Node, Integer> ids,
                       Buffers buffers) {
        this.buffers = buffers;
        this.names = names;
        this.code = code;
        this.locals = locals;
        this.ids = ids;
    }

    void emit(FusedGroup group) {
        checked.clear();
        List<Node> members = group.members();
        boolean alone = members.size() == 1 && group.reductions().isEmpty();
        for (Node member : members) {
            int id = ids.get(member);
            locals.put(member, new Local(names.value(id), names.shape(id)));
        }
        if (!alone) {
            code.add("// one loop computes $L; dimension checks first\n", group.nodes().stream()
                    .map(n -> names.value(ids.get(n))).collect(Collectors.joining(", ")));
        }
        boolean flat = true;
        for (Node member : members) {
            if (alone) {
                code.add(NodeEmitter.comment(member, operands(member)));
            }
            flat &= prologue(member, group);
        }
        if ((flat || BlockedLoopEmitter.readsWholeOrPeriodic(group, locals)) && BlockedLoopEmitter.serves(group, locals)) {
            new BlockedLoopEmitter(names, code, locals, ids).emit(group, alone);
            return;
        }
        for (Node reduction : group.reductions()) {
            code.addStatement("double $L = 0.0", accumulator(reduction));
        }
        Node last = members.get(members.size() - 1);
        int rank = last.rank();
        String lastShape = locals.get(last).shape();
        String bound = members.stream().filter(group.materialized()::contains).findFirst()
                .map(m -> locals.get(m).data() + ".length").orElse(null);
        if (flat && bound != null) {
            String i = names.loopIndex(-1);
            code.beginControlFlow("for (int $L = 0; $L < $L; $L++)", i, i, bound, i);
        } else if (flat) {
            String i = names.loopIndex(-1);
            String n = names.loopEnd();
            code.beginControlFlow("for (int $L = 0, $L = $T.size($L); $L < $L; $L++)", i, n, JavaTypes.SHAPES, lastShape,
                    i, n, i);
        } else {
            for (int d = 0; d < rank; d++) {
                String i = names.loopIndex(d);
                code.beginControlFlow("for (int $L = 0; $L < $L[$L]; $L++)", i, i, lastShape, d, i);
            }
        }
        for (Node member : members) {
            if (!alone) {
                code.add(NodeEmitter.comment(member, operands(member)));
            }
            CodeBlock value = FusionPlanner.isScalarBroadcast(member) ? CodeBlock.of("$L", operands(member).get(0).data())
                    : ScalarExpressions.of(member, elements(member, group, flat));
            Local local = locals.get(member);
            if (group.materialized().contains(member)) {
                code.addStatement("$L[$L] = $L", local.data(), flat ? names.loopIndex(-1) : index(member, rank,
                        local.shape()), value);
            } else {
                code.addStatement("$T $L = $L", JavaTypes.primitive(member.type().dtype()), local.data(), value);
            }
        }
        for (Node reduction : group.reductions()) {
            code.add(NodeEmitter.comment(reduction, operands(reduction)));
            code.addStatement("$L += $L", accumulator(reduction), element(reduction.input(0), group, flat));
        }
        for (int d = 0; d < (flat ? 1 : rank); d++) {
            code.endControlFlow();
        }
        for (Node reduction : group.reductions()) {
            finish(reduction);
        }
    }

    /**
     * The dimension checks, shape and array of one member; whether its operands from outside the
     * group allow a flat loop.
     */
    private boolean prologue(Node member, FusedGroup group) {
        Local out = locals.get(member);
        if (FusionPlanner.isScalarBroadcast(member)) {
            sameShapeAs(member, locals.get(member.input(1)));
            allocate(member, group);
            return true;
        }
        int rank = member.rank();
        List<Local> operands = operands(member);
        List<Integer> arrays = new ArrayList<>();
        boolean flat = true;
        for (int k = 0; k < operands.size(); k++) {
            Node input = member.input(k);
            if (!operands.get(k).isScalar()) {
                arrays.add(k);
                flat &= wholeShape(input, rank);
            }
        }
        String[] dims = new String[rank];
        for (int d = 0; d < rank; d++) {
            String first = null;
            for (int k : arrays) {
                Node input = member.input(k);
                int od = d - (rank - input.rank());
                if (od < 0 || input.type().isBroadcastable(od)) {
                    continue;
                }
                String size = operands.get(k).shape() + "[" + od + "]";
                if (first == null) {
                    first = size;
                } else if (!first.equals(size) && checked.add(Set.of(first, size))) {
                    // a dimension equals itself, and a pair checked once for this loop passed
                    code.addStatement("$T.sameDimension($S, $S, $L, $L, $L)", JavaTypes.SHAPE_CHECKS,
                            member.op().functionName(), member.position().toString(), d, first, size);
                }
            }
            dims[d] = first == null ? "1" : first;
        }
        if (flat) {
            sameShapeAs(member, operands.get(arrays.get(0)));
        } else {
            // a broadcast result can hold more elements than any operand, and than a Java array
            code.addStatement("int[] $L = {$L}", out.shape(), String.join(", ", dims));
            code.addStatement("$T.resultSize($S, $S, $L)", JavaTypes.SHAPE_CHECKS, member.op().functionName(),
                    member.position().toString(), out.shape());
        }
        allocate(member, group);
        return flat;
    }

    /** The member's shape is its operand's: it reads the operand's shape local instead of an alias of it. */
    private void sameShapeAs(Node member, Local operand) {
        locals.put(member, new Local(locals.get(member).data(), operand.shape()));
    }

    private void allocate(Node member, FusedGroup group) {
        if (group.materialized().contains(member)) {
            Local out = locals.get(member);
            code.addStatement("$T $L = $L", JavaTypes.array(member.type().dtype(), 1), out.data(),
                    buffers.array(member, CodeBlock.of("$T.size($L)", JavaTypes.SHAPES, out.shape())));
        }
    }

    private List<String> elements(Node member, FusedGroup group, boolean flat) {
        List<String> elements = new ArrayList<>();
        for (Node input : member.inputs()) {
            elements.add(element(input, group, flat));
        }
        return elements;
    }

    /**
     * An operand's element at the loop's indices: a member's local or array element, an outside
     * array's element by broadcast index arithmetic, or a scalar.
     */
    private String element(Node input, FusedGroup group, boolean flat) {
        Local operand = locals.get(input);
        if (operand.isScalar()) {
            return operand.data();
        }
        boolean member = group.members().contains(input);
        if (member && !group.materialized().contains(input)) {
            return operand.data();
        }
        int rank = group.members().get(0).rank();
        String at = operand.offset() == null ? "" : operand.offset() + " + ";
        return operand.data() + "[" + at + (flat ? names.loopIndex(-1) : index(input, rank, operand.shape())) + "]";
    }

    /** A float64 sum adds into its own local; a mean or a float32 result is computed after the loop. */
    private String accumulator(Node reduction) {
        int id = ids.get(reduction);
        boolean direct = reduction.type().dtype() == DType.FLOAT64;
        return direct ? names.value(id) : names.accumulator(id);
    }

    private void finish(Node reduction) {
        String sum = accumulator(reduction);
        String shape = locals.get(reduction.input(0)).shape();
        boolean mean = reduction.op() == Op.MEAN;
        String value = names.value(ids.get(reduction));
        if (reduction.type().dtype() == DType.FLOAT64) {
            if (mean) {
                code.addStatement("$L /= $T.size($L)", sum, JavaTypes.SHAPES, shape);
            }
        } else if (mean) {
            code.addStatement("float $L = (float) ($L / $T.size($L))", value, sum, JavaTypes.SHAPES, shape);
        } else {
            code.addStatement("float $L = (float) $L", value, sum);
        }
        locals.put(reduction, Local.scalar(value));
    }

    private List<Local> operands(Node node) {
        return node.inputs().stream().map(locals::get).toList();
    }

    /**
     * The row-major flat index into {@code operand} at the loop indices of a rank-{@code rank} result,
     * in Horner form ({@code (i0 * s[1] + i1) * s[2] + i2}), with broadcast dimensions contributing 0.
     */
    private String index(Node operand, int rank, String shape) {
        int offset = rank - operand.rank();
        String acc = null;
        for (int j = 0; j < operand.rank(); j++) {
            String term = operand.type().isBroadcastable(j) ? null : names.loopIndex(j + offset);
            if (acc == null) {
                acc = term;
            } else {
                String scaled = (acc.contains(" + ") ? "(" + acc + ")" : acc) + " * " + shape + "[" + j + "]";
                acc = term == null ? scaled : scaled + " + " + term;
            }
        }
        return acc == null ? "0" : acc;
    }

    /** Whether {@code input} has every dimension of a rank-{@code rank} result: no axis broadcast or missing. */
    static boolean wholeShape(Node input, int rank) {
        if (input.rank() != rank) {
            return false;
        }
        for (boolean b : input.type().broadcastable()) {
            if (b) {
                return false;
            }
        }
        return true;
    }
}
