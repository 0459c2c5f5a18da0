package dev.symbolon.internal.debug;

import dev.symbolon.internal.access.Internals;
import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.GraphText;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.internal.random.DrawCall;
import dev.symbolon.runtime.DebugMismatch;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.NumericalError;
import dev.symbolon.runtime.SharedVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What debug mode checks after a compiled method has computed its results and before it applies any
 * update, so that a call that fails the check leaves the shared variables as they were:
 * <ol>
 * <li>the reference interpreter evaluates the optimized graph, the one the code was generated from,
 *     and the first operation, in topological order, whose value has a NaN or an infinity although
 *     none of its operands had one throws {@link NumericalError};
 * <li>the generated code's results must equal the interpreter's, which checks the code generator;
 * <li>the results must equal the unoptimized graph's values where those are finite, which checks the
 *     rewrites. Where the unoptimized graph overflows or divides zero by zero, the rewrites are meant to
 *     give something better, so a non-finite unoptimized value is not compared (Theano's DebugMode
 *     likewise compares only where values are finite).
 * </ol>
 * Either comparison failing throws {@link DebugMismatch}. Arguments that are already NaN or infinite
 * are the caller's; only operations that create such values are reported. An operation whose NaNs a
 * later {@code where} discards is reported all the same, since the check cannot know that they will be.
 */
public final class DebugCheck {
    private final String method;
    private final List<String> resultNames;
    private final List<Node> optimized;
    private final List<Node> unoptimized;

    /**
     * Reads both graphs of one compiled method.
     *
     * @param method the compiled method's name, for messages
     * @param resultNames a name for each root of the graphs, in order: the outputs, then
     *     {@code update(<field>)} for each update
     * @param optimizedGraph the {@link GraphText} of the graph the code was generated from
     * @param unoptimizedGraph the {@link GraphText} of the same roots before rewriting
     * @throws IllegalArgumentException if a text is malformed or the graphs do not have a root per name
     */
    public DebugCheck(String method, List<String> resultNames, String optimizedGraph, String unoptimizedGraph) {
        this.method = method;
        this.resultNames = List.copyOf(resultNames);
        this.optimized = GraphText.read(optimizedGraph);
        this.unoptimized = GraphText.read(unoptimizedGraph);
        if (optimized.size() != resultNames.size() || unoptimized.size() != resultNames.size()) {
            throw new IllegalArgumentException(method + ": " + resultNames.size() + " results " + resultNames
                    + ", but the graphs have " + optimized.size() + " and " + unoptimized.size() + " roots");
        }
    }

    /**
     * Checks one call.
     *
     * @param arguments the value of each parameter, by name; scalars as rank-0 arrays
     * @param shared the instance's shared variables; those the graphs read must have values
     * @param results what the generated code computed: the outputs, then the updates' new values
     * @param draws the call's draws, which both graphs draw again; null for a method that does not draw
     * @throws NumericalError if an operation produced NaN or infinity from finite operands
     * @throws DebugMismatch if a result differs from the interpreter's or the unoptimized graph's value
     * @throws IllegalArgumentException if a value is missing or the results do not match the graphs
     */
    public void check(Map<String, NDArray> arguments, List<SharedVariable> shared, List<NDArray> results,
                      @Nullable DrawCall draws) {
        if (results.size() != resultNames.size()) {
            throw new IllegalArgumentException(method + ": " + results.size() + " results given for "
                    + resultNames);
        }
        Map<String, SharedVariable> sharedByName = new HashMap<>();
        shared.forEach(s -> sharedByName.put(s.name(), s));
        // A missing value is left null for the interpreter, which names the leaf that lacks it.
        Function<Node, NDArray> leaves = leaf -> leaf.op() != Op.SHARED ? arguments.get(leaf.name())
                : sharedByName.containsKey(leaf.name()) ? Internals.value(sharedByName.get(leaf.name())) : null;

        // the same call's numbers: a draw's key is the same in both graphs, so both draw what the code drew
        DrawCall call = draws == null ? DrawCall.unseeded() : draws;
        Map<Node, NDArray> values = Interpreter.evaluateAll(optimized, leaves, call);
        requireNoNewNonFinite(values);
        List<NDArray> interpreted = new ArrayList<>();
        optimized.forEach(root -> interpreted.add(values.get(root)));
        compare(results, "generated", interpreted, "interpreter", false,
                "differs from the reference interpreter's value of the same optimized graph: a bug in the code"
                        + " generator");
        compare(results, "optimized", Interpreter.evaluate(unoptimized, leaves, call), "unoptimized", true,
                "differs from the value of the unoptimized graph: a rewrite changed what it computes"
                        + " (-Dsymbolon.rewrite.trace=true lists the rules that fired)");
    }

    private void requireNoNewNonFinite(Map<Node, NDArray> values) {
        for (Node node : TopologicalOrder.of(optimized)) {
            NDArray value = values.get(node);
            if (node.isLeaf() || Summary.nonFinite(value) == 0
                    || node.inputs().stream().anyMatch(in -> Summary.nonFinite(values.get(in)) > 0)) {
                continue;
            }
            int first = Summary.firstNonFinite(value);
            StringBuilder message = new StringBuilder(method).append(": ").append(node.op().functionName())
                    .append(" at ").append(node.position()).append(" produced ")
                    .append(value.toDoubleArray()[first]).append(" from finite operands (")
                    .append(Summary.nonFinite(value)).append(" of ").append(value.size())
                    .append(" elements are not finite, the first at ")
                    .append(Summary.index(first, value.shape())).append("); operands: ");
            for (int i = 0; i < node.inputs().size(); i++) {
                message.append(i == 0 ? "" : "; ").append(Summary.of(values.get(node.input(i))));
            }
            throw Internals.numericalError(method, node.op().functionName(), node.position(), message.toString());
        }
    }

    private void compare(List<NDArray> actual, String actualLabel, List<NDArray> expected, String expectedLabel,
                         boolean onlyWhereExpectedFinite, String meaning) {
        for (int i = 0; i < resultNames.size(); i++) {
            Optional<String> difference = Differences.largest(actual.get(i), actualLabel, expected.get(i),
                    expectedLabel, onlyWhereExpectedFinite);
            if (difference.isPresent()) {
                String name = resultNames.get(i);
                Node written = unoptimized.get(i);
                throw Internals.debugMismatch(method, name, written.position(), method + ": result " + name
                        + " (written at " + written.position() + ") " + meaning + "; " + difference.get());
            }
        }
    }
}
