package dev.symbolon.internal.model;

import dev.symbolon.internal.ir.Node;
import java.util.List;

/**
 * The {@code <method>Grad} that {@code @Grad} adds: same parameters as its method, returning a record
 * of the cost and its gradients. It applies no updates.
 *
 * @param methodName {@code layerCostGrad} for method {@code layerCost}
 * @param recordName {@code LayerCostGrad}
 * @param outputs {@code value} (the cost) first, then one output per {@code wrt} name, in order,
 *     each named after the parameter or shared field it differentiates with respect to
 * @param unoptimized the output nodes as the front end built them, in order; {@link ModelOptimizer}
 *     keeps them here for debug mode to compare with
 */
public record GradMethod(String methodName, String recordName, List<Output> outputs, List<Node> unoptimized) {
    public GradMethod {
        outputs = List.copyOf(outputs);
        unoptimized = List.copyOf(unoptimized);
    }

    /** A gradient method not yet optimized: its unoptimized nodes are its outputs'. */
    public GradMethod(String methodName, String recordName, List<Output> outputs) {
        this(methodName, recordName, outputs, outputs.stream().map(Output::node).toList());
    }
}
