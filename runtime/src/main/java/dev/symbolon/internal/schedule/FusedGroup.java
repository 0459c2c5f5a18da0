package dev.symbolon.internal.schedule;

import dev.symbolon.internal.ir.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Nodes computed by one loop. The members are elementwise nodes (and broadcasts of a scalar) of one
 * shape, in topological order; each member's element is a local of the loop body, and only the
 * {@code materialized} members, which something outside the loop reads, get arrays. The reductions
 * are sums and means over every element of a member, accumulated in the same loop.
 */
public record FusedGroup(List<Node> members, List<Node> reductions, Set<Node> materialized) implements EmissionStep {
    @Override
    public List<Node> nodes() {
        List<Node> nodes = new ArrayList<>(members);
        nodes.addAll(reductions);
        return nodes;
    }
}
