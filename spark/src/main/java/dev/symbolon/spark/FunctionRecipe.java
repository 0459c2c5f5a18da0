package dev.symbolon.spark;

import dev.symbolon.CompiledFunction;
import dev.symbolon.SymbolicValue;
import dev.symbolon.T;
import dev.symbolon.internal.access.Internals;
import dev.symbolon.internal.function.SharedLeaves;
import dev.symbolon.internal.ir.GraphText;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.Rebuild;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run-time function's gradient, rebuilt on an executor from its graph: the text of the cost and
 * gradient graphs ({@link GraphText}), read back, its shared leaves replaced by variables of the
 * executor's own and compiled with {@link T#function}.
 *
 * @param graph the roots cost, then one gradient per parameter
 * @param inputs the data inputs, in call order
 * @param leaves the leaf name of each shared variable the graph reads, in the state's order
 * @param variables those variables' own names
 */
record FunctionRecipe(String id, String graph, List<DataInput> inputs, List<String> leaves, List<String> variables)
        implements Recipe {
    private static final long serialVersionUID = 1L;

    @Override
    public Evaluator build(NDArray[] state) {
        List<Node> roots = GraphText.read(graph);
        SharedVariable[] owned = new SharedVariable[leaves.size()];
        for (int i = 0; i < owned.length; i++) {
            owned[i] = SharedVariable.of(variables.get(i), state[i]);
        }
        Map<Node, Node> replacements = new IdentityHashMap<>();
        Map<DataInput, Node> inputLeaves = new HashMap<>();
        for (Node node : TopologicalOrder.of(roots)) {
            if (node.op() == Op.SHARED) {
                replacements.put(node, SharedLeaves.leaf(owned[leaves.indexOf(node.name())]));
            } else if (node.op() == Op.INPUT) {
                inputLeaves.put(new DataInput(node.name(), node.type().dtype(), node.type().rank()), node);
            }
        }
        List<SymbolicValue> outputs = new ArrayList<>();
        for (Node root : roots) {
            outputs.add(Internals.handle(Rebuild.substitute(root, replacements)));
        }
        List<SymbolicValue> inputHandles = new ArrayList<>();
        for (DataInput input : inputs) {
            Node leaf = inputLeaves.get(input);
            // an input the graph does not read is not in its text: make one of the same name and type
            inputHandles.add(leaf != null ? Internals.handle(leaf)
                    : input.rank() == 1 ? T.vector(input.name(), input.dtype()) : T.matrix(input.name(), input.dtype()));
        }
        CompiledFunction function = T.function(inputHandles, outputs);
        return (current, seed, data) -> {
            for (int i = 0; i < owned.length; i++) {
                owned[i].setValue(current[i]);
            }
            function.seed(seed);
            List<NDArray> out = function.call((Object[]) data);
            NDArray[] grads = out.subList(1, out.size()).toArray(NDArray[]::new);
            return new Evaluator.Gradient(out.get(0).getDouble(), grads);
        };
    }
}
