package dev.symbolon.internal.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import dev.symbolon.internal.cpu.WorkArrays;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.model.Update;
import dev.symbolon.internal.schedule.EmissionStep;
import dev.symbolon.internal.schedule.FusedGroup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Where each array of one generated method form comes from: the one place that decides between a new
 * array, an instance's work buffer, a shared variable's spare array and the caller's target, and how
 * an argument's backing array is read.
 * <ul>
 *   <li>A value that leaves the call (an output, a new shared value, or what a reshape of one shares)
 *       gets a new array, as the caller owns it; in an {@code Into} form an output is written into the
 *       caller's target where the target's elements are its whole backing array.</li>
 *   <li>A new shared value that only its update uses is written into the variable's spare array,
 *       which then becomes the variable's value while the old value's array becomes the spare: the old
 *       array is then held by nothing the caller can reach ({@code getValue} copies, an output that is a
 *       shared value is copied, every shared value is a whole array of its own), so the next update
 *       may overwrite it.</li>
 *   <li>Every other array (work) is a field of the instance, kept from call to call and replaced
 *       only when a call needs another size. Each node has a field of its own, so no two values of one
 *       call share one.</li>
 * </ul>
 * Only the sites that ask (fused loops and kernels with an {@code ...Into} form) use this; the others
 * allocate as before. A form that uses instance fields must not run twice at once, so it is
 * synchronized (see {@link #usesFields()}).
 *
 * <p>Arguments are read where they lie, at their offset in the backing array, when only fused loops
 * read them (the loop adds the offset to its index); otherwise an argument that is a view of part of an
 * array is copied whole once at the method's entry ({@code Internals.whole}), since kernels and
 * reshapes read an array from index 0.
 */
final class Buffers {
    private static final ClassName WORK_ARRAYS = ClassName.get(WorkArrays.class);

    private enum Kind { FRESH, WORK, SPARE, TARGET }

    private final Map<Node, Kind> kinds;
    private final Map<Node, String> spareOf;
    private final Map<Node, Integer> targetOf;
    private final Set<Node> offsetReadable;
    private final String method;
    private final Map<Node, Integer> ids;
    private final Fields fields;
    private final List<Local> targets;
    private boolean usesFields;

    private Buffers(Map<Node, Kind> kinds, Map<Node, String> spareOf, Map<Node, Integer> targetOf,
                    Set<Node> offsetReadable, String method, Map<Node, Integer> ids, Fields fields, List<Local> targets) {
        this.kinds = kinds;
        this.spareOf = spareOf;
        this.targetOf = targetOf;
        this.offsetReadable = offsetReadable;
        this.method = method;
        this.ids = ids;
        this.fields = fields;
        this.targets = targets;
    }

    /** Every array new and every argument read whole: the helpers of jacobians, whose rows leave them. */
    static Buffers none() {
        return new Buffers(Map.of(), Map.of(), Map.of(), Set.of(), "", Map.of(), new Fields(), List.of());
    }

    /**
     * The plan of one method form.
     *
     * @param outputs the method's outputs, in order
     * @param targets for an {@code Into} form, the locals holding each output's target backing array and
     *     its offset ({@code null} for a scalar output); empty for the value form
     * @param ids each node's index in topological order, which names its field
     */
    static Buffers plan(String method, List<Node> order, List<EmissionStep> steps, List<Node> outputs,
                        List<Update> updates, List<Local> targets, Map<Node, Integer> ids, Fields fields) {
        Map<Node, Integer> rootCount = new IdentityHashMap<>();
        for (Node output : outputs) {
            rootCount.merge(base(output), 1, Integer::sum);
        }
        for (Update update : updates) {
            rootCount.merge(base(update.newValue()), 1, Integer::sum);
        }
        Map<Node, Kind> kinds = new IdentityHashMap<>();
        for (Node node : order) {
            if (node.rank() > 0) {
                kinds.put(node, Kind.WORK);
            }
        }
        boolean into = !targets.isEmpty();
        Map<Node, Integer> targetOf = new IdentityHashMap<>();
        for (int i = 0; i < outputs.size(); i++) {
            Node base = base(outputs.get(i));
            if (base.rank() == 0) {
                continue;
            }
            if (!into) {
                kinds.put(base, Kind.FRESH);
            } else if (rootCount.get(base) == 1 && movable(base)) {
                kinds.put(base, Kind.TARGET);
                targetOf.put(base, i);
            }
        }
        Map<Node, String> spareOf = new IdentityHashMap<>();
        for (Update update : updates) {
            Node base = base(update.newValue());
            if (base.rank() == 0) {
                continue;
            }
            if (rootCount.get(base) == 1 && movable(base)) {
                kinds.put(base, Kind.SPARE);
                spareOf.put(base, update.field());
            } else {
                kinds.put(base, Kind.FRESH);
            }
        }
        return new Buffers(kinds, spareOf, targetOf, offsetReadable(order, steps, outputs, updates), method, ids,
                fields, targets);
    }

    /**
     * The expression of a new array of {@code size} elements for {@code node}: {@code new double[n]}, or
     * an instance field fitted to the size, or the call's target.
     */
    CodeBlock array(Node node, CodeBlock size) {
        TypeName element = JavaTypes.primitive(node.type().dtype());
        Kind kind = kinds.getOrDefault(node, Kind.FRESH);
        return switch (kind) {
            case FRESH -> CodeBlock.of("new $T[$L]", element, size);
            case WORK -> fitted(workField(node), size);
            case SPARE -> fitted(fields.spare(spareOf.get(node), JavaTypes.array(node.type().dtype(), 1)), size);
            case TARGET -> {
                Local target = targets.get(targetOf.get(node));
                // a target that is a view of part of an array is filled by a copy after the computation
                yield CodeBlock.of("$L.length == $L && $L == 0 ? $L : $L", target.data(), size, target.offset(),
                        target.data(), fitted(workField(node), size));
            }
        };
    }

    private String workField(Node node) {
        return fields.work(method, ids.get(node), JavaTypes.array(node.type().dtype(), 1));
    }

    private CodeBlock fitted(String field, CodeBlock size) {
        usesFields = true;
        return CodeBlock.of("(this.$L = $T.fit(this.$L, $L))", field, WORK_ARRAYS, field, size);
    }

    /** Whether the form has used an instance field so far, and so must be synchronized. */
    boolean usesFields() {
        return usesFields;
    }

    /** Whether {@code input}, an argument, is read at its offset rather than copied whole at entry. */
    boolean readsAtOffset(Node input) {
        return offsetReadable.contains(input);
    }

    /**
     * Before an update assigns its new value: keeps the variable's current array in a local, to become
     * its spare once the new value is assigned. Nothing where the update does not use the spare.
     */
    CodeBlock beforeAssign(Update update, String old) {
        if (!usesSpare(update)) {
            return CodeBlock.of("");
        }
        TypeName array = JavaTypes.array(update.newValue().type().dtype(), 1);
        return CodeBlock.builder().addStatement("$T $L = this.$L.isSet() ? $T.$L($T.value(this.$L)) : null", array, old,
                update.field(), JavaTypes.INTERNALS, JavaTypes.dataAccessor(update.newValue().type().dtype()),
                JavaTypes.INTERNALS, update.field()).build();
    }

    /** After the update: the old value's array is the next update's spare. */
    CodeBlock afterAssign(Update update, String old) {
        if (!usesSpare(update)) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder().addStatement("this.$L = $L", fields.spare(update.field(),
                JavaTypes.array(update.newValue().type().dtype(), 1)), old).build();
    }

    private boolean usesSpare(Update update) {
        return spareOf.containsKey(base(update.newValue())) && update.field().equals(spareOf.get(base(update.newValue())));
    }

    /** The node whose array a value shares: a reshape moves no data. */
    static Node base(Node node) {
        Node base = node;
        while ((base.op() == Op.RESHAPE || base.op() == Op.RESHAPE_LIKE) && base.input(0).rank() > 0) {
            base = base.input(0);
        }
        return base;
    }

    /** A value computed into an array of its own, which may be any array the plan chooses. */
    private static boolean movable(Node base) {
        return base.op() != Op.INPUT && base.op() != Op.SHARED;
    }

    /** The arguments that only fused loops read: a loop indexes them at their offset. */
    private static Set<Node> offsetReadable(List<Node> order, List<EmissionStep> steps, List<Node> outputs,
                                            List<Update> updates) {
        Set<Node> looped = Collections.newSetFromMap(new IdentityHashMap<>());
        for (EmissionStep step : steps) {
            if (step instanceof FusedGroup group) {
                looped.addAll(group.nodes());
            }
        }
        Set<Node> readable = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node node : order) {
            if (node.op() == Op.INPUT && node.rank() > 0) {
                readable.add(node);
            }
        }
        for (Node node : order) {
            if (!looped.contains(node)) {
                node.inputs().forEach(readable::remove);
            }
        }
        outputs.forEach(readable::remove);
        updates.forEach(u -> readable.remove(u.newValue()));
        return readable;
    }

    /** The instance fields of a generated class that its methods' plans use, one per name. */
    static final class Fields {
        private final Map<String, FieldSpec> specs = new LinkedHashMap<>();

        /** The work buffer of node {@code id} of {@code method}: a method's forms share it, being synchronized. */
        String work(String method, int id, TypeName type) {
            return add("work$" + method + "$t" + id, type);
        }

        /** The spare array of a shared variable, which every method that updates it shares. */
        String spare(String field, TypeName type) {
            return add("spare$" + field, type);
        }

        private String add(String name, TypeName type) {
            specs.computeIfAbsent(name, n -> FieldSpec.builder(type, n, Modifier.PRIVATE).build());
            return name;
        }

        List<FieldSpec> specs() {
            return new ArrayList<>(specs.values());
        }
    }
}
