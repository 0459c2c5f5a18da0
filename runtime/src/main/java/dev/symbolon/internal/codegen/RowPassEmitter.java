package dev.symbolon.internal.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.symbolon.internal.cpu.Dots;
import dev.symbolon.internal.cpu.Parallel;
import dev.symbolon.internal.cpu.RowPasses;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.schedule.EmissionStep;
import dev.symbolon.internal.schedule.FusedGroup;
import dev.symbolon.internal.schedule.FusionPlanner;
import dev.symbolon.internal.schedule.RowPass;
import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The loop of one {@link RowPass}. Before it: the product's check, every member's dimension checks
 * (each pair once), the arrays of the values read after the pass, and the steps the pass needs that
 * read only its shapes. The loop runs over fixed chunks of rows ({@link RowPasses#chunkRows}) on
 * {@link Parallel}, {@link Dots#ROWS} rows at a time: {@link Dots#rowDots} computes their elements of
 * the product in one pass over v, the members' elements are locals per row as in
 * {@link ElementwiseEmitter}, their sums accumulate, and {@link Dots#rowAxpys} adds the rows times
 * r's elements to the chunk's partial gradient while the rows are in cache. The chunks' sums and
 * partial gradients are added in chunk order after the loop, so the result does not depend on the
 * number of threads.
 */
final class RowPassEmitter {
    private static final ClassName DOTS = ClassName.get(Dots.class);
    private static final ClassName ROW_PASSES = ClassName.get(RowPasses.class);

    private final Set<Set<String>> checked = new HashSet<>();
    private final Map<Node, String> copies = new IdentityHashMap<>();
    private final Names names;
    private final CodeBlock.Builder code;
    private final Map<Node, Local> locals;
    private final Map<Node, Integer> ids;
    private final Consumer<EmissionStep> steps;
    private final Buffers buffers;

    /**
     * @param locals the locals of the nodes computed so far, to which the pass's are added
     * @param steps emits a step the pass computes before its loop
     * @param buffers where the arrays of the pass's values come from
     */
    RowPassEmitter(Names names, CodeBlock.Builder code, Map<Node, Local> locals, Map<Node, Integer> ids,
                   Consumer<EmissionStep> steps, Buffers buffers) {
        this.names = names;
        this.code = code;
        this.locals = locals;
        this.ids = ids;
        this.steps = steps;
        this.buffers = buffers;
    }

    void emit(RowPass pass) {
        Node product = pass.product();
        Node gradient = pass.gradient();
        Local x = locals.get(pass.matrix());
        Local v = locals.get(product.input(1));
        List<Node> members = new ArrayList<>();
        List<Node> reductions = new ArrayList<>();
        for (FusedGroup group : pass.groups()) {
            members.addAll(group.members());
            reductions.addAll(group.reductions());
        }
        code.add("// one pass over the rows of $L computes $L; checks first\n", x.data(), pass.nodes().stream()
                .map(n -> names.value(ids.get(n))).collect(Collectors.joining(", ")));
        code.addStatement("$T.sameInner($L[1], $L.length, $S, $S)", ROW_PASSES, x.shape(), v.data(),
                product.op().functionName(), product.position().toString());
        Local p = new Local(names.value(ids.get(product)), names.shape(ids.get(product)));
        code.addStatement("int[] $L = {$L[0]}", p.shape(), x.shape());
        locals.put(product, p);
        allocate(product, pass);
        Local g = new Local(names.value(ids.get(gradient)), names.shape(ids.get(gradient)));
        code.addStatement("int[] $L = {$L[1]}", g.shape(), x.shape());
        for (EmissionStep step : pass.prologue()) {
            if (step instanceof FusedGroup group && pass.groups().stream().anyMatch(own -> own == group)) {
                for (Node member : group.members()) {
                    prologue(member, pass);
                }
            } else {
                steps.accept(step);
            }
        }
        int id = ids.get(product);
        String rows = names.chunkRows(id);
        String chunks = names.chunks(id);
        String gradientParts = names.partials(ids.get(gradient));
        code.addStatement("int $L = $T.chunkRows($L[0], $L[1])", rows, ROW_PASSES, x.shape(), x.shape());
        code.addStatement("int $L = $T.chunks($L[0], $L)", chunks, ROW_PASSES, x.shape(), rows);
        code.addStatement("double[] $L = new double[$L * $L[1]]", gradientParts, chunks, x.shape());
        for (Node reduction : reductions) {
            code.addStatement("double[] $L = new double[$L]", names.partials(ids.get(reduction)), chunks);
        }
        copyReassigned(pass, members);

        String c = names.chunk();
        String end = names.chunkEnd();
        String i = names.loopIndex(-1);
        String first = names.rowOffset();
        String count = names.rowCount();
        String dots = names.rowDots();
        String residuals = names.rowResiduals();
        code.add("$T.forEachChunk($L, (long) $L.length, $L -> {\n$>", JavaTypes.PARALLEL, chunks, x.data(), c);
        code.addStatement("int $L = $L * $L + Math.min($L, $L[0] - $L * $L)", end, c, rows, rows, x.shape(), c, rows);
        // rows go in groups of Dots.ROWS: one pass over v for their dots, one over the gradient for their sum
        code.addStatement("double[] $L = new double[$T.ROWS]", dots, DOTS);
        code.addStatement("double[] $L = new double[$T.ROWS]", residuals, DOTS);
        for (Node reduction : reductions) {
            code.addStatement("double $L = 0.0", names.accumulator(ids.get(reduction)));
        }
        code.beginControlFlow("for (int $L = $L * $L; $L < $L; $L += $T.ROWS)", first, c, rows, first, end, first, DOTS);
        code.addStatement("int $L = Math.min($T.ROWS, $L - $L)", count, DOTS, end, first);
        code.add(NodeEmitter.comment(product, List.of(x, v)));
        code.addStatement("$T.INSTANCE.rowDots($L, $L * $L[1], $L[1], $L, $L, $L)", DOTS, data(pass.matrix()), first,
                x.shape(), x.shape(), data(product.input(1)), count, dots);
        code.beginControlFlow("for (int $L = $L; $L < $L + $L; $L++)", i, first, i, first, count, i);
        assign(product, CodeBlock.of("$L[$L - $L]", dots, i, first), pass);
        for (Node member : members) {
            code.add(NodeEmitter.comment(member, operands(member)));
            CodeBlock value = FusionPlanner.isScalarBroadcast(member)
                    ? CodeBlock.of("$L", element(member.input(0), pass))
                    : ScalarExpressions.of(member, member.inputs().stream().map(n -> element(n, pass)).toList());
            assign(member, value, pass);
        }
        for (Node reduction : reductions) {
            code.add(NodeEmitter.comment(reduction, operands(reduction)));
            code.addStatement("$L += $L", names.accumulator(ids.get(reduction)), element(reduction.input(0), pass));
        }
        code.addStatement("$L[$L - $L] = $L", residuals, i, first, element(gradient.input(0), pass));
        code.endControlFlow();
        code.add(NodeEmitter.comment(gradient, operands(gradient)));
        code.addStatement("$T.INSTANCE.rowAxpys($L, $L, $L * $L[1], $L[1], $L, $L, $L * $L[1])", DOTS, residuals,
                data(pass.matrix()), first, x.shape(), x.shape(), count, gradientParts, c, x.shape());
        code.endControlFlow();
        for (Node reduction : reductions) {
            code.addStatement("$L[$L] = $L", names.partials(ids.get(reduction)), c, names.accumulator(ids.get(reduction)));
        }
        code.add("$<});\n");

        code.addStatement("double[] $L = $T.combineInto($L, $L, $L[1], $L)", g.data(), ROW_PASSES, gradientParts,
                chunks, x.shape(), buffers.array(gradient, CodeBlock.of("$L[1]", x.shape())));
        locals.put(gradient, g);
        for (Node reduction : reductions) {
            finish(reduction);
        }
    }

    /** A member's dimension checks against its other array operands, its shape and its array. */
    private void prologue(Node member, RowPass pass) {
        int id = ids.get(member);
        if (FusionPlanner.isScalarBroadcast(member)) {
            locals.put(member, new Local(names.value(id), locals.get(member.input(1)).shape()));
            allocate(member, pass);
            return;
        }
        String first = null;
        String shape = null;
        for (Node input : member.inputs()) {
            Local operand = locals.get(input);
            if (operand.isScalar()) {
                continue;
            }
            String size = operand.shape() + "[0]";
            if (first == null) {
                first = size;
                shape = operand.shape();
            } else if (!first.equals(size) && checked.add(Set.of(first, size))) {
                code.addStatement("$T.sameDimension($S, $S, 0, $L, $L)", JavaTypes.SHAPE_CHECKS,
                        member.op().functionName(), member.position().toString(), first, size);
            }
        }
        locals.put(member, new Local(names.value(id), shape));
        allocate(member, pass);
    }

    private void allocate(Node node, RowPass pass) {
        if (pass.materialized().contains(node)) {
            Local out = locals.get(node);
            code.addStatement("$T $L = $L", JavaTypes.array(node.type().dtype(), 1), out.data(),
                    buffers.array(node, CodeBlock.of("$T.size($L)", JavaTypes.SHAPES, out.shape())));
        }
    }

    /**
     * The loop runs in a lambda, which reads only locals assigned once; a fused loop's sum adds into its
     * local and a jacobian fills its array after declaring it, so the lambda reads copies of those.
     */
    private void copyReassigned(RowPass pass, List<Node> members) {
        Set<Node> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        inside.addAll(pass.nodes());
        List<Node> read = new ArrayList<>(List.of(pass.matrix(), pass.product().input(1)));
        for (Node member : members) {
            read.addAll(member.inputs());
        }
        for (Node node : read) {
            if (NodeEmitter.assignedMoreThanOnce(node) && !inside.contains(node) && !copies.containsKey(node)) {
                String copy = names.copy(ids.get(node));
                code.addStatement("$T $L = $L", node.rank() == 0 ? JavaTypes.primitive(node.type().dtype())
                        : JavaTypes.array(node.type().dtype(), 1), copy, locals.get(node).data());
                copies.put(node, copy);
            }
        }
    }

    private void assign(Node node, CodeBlock value, RowPass pass) {
        String local = locals.get(node).data();
        if (pass.materialized().contains(node)) {
            code.addStatement("$L[$L] = $L", local, names.loopIndex(-1), value);
        } else {
            code.addStatement("$T $L = $L", JavaTypes.primitive(node.type().dtype()), local, value);
        }
    }

    /** An operand at the current row: a per-row value of the pass, an outside vector's element, or a scalar. */
    private String element(Node input, RowPass pass) {
        boolean perRow = input == pass.product() || pass.groups().stream().anyMatch(g -> g.members().contains(input));
        if (locals.get(input).isScalar() || (perRow && !pass.materialized().contains(input))) {
            return data(input);
        }
        return data(input) + "[" + names.loopIndex(-1) + "]";
    }

    /** The local holding a value from outside the loop, or the copy the loop reads. */
    private String data(Node node) {
        return copies.getOrDefault(node, locals.get(node).data());
    }

    private void finish(Node reduction) {
        CodeBlock sum = CodeBlock.of("$T.sum($L)", JavaTypes.PARALLEL, names.partials(ids.get(reduction)));
        if (reduction.op() == Op.MEAN) {
            sum = CodeBlock.of("$L / $T.size($L)", sum, JavaTypes.SHAPES, locals.get(reduction.input(0)).shape());
        }
        String value = names.value(ids.get(reduction));
        if (reduction.type().dtype() == DType.FLOAT64) {
            code.addStatement("double $L = $L", value, sum);
        } else {
            code.addStatement("float $L = (float) ($L)", value, sum);
        }
        locals.put(reduction, Local.scalar(value));
    }

    private List<Local> operands(Node node) {
        return node.inputs().stream().map(locals::get).toList();
    }
}
