package dev.symbolon.processor.model;

import java.util.List;

/**
 * The {@code <method>Grad} that {@code @Grad} adds: same parameters as its method, returning a record
 * of the cost and its gradients. It applies no updates.
 *
 * @param methodName {@code layerCostGrad} for method {@code layerCost}
 * @param recordName {@code LayerCostGrad}
 * @param outputs {@code value} (the cost) first, then one output per {@code wrt} name, in order,
 *     each named after the parameter or shared field it differentiates with respect to
 */
public record GradMethod(String methodName, String recordName, List<Output> outputs) {
    public GradMethod {
        outputs = List.copyOf(outputs);
    }
}
