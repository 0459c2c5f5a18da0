package dev.symbolon.internal.executor;

import java.util.List;
import java.util.Objects;

/**
 * What a generated class carries of one compiled method for an executor: its optimized graph and how
 * the values of a call bind to it.
 *
 * @param method the generated method's name ({@code layerCostGrad} for a gradient)
 * @param parameters the method's parameters in call order; a parameter the graph does not read has
 *     no leaf in it
 * @param shared the shared variables the graph reads, in the order of its first reads
 * @param outputs the values the method returns, in order
 * @param updates the shared variables the method assigns, in order
 * @param graph the {@link dev.symbolon.internal.ir.GraphText} of the graph's roots: one per output,
 *     then one per update (its new value), in the orders above
 */
public record MethodGraph(String method, List<Slot> parameters, List<Slot> shared, List<Slot> outputs,
                          List<Slot> updates, String graph) {
    public MethodGraph {
        Objects.requireNonNull(method, "method");
        parameters = List.copyOf(parameters);
        shared = List.copyOf(shared);
        outputs = List.copyOf(outputs);
        updates = List.copyOf(updates);
        Objects.requireNonNull(graph, "graph");
    }
}
