package dev.symbolon.internal.codegen;

import com.palantir.javapoet.ClassName;
import dev.symbolon.internal.executor.Slot;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.internal.model.GradMethod;
import dev.symbolon.internal.model.Output;
import dev.symbolon.internal.model.Parameter;
import dev.symbolon.internal.model.SymbolicMethod;
import dev.symbolon.internal.model.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One public method of the generated class, a {@code @Symbolic} method or its {@code Grad}: what the
 * emitters need of either.
 *
 * @param record the nested record it returns, or empty for a single output
 * @param description what the javadoc says it computes
 * @param unoptimized the nodes of {@link #roots()} before rewriting, for debug mode
 */
record CompiledMethod(String name, List<Parameter> parameters, Optional<ClassName> record, List<Output> outputs,
                      List<Update> updates, SourcePosition position, String description, List<Node> unoptimized) {

    static CompiledMethod of(SymbolicMethod method, ClassName generated) {
        return new CompiledMethod(method.name(), method.parameters(), method.recordName().map(generated::nestedClass),
                method.outputs(), method.updates(), method.position(), "Computes {@code " + method.name() + "}",
                method.unoptimized());
    }

    static CompiledMethod grad(SymbolicMethod method, GradMethod grad, ClassName generated) {
        return new CompiledMethod(grad.methodName(), method.parameters(),
                Optional.of(generated.nestedClass(grad.recordName())), grad.outputs(), List.of(), method.position(),
                "Computes the cost {@code " + method.name() + "} and its gradients, without applying updates",
                grad.unoptimized());
    }

    /** A name for each root, as debug mode reports them: the outputs' names, then {@code update(<field>)}. */
    List<String> rootNames() {
        List<String> names = new ArrayList<>();
        outputs.forEach(o -> names.add(o.name()));
        updates.forEach(u -> names.add("update(" + u.field() + ")"));
        return names;
    }

    /** The non-scalar {@code @Shared} fields the method reads, in the order it first reads them. */
    List<String> sharedArraysRead() {
        return TopologicalOrder.of(roots()).stream()
                .filter(n -> n.op() == Op.SHARED && n.rank() > 0)
                .map(Node::name)
                .distinct()
                .toList();
    }

    /** The method's parameters, as executors bind them. */
    List<Slot> parameterSlots() {
        return parameters.stream().map(p -> slot(p.name(), p.node())).toList();
    }

    /** The {@code @Shared} fields the method reads, in the order it first reads them, as executors bind them. */
    List<Slot> sharedSlots() {
        return TopologicalOrder.of(roots()).stream()
                .filter(n -> n.op() == Op.SHARED)
                .map(n -> slot(n.name(), n))
                .distinct()
                .toList();
    }

    List<Slot> outputSlots() {
        return outputs.stream().map(o -> slot(o.name(), o.node())).toList();
    }

    /** The fields the method updates, each with its new value's type, which is the field's. */
    List<Slot> updateSlots() {
        return updates.stream().map(u -> slot(u.field(), u.newValue())).toList();
    }

    private static Slot slot(String name, Node node) {
        return new Slot(name, node.type().dtype(), node.rank());
    }

    /**
     * Whether the method reads or updates a {@code @Shared} field or the random state, so that its
     * calls must not overlap.
     */
    boolean usesSharedState() {
        return !updates.isEmpty() || draws()
                || TopologicalOrder.of(roots()).stream().anyMatch(n -> n.op() == Op.SHARED);
    }

    /**
     * Whether the method draws random numbers, as optimized or as written: each call then takes the
     * next call of the instance's random state, which debug mode's interpreter draws from as well.
     */
    boolean draws() {
        return TopologicalOrder.of(roots()).stream().anyMatch(n -> n.op().isDraw())
                || TopologicalOrder.of(unoptimized).stream().anyMatch(n -> n.op().isDraw());
    }

    /** The nodes the method computes: its outputs, then its updates' new values. */
    List<Node> roots() {
        List<Node> roots = new ArrayList<>();
        outputs.forEach(o -> roots.add(o.node()));
        updates.forEach(u -> roots.add(u.newValue()));
        return roots;
    }
}
