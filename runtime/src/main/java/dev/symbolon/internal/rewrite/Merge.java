package dev.symbolon.internal.rewrite;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Rebuild;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.TopologicalOrder;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unites the nodes of a graph that compute the same thing from the same inputs but were written at
 * different positions (hash-consing unites only those written at the same position). The first node
 * in topological order stands for all of them, with its position.
 */
final class Merge {
    private Merge() {}

    static List<Node> apply(List<Node> roots) {
        Map<Node, Node> merged = new IdentityHashMap<>();
        Map<Structure, Node> firstOfEach = new HashMap<>();
        for (Node node : TopologicalOrder.of(roots)) {
            List<Node> inputs = node.inputs().stream().map(merged::get).toList();
            Node rebuilt;
            try (var scope = SourcePosition.enter(node.position())) {
                rebuilt = Rebuild.withInputs(node, inputs);
            }
            merged.put(node, firstOfEach.computeIfAbsent(new Structure(rebuilt), s -> s.node));
        }
        return roots.stream().map(merged::get).toList();
    }

    /** A node as a key that ignores its source position. */
    private record Structure(Node node) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Structure s && s.node.sameStructureAs(node);
        }

        @Override
        public int hashCode() {
            return node.structureHash();
        }
    }
}
