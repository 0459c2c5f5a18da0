package dev.symbolon.internal.function;

import dev.symbolon.internal.access.Internals;
import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.random.RandomState;
import dev.symbolon.internal.model.Parameter;
import dev.symbolon.internal.model.SharedField;
import dev.symbolon.internal.model.SymbolicMethod;
import dev.symbolon.internal.shape.IndexOutOfRangeException;
import dev.symbolon.internal.shape.IntoTargets;
import dev.symbolon.internal.shape.ShapeChecks;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import dev.symbolon.runtime.ShapeException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a function's optimized graph with the reference interpreter, where no Java compiler is
 * available (a JRE) or {@code symbolon.runtimeCompiler=interpreter} asks for it: the same values as
 * the generated code, node by node and several times slower, on the CPU.
 */
final class InterpretedRunner implements Runner {
    private final FunctionGraph graph;
    private final List<Node> roots;
    private final Map<Node, Integer> leafIndex = new IdentityHashMap<>();
    private final SharedVariable[] variables;
    private final RandomState random = new RandomState();

    InterpretedRunner(FunctionGraph optimized) {
        this.graph = optimized;
        SymbolicMethod method = optimized.method();
        this.roots = method.roots();
        List<Parameter> inputs = method.parameters();
        for (int i = 0; i < inputs.size(); i++) {
            leafIndex.put(inputs.get(i).node(), i);
        }
        List<SharedField> fields = optimized.model().sharedFields();
        for (int i = 0; i < fields.size(); i++) {
            leafIndex.put(fields.get(i).node(), i);
        }
        this.variables = optimized.variables().toArray(SharedVariable[]::new);
    }

    @Override
    public List<NDArray> call(NDArray[] arguments) {
        return callInto(arguments, null);
    }

    /** With {@code targets} null, {@link #call}; otherwise the array outputs are copied into their targets before any update. */
    @Override
    public List<NDArray> callInto(NDArray[] arguments, List<NDArray> targets) {
        List<NDArray> leaves = new ArrayList<>();
        List<NDArray> values;
        try {
            values = Interpreter.evaluate(roots, leaf -> {
                int index = leafIndex.get(leaf);
                NDArray value = leaf.op() == Op.INPUT ? arguments[index] : Internals.value(variables[index]);
                leaves.add(value);
                return value;
            }, random.nextCall());
        } catch (ShapeException e) {
            throw ShapeChecks.inCall(description(arguments), e);
        } catch (IndexOutOfRangeException e) {
            throw ShapeChecks.inCall(description(arguments), e);
        }
        int outputs = graph.method().outputs().size();
        List<NDArray> results = new ArrayList<>(outputs);
        for (int i = 0; i < outputs; i++) {
            results.add(owned(values.get(i), leaves));
        }
        if (targets != null) {
            for (int i = 0; i < outputs; i++) {
                if (results.get(i).rank() > 0) {
                    IntoTargets.requireShape(FunctionGraph.METHOD + "Into", graph.method().outputs().get(i).name(),
                            targets.get(i), results.get(i).shape());
                }
            }
            for (int i = 0; i < outputs; i++) {
                if (results.get(i).rank() > 0) {
                    results.set(i, IntoTargets.copy(FunctionGraph.METHOD + "Into",
                            graph.method().outputs().get(i).name(), results.get(i), targets.get(i)));
                }
            }
        }
        for (int u = 0; u < graph.updated().size(); u++) {
            Internals.assign(variables[graph.updated().get(u)], owned(values.get(outputs + u), leaves));
        }
        return results;
    }

    @Override
    public void seed(long seed) {
        random.seed(seed);
    }

    /** {@code value}, or a copy where it is an argument or a shared value itself, which the caller does not own. */
    private static NDArray owned(NDArray value, List<NDArray> leaves) {
        for (NDArray leaf : leaves) {
            if (leaf == value) {
                return value.copy();
            }
        }
        return value;
    }

    /** {@code function(x: [2, 3], y: [2]) with shared w: [3]}, as generated methods describe a call. */
    private String description(NDArray[] arguments) {
        StringBuilder call = new StringBuilder(FunctionGraph.METHOD).append('(');
        List<Parameter> inputs = graph.method().parameters();
        for (int i = 0; i < inputs.size(); i++) {
            call.append(i == 0 ? "" : ", ").append(inputs.get(i).name()).append(": ")
                    .append(ShapeChecks.format(arguments[i].shape()));
        }
        call.append(')');
        List<SharedField> fields = graph.model().sharedFields();
        for (int i = 0; i < fields.size(); i++) {
            call.append(i == 0 ? " with shared " : ", ").append(fields.get(i).name()).append(": ")
                    .append(ShapeChecks.format(variables[i]));
        }
        return call.toString();
    }
}
