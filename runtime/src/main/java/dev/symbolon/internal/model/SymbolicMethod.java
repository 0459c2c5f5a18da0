package dev.symbolon.internal.model;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One {@code @Symbolic} method as graphs.
 *
 * @param name the method's name, kept by the generated method
 * @param parameters the parameters in order
 * @param recordName the simple name of the record it returns, or empty when it returns one value
 * @param outputs what it returns: one output for a single value, else one per record component in order
 * @param updates the shared-field updates, in source order, applied together after the outputs
 * @param grad the gradient method that {@code @Grad} asks for, if any
 * @param position where the method is declared
 * @param unoptimized the output and update nodes as the front end built them, in the order of
 *     {@link #roots()}; {@link ModelOptimizer} keeps them here for debug mode to compare with
 */
public record SymbolicMethod(String name, List<Parameter> parameters, Optional<String> recordName,
                             List<Output> outputs, List<Update> updates, Optional<GradMethod> grad,
                             SourcePosition position, List<Node> unoptimized) {
    public SymbolicMethod {
        parameters = List.copyOf(parameters);
        outputs = List.copyOf(outputs);
        updates = List.copyOf(updates);
        unoptimized = List.copyOf(unoptimized);
    }

    /** A method not yet optimized: its unoptimized nodes are its roots. */
    public SymbolicMethod(String name, List<Parameter> parameters, Optional<String> recordName, List<Output> outputs,
                          List<Update> updates, Optional<GradMethod> grad, SourcePosition position) {
        this(name, parameters, recordName, outputs, updates, grad, position, roots(outputs, updates));
    }

    /** The nodes the method computes: its outputs, then its updates' new values. */
    public List<Node> roots() {
        return roots(outputs, updates);
    }

    private static List<Node> roots(List<Output> outputs, List<Update> updates) {
        List<Node> roots = new ArrayList<>();
        outputs.forEach(o -> roots.add(o.node()));
        updates.forEach(u -> roots.add(u.newValue()));
        return roots;
    }

    public boolean returnsRecord() {
        return recordName.isPresent();
    }
}
