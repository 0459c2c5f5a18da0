package dev.symbolon.internal.schedule;

import dev.symbolon.internal.ir.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One loop over the rows of a matrix x: row i's {@code dot(x, v)} element, the elementwise groups
 * that read it (directly or through each other) at element i, and row i times r's element i added to
 * {@code dot(r, x)}, while the row is in cache. x is read once instead of twice.
 *
 * @param product {@code dot(x, v)}, x of rank 2 and v of rank 1
 * @param groups the fused groups computed at each row, in order; their members are vectors as long as
 *     x has rows, and their reductions accumulate over the rows
 * @param gradient {@code dot(r, x)} for r a member of {@code groups}
 * @param prologue the groups and the steps computed before the loop, in order: the steps read only the
 *     shapes of the pass's values, and the groups contribute their dimension checks and arrays
 * @param materialized the product and members that get arrays, as something after the pass reads them
 */
public record RowPass(Node product, List<FusedGroup> groups, Node gradient, List<EmissionStep> prologue,
                      Set<Node> materialized) implements EmissionStep {
    /** The matrix whose rows the pass reads. */
    public Node matrix() {
        return product.input(0);
    }

    /** The pass's own nodes: the product, the groups' members and reductions, and the gradient. */
    @Override
    public List<Node> nodes() {
        List<Node> nodes = new ArrayList<>();
        nodes.add(product);
        for (FusedGroup group : groups) {
            nodes.addAll(group.nodes());
        }
        nodes.add(gradient);
        return nodes;
    }

    /** The steps the pass computes before its loop that are not its groups. */
    public List<EmissionStep> hoisted() {
        return prologue.stream().filter(s -> groups.stream().noneMatch(g -> g == s)).toList();
    }
}
