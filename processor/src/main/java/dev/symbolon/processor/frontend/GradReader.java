package dev.symbolon.processor.frontend;

import dev.symbolon.annotation.Grad;
import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.ir.GraphError;
import dev.symbolon.internal.ir.GraphException;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.internal.model.GradMethod;
import dev.symbolon.internal.model.Output;
import dev.symbolon.processor.diagnostics.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/**
 * {@code @Grad}: the gradients of a method's scalar cost with respect to the parameters and
 * {@code @Shared} fields it names (by default every float parameter and every float field the cost
 * reads, parameters first), as the {@code <method>Grad} method returning {@code <Method>Grad(value, ...)}.
 */
final class GradReader {
    private GradReader() {}

    static Optional<GradMethod> read(ClassContext context, MethodSignature method, List<Output> outputs) {
        AnnotationMirror annotation = method.element().getAnnotationMirrors().stream()
                .filter(a -> a.getAnnotationType().toString().equals(Grad.class.getCanonicalName()))
                .findFirst().orElseThrow();
        Node cost = outputs.size() == 1 && !(method.result() instanceof Declarations.Result.Record)
                ? outputs.get(0).node() : null;
        if (cost == null || !cost.type().isScalar() || !cost.type().dtype().isFloat()) {
            context.reporter.error(Message.GRAD_NEEDS_SCALAR_COST, method.element(), annotation, method.name(),
                    cost == null ? method.element().getReturnType() : cost.type().kindName() + " " + cost.type());
            return Optional.empty();
        }
        Map<String, Node> leaves = leaves(context, method);
        List<Node> used = TopologicalOrder.of(List.of(cost));
        List<String> wrt = List.of(method.element().getAnnotation(Grad.class).wrt());
        if (wrt.isEmpty()) {
            // A field only the class's other methods read is their state, not a variable of this cost.
            wrt = leaves.entrySet().stream().filter(e -> e.getValue().type().dtype().isFloat())
                    .filter(e -> e.getValue().op() != Op.SHARED || used.contains(e.getValue()))
                    .map(Map.Entry::getKey).toList();
        }
        List<Node> nodes = new ArrayList<>();
        for (String name : wrt) {
            Node leaf = leaves.get(name);
            if (leaf == null) {
                context.reporter.error(Message.GRAD_UNKNOWN_WRT, method.element(), annotation, name, method.name(),
                        String.join(", ", leaves.keySet()));
            } else if (!leaf.type().dtype().isFloat()) {
                context.reporter.error(GraphError.GRAD_WRT_NOT_FLOAT, method.element(), annotation, "'" + name + "'",
                        leaf.type().dtype());
            } else if (!used.contains(leaf)) {
                context.reporter.error(GraphError.GRAD_WRT_UNUSED, method.element(), annotation, "'" + name + "'");
            } else {
                nodes.add(leaf);
            }
        }
        if (nodes.size() < wrt.size()) {
            return Optional.empty();
        }
        List<Output> gradOutputs = new ArrayList<>();
        gradOutputs.add(new Output("value", cost));
        try (var position = SourcePosition.enter(method.position())) {
            List<Node> grads = Autodiff.grad(cost, nodes);
            for (int i = 0; i < wrt.size(); i++) {
                gradOutputs.add(new Output(wrt.get(i), grads.get(i)));
            }
        } catch (GraphException e) {
            context.reporter.error(e.error(), method.element(), annotation, e.arguments());
            return Optional.empty();
        }
        String name = method.name();
        return Optional.of(new GradMethod(name + "Grad",
                Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Grad", gradOutputs));
    }

    /** What @Grad may name: the parameters, then the @Shared fields, each with its leaf. */
    private static Map<String, Node> leaves(ClassContext context, MethodSignature method) {
        Map<String, Node> leaves = new LinkedHashMap<>();
        for (MethodSignature.Param p : method.parameters()) {
            leaves.put(p.name(), p.leaf());
        }
        context.shared.forEach((name, shared) -> leaves.putIfAbsent(name, shared.leaf()));
        return leaves;
    }
}
