package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Rebuild;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.TopologicalOrder;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs one phase: a list of rules applied over a graph until none fires. Each pass visits the nodes
 * bottom-up (inputs first), rebuilds a node over its inputs' replacements, then tries the rules at it
 * in order, again at the result, until none matches there; nodes a rule builds are visited by the
 * next pass. Passes repeat until one fires nothing. Replacements are built in the source position of
 * the node they replace, so errors found later still name the user's line, and each is checked by
 * the {@link Verifier}.
 *
 * <p>With the system property {@code symbolon.rewrite.trace=true}, each firing is logged: phase,
 * rule, position and the node before and after.
 */
public final class Rewriter {
    /** Enough for any sane rule set; more means two rules undo each other. */
    private static final int MAX_PASSES = 64;
    private static final int MAX_FIRINGS_AT_ONE_NODE = 32;

    private final String phase;
    private final List<Rule> rules;
    private final Consumer<String> trace;

    /** A phase whose firings are logged when {@code symbolon.rewrite.trace} is {@code true} as it runs. */
    public Rewriter(String phase, List<Rule> rules) {
        this(phase, rules, null);
    }

    /** A phase that reports each firing to {@code trace}; when null, as the one-argument constructor. */
    public Rewriter(String phase, List<Rule> rules, Consumer<String> trace) {
        this.phase = phase;
        this.rules = List.copyOf(rules);
        this.trace = trace;
    }

    /** The roots rewritten to a fixpoint, in the same order; unchanged roots are returned as they are. */
    public List<Node> rewrite(List<Node> roots) {
        Consumer<String> sink = trace != null ? trace
                : Boolean.getBoolean("symbolon.rewrite.trace") ? Rewriter::log : null;
        List<Node> current = List.copyOf(roots);
        for (int pass = 1; ; pass++) {
            Set<String> fired = new LinkedHashSet<>();
            List<Node> next = pass(current, fired, sink);
            Verifier.checkPass(phase, pass, current, next);
            current = next;
            if (fired.isEmpty()) {
                return current;
            }
            if (pass == MAX_PASSES) {
                throw new IllegalStateException("rewrite phase " + phase + " found no fixpoint after " + MAX_PASSES
                        + " passes; rules still firing: " + fired);
            }
        }
    }

    private List<Node> pass(List<Node> roots, Set<String> fired, Consumer<String> sink) {
        Map<Node, Node> replaced = new IdentityHashMap<>();
        for (Node node : TopologicalOrder.of(roots)) {
            List<Node> inputs = new ArrayList<>(node.inputs().size());
            for (Node input : node.inputs()) {
                inputs.add(replaced.get(input));
            }
            try (var scope = SourcePosition.enter(node.position())) {
                Node result = Rebuild.withInputs(node, inputs);
                for (int i = 0; i < MAX_FIRINGS_AT_ONE_NODE; i++) {
                    Node before = result;
                    result = applyFirst(result, fired, sink);
                    if (result == before) {
                        break;
                    }
                }
                replaced.put(node, result);
            }
        }
        List<Node> result = new ArrayList<>(roots.size());
        for (Node root : roots) {
            result.add(replaced.get(root));
        }
        return result;
    }

    /** The replacement the first matching rule gives, or {@code node} when none matches. */
    private Node applyFirst(Node node, Set<String> fired, Consumer<String> sink) {
        for (Rule rule : rules) {
            Node after = rule.apply(node);
            if (after != null && after != node) {
                Verifier.checkReplacement(phase, rule, node, after);
                fired.add(rule.name());
                if (sink != null) {
                    sink.accept(phase + ": " + rule.name() + " at " + node.position() + ": "
                            + Expressions.format(node) + " -> " + Expressions.format(after));
                }
                return after;
            }
        }
        return node;
    }

    private static void log(String message) {
        System.getLogger(Rewriter.class.getName()).log(System.Logger.Level.INFO, message);
    }
}
