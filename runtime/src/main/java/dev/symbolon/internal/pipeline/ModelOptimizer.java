package dev.symbolon.internal.pipeline;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.model.GradMethod;
import dev.symbolon.internal.model.Output;
import dev.symbolon.internal.model.SymbolicClass;
import dev.symbolon.internal.model.SymbolicMethod;
import dev.symbolon.internal.model.Update;
import dev.symbolon.internal.rewrite.Optimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the graph rewrites over every method of a model before code generation: each generated
 * method's outputs and update values are optimized together, so subexpressions they share stay shared.
 * The nodes as written stay in the model beside the optimized ones, for debug mode to compare with.
 */
public final class ModelOptimizer {
    private ModelOptimizer() {}

    public static SymbolicClass optimize(SymbolicClass model) {
        List<SymbolicMethod> methods = new ArrayList<>();
        for (SymbolicMethod m : model.methods()) {
            methods.add(optimize(m));
        }
        return new SymbolicClass(model.packageName(), model.nameInPackage(), model.sourceFile(), model.sharedFields(),
                methods);
    }

    private static SymbolicMethod optimize(SymbolicMethod written) {
        SymbolicMethod m = DrawKeys.renumber(written);
        List<Node> optimized = Optimizer.optimize(m.roots());
        int outputCount = m.outputs().size();

        List<Update> updates = new ArrayList<>();
        for (int i = 0; i < m.updates().size(); i++) {
            updates.add(new Update(m.updates().get(i).field(), optimized.get(outputCount + i)));
        }
        Optional<GradMethod> grad = m.grad().map(g -> new GradMethod(g.methodName(), g.recordName(),
                withNodes(g.outputs(), Optimizer.optimize(g.outputs().stream().map(Output::node).toList())),
                g.unoptimized()));
        return new SymbolicMethod(m.name(), m.parameters(), m.recordName(),
                withNodes(m.outputs(), optimized.subList(0, outputCount)), updates, grad, m.position(),
                m.unoptimized());
    }

    /** The outputs with the same names, computed by {@code nodes} in the same order. */
    private static List<Output> withNodes(List<Output> outputs, List<Node> nodes) {
        List<Output> result = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            result.add(new Output(outputs.get(i).name(), nodes.get(i)));
        }
        return result;
    }
}
