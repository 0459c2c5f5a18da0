package dev.symbolon.internal.function;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.Rebuild;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.internal.ir.Trace;
import dev.symbolon.internal.model.Output;
import dev.symbolon.internal.model.Parameter;
import dev.symbolon.internal.model.SharedField;
import dev.symbolon.internal.model.SymbolicClass;
import dev.symbolon.internal.model.SymbolicMethod;
import dev.symbolon.internal.model.Update;
import dev.symbolon.runtime.SharedVariable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * A function built at run time, checked and put in the form of the processor's model: a class of
 * one method, {@value #METHOD}, whose parameters are the inputs, whose outputs are the function's
 * (a record {@code Outputs(out0, out1, ...)} when there are several) and whose shared fields are the
 * variables the graph reads or updates. Leaves keep their names where those are Java identifiers
 * that the generated class does not use itself, so that messages name the user's inputs; any other
 * leaf is renamed ({@code input0}, {@code shared0}).
 *
 * @param model the one-method model, not yet optimized
 * @param variables the shared variables in the order of the model's shared fields
 * @param updated for each update of the method, in order, the index of its variable in {@code variables}
 */
public record FunctionGraph(SymbolicClass model, List<SharedVariable> variables, List<Integer> updated) {
    /** The generated method's name, which shape errors name. */
    public FunctionGraph {
        variables = List.copyOf(variables);
        updated = List.copyOf(updated);
    }

    public static final String METHOD = "function";
    static final String PACKAGE = "dev.symbolon.internal.function.generated";
    static final String CLASS = "RuntimeFunction";

    /** Member names of the generated class that a shared field's accessor must not take. */
    private static final Set<String> MEMBERS = Set.of(METHOD, METHOD + "Into", "device", "debugPrint", "debugMode",
            "executors", "saveState", "loadState", "Outputs", "Graphs", "seed", "randomState");

    /**
     * Checks and names the function's parts.
     *
     * @param inputs {@code INPUT} leaves in call order
     * @param outputs any nodes
     * @param updates shared leaves to their new values, in order
     * @throws IllegalArgumentException if an input is not an input leaf or is listed twice, if an
     *     output or update needs an input that is not listed, or reads a shared value of no variable
     * @throws dev.symbolon.internal.ir.GraphException if an update's target is not shared or its
     *     value does not fit it
     */
    public static FunctionGraph of(List<Node> inputs, List<Node> outputs, Map<Node, Node> updates,
                                   SourcePosition position) {
        Set<Node> listed = checkInputs(inputs);
        Map<Node, Node> converted = new LinkedHashMap<>();
        try (var scope = SourcePosition.enter(position)) {
            updates.forEach((shared, value) -> converted.put(shared, Trace.convertUpdate(shared, value)));
        }
        List<Node> roots = new ArrayList<>(outputs);
        roots.addAll(converted.values());
        List<Node> sharedLeaves = new ArrayList<>();
        for (Node node : TopologicalOrder.of(roots)) {
            if (node.op() == Op.INPUT && !listed.contains(node)) {
                throw new IllegalArgumentException("the function needs input '" + node.name() + "' ("
                        + node.type() + "), which is not among its inputs " + names(inputs)
                        + ": add it to the inputs, in the place you will pass it");
            }
            if (node.op() == Op.SHARED) {
                sharedLeaves.add(node);
            }
        }
        converted.keySet().stream().filter(s -> !sharedLeaves.contains(s)).forEach(sharedLeaves::add);

        Set<String> taken = new HashSet<>(MEMBERS);
        Map<Node, Node> renamed = new IdentityHashMap<>();
        List<Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Node leaf = renamed(inputs.get(i), inputs.get(i).name(), "input" + i, taken, renamed);
            parameters.add(new Parameter(leaf.name(), leaf));
        }
        List<SharedVariable> variables = new ArrayList<>();
        List<SharedField> fields = new ArrayList<>();
        for (int i = 0; i < sharedLeaves.size(); i++) {
            Node leaf = sharedLeaves.get(i);
            SharedVariable variable = SharedLeaves.variable(leaf);
            variables.add(variable);
            Node safe = renamed(leaf, variable.name(), "shared" + i, taken, renamed);
            fields.add(new SharedField(safe.name(), safe));
        }

        List<Output> outs = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            outs.add(new Output(outputs.size() == 1 ? "value" : "out" + i, substitute(outputs.get(i), renamed)));
        }
        List<Update> ups = new ArrayList<>();
        List<Integer> updated = new ArrayList<>();
        for (Map.Entry<Node, Node> e : converted.entrySet()) {
            int index = sharedLeaves.indexOf(e.getKey());
            updated.add(index);
            ups.add(new Update(fields.get(index).name(), substitute(e.getValue(), renamed)));
        }
        SymbolicMethod method = new SymbolicMethod(METHOD, parameters,
                outputs.size() > 1 ? Optional.of("Outputs") : Optional.empty(), outs, ups, Optional.empty(), position);
        SymbolicClass model = new SymbolicClass(PACKAGE, CLASS, position.file(), fields, List.of(method));
        return new FunctionGraph(model, variables, updated);
    }

    /** The model's only method. */
    public SymbolicMethod method() {
        return model.methods().get(0);
    }

    private static Set<Node> checkInputs(List<Node> inputs) {
        Set<Node> listed = new HashSet<>();
        for (Node input : inputs) {
            if (input.op() != Op.INPUT) {
                throw new IllegalArgumentException("the inputs of a function are made by T.scalar, vector, matrix"
                        + " or tensor; " + input.describe() + " is computed: pass the inputs it is computed from");
            }
            if (!listed.add(input)) {
                throw new IllegalArgumentException("input '" + input.name() + "' is listed twice among the inputs "
                        + names(inputs) + "; list each input once");
            }
        }
        return listed;
    }

    /**
     * {@code leaf}, or a leaf of the same op and type named {@code preferred} where that differs (a
     * shared variable's own name, where its leaf had to take another), or {@code fallback} where the
     * preferred name is no Java identifier or is taken.
     */
    private static Node renamed(Node leaf, String preferred, String fallback, Set<String> taken,
                                Map<Node, Node> renamed) {
        String fresh = preferred;
        // '$' names the generated class's own fields (work$function$t3, spare$w)
        if (!SourceVersion.isName(preferred) || preferred.contains(".") || preferred.contains("$")
                || !taken.add(preferred)) {
            fresh = fallback;
            for (int n = 2; !taken.add(fresh); n++) {
                fresh = fallback + "_" + n;
            }
        }
        if (fresh.equals(leaf.name())) {
            return leaf;
        }
        Node replacement = leaf.op() == Op.INPUT
                ? GraphOps.input(fresh, leaf.type())
                : GraphOps.shared(fresh, leaf.type());
        renamed.put(leaf, replacement);
        return replacement;
    }

    private static Node substitute(Node root, Map<Node, Node> renamed) {
        return renamed.isEmpty() ? root : Rebuild.substitute(root, renamed);
    }

    private static String names(List<Node> inputs) {
        return inputs.stream().map(Node::name).collect(Collectors.joining(", ", "[", "]"));
    }
}
