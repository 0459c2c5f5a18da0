package dev.symbolon.processor.model;

import dev.symbolon.graph.SourcePosition;
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
 */
public record SymbolicMethod(String name, List<Parameter> parameters, Optional<String> recordName,
                             List<Output> outputs, List<Update> updates, Optional<GradMethod> grad,
                             SourcePosition position) {
    public SymbolicMethod {
        parameters = List.copyOf(parameters);
        outputs = List.copyOf(outputs);
        updates = List.copyOf(updates);
    }

    public boolean returnsRecord() {
        return recordName.isPresent();
    }
}
