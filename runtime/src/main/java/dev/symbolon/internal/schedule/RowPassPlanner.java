package dev.symbolon.internal.schedule;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Joins {@code dot(x, v)}, the fused groups that work on its elements, and {@code dot(r, x)} of the same
 * x into one {@link RowPass}, so that a step reads x once: a logistic regression's forward product,
 * its per-example loss and residual, and the gradient's product.
 *
 * <p>A group takes part where its members are vectors with the product's shape pattern that read
 * the product or a member of another such group, every operand from outside is a scalar or a vector
 * of that length, and r's group needs it; all their members then have x's row count at run time once
 * their dimension checks pass. The pass is refused where something it needs from outside needs a
 * value of the pass that is complete only after the loop (a member's whole array, a reduction, the
 * gradient): that is a cycle among the steps, as in {@link FusionPlanner}. What the pass needs that
 * reads only the shapes of its values (a mean's {@code size}) is computed before the loop, after the
 * groups' dimension checks. The steps that do not depend on the pass run before it, the others after.
 */
public final class RowPassPlanner {
    private final List<EmissionStep> steps;
    private final Set<Node> roots;
    private final Map<Node, EmissionStep> stepOf = new IdentityHashMap<>();
    private final Map<Node, List<Node>> users = new IdentityHashMap<>();

    private RowPassPlanner(List<EmissionStep> steps, List<Node> roots) {
        this.steps = steps;
        this.roots = identitySet(roots);
        for (EmissionStep step : steps) {
            for (Node node : allNodes(step)) {
                stepOf.put(node, step);
                for (Node input : node.inputs()) {
                    users.computeIfAbsent(input, k -> new ArrayList<>()).add(node);
                }
            }
        }
    }

    /**
     * {@code steps}, a schedule of {@link FusionPlanner}, with every product that can be joined with its
     * groups and its gradient's product into a row pass so joined; {@code roots}, the values the method
     * hands out, keep their arrays.
     */
    public static List<EmissionStep> plan(List<EmissionStep> steps, List<Node> roots) {
        List<EmissionStep> current = steps;
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i) instanceof EmissionStep.Single single && isProduct(single.node())) {
                Optional<List<EmissionStep>> joined = new RowPassPlanner(current, roots).join(single.node());
                if (joined.isPresent()) {
                    current = joined.get();
                    i = -1;
                }
            }
        }
        return current;
    }

    private Optional<List<EmissionStep>> join(Node product) {
        List<FusedGroup> reading = groupsReading(product);
        Optional<Node> gradient = gradientOf(product.input(0), reading);
        if (gradient.isEmpty()) {
            return Optional.empty();
        }
        List<FusedGroup> groups = needed(reading, groupOf(gradient.get().input(0), reading));
        Set<Node> pass = identitySet(List.of(product, gradient.get()));
        Set<Node> shapeKnown = identitySet(List.of(product, gradient.get()));
        for (FusedGroup group : groups) {
            pass.addAll(group.nodes());
            shapeKnown.addAll(group.members());
        }
        for (FusedGroup group : groups) {
            for (Node member : group.members()) {
                for (Node input : member.inputs()) {
                    boolean late = input == gradient.get()
                            || groups.stream().anyMatch(g -> g.reductions().contains(input));
                    if (late && !(FusionPlanner.readsOnlyShape(member, input) && shapeKnown.contains(input))) {
                        return Optional.empty();
                    }
                }
            }
        }
        return order(product, groups, gradient.get(), pass, shapeKnown);
    }

    /**
     * The schedule with the pass: the steps independent of it, the pass (with the steps it needs that
     * read its shapes, before its loop), then the steps that read its values; empty if a step the pass
     * needs reads one of its values.
     */
    private Optional<List<EmissionStep>> order(Node product, List<FusedGroup> groups, Node gradient, Set<Node> pass,
                                               Set<Node> shapeKnown) {
        Set<EmissionStep> own = identitySet(List.of());
        own.add(stepOf.get(product));
        own.add(stepOf.get(gradient));
        own.addAll(groups);
        Set<EmissionStep> needed = neededBy(own);
        Set<EmissionStep> after = identitySet(List.of());
        Set<EmissionStep> hoisted = identitySet(List.of());
        List<EmissionStep> before = new ArrayList<>();
        List<EmissionStep> prologue = new ArrayList<>();
        List<EmissionStep> rest = new ArrayList<>();
        for (EmissionStep step : steps) {
            if (own.contains(step)) {
                if (step instanceof FusedGroup group) {
                    prologue.add(group);
                }
                continue;
            }
            boolean readsValue = false;
            boolean readsShape = false;
            for (Node node : allNodes(step)) {
                for (Node input : node.inputs()) {
                    EmissionStep from = stepOf.get(input);
                    if (pass.contains(input)) {
                        boolean shapeOnly = FusionPlanner.readsOnlyShape(node, input) && shapeKnown.contains(input);
                        readsValue |= !shapeOnly;
                        readsShape |= shapeOnly;
                    } else if (from != step) {
                        readsValue |= after.contains(from);
                        readsShape |= hoisted.contains(from);
                    }
                }
            }
            if (readsValue || (readsShape && !needed.contains(step))) {
                if (needed.contains(step)) {
                    return Optional.empty();
                }
                after.add(step);
                rest.add(step);
            } else if (readsShape) {
                hoisted.add(step);
                prologue.add(step);
            } else {
                before.add(step);
            }
        }
        for (Node operand : product.inputs()) {
            if (!before.contains(stepOf.get(operand))) {
                return Optional.empty();
            }
        }
        Set<Node> materialized = identitySet(List.of());
        List<Node> perRow = new ArrayList<>(List.of(product));
        groups.forEach(g -> perRow.addAll(g.members()));
        for (Node node : perRow) {
            boolean readAfter = users.getOrDefault(node, List.of()).stream()
                    .anyMatch(u -> !pass.contains(u) && !FusionPlanner.readsOnlyShape(u, node));
            if (readAfter || roots.contains(node)) {
                materialized.add(node);
            }
        }
        List<EmissionStep> planned = new ArrayList<>(before);
        planned.add(new RowPass(product, groups, gradient, prologue, materialized));
        planned.addAll(rest);
        return Optional.of(planned);
    }

    /** The steps that compute what {@code own} reads, and what those read, outside {@code own}. */
    private Set<EmissionStep> neededBy(Set<EmissionStep> own) {
        Set<EmissionStep> needed = identitySet(List.of());
        List<EmissionStep> pending = new ArrayList<>(own);
        while (!pending.isEmpty()) {
            EmissionStep step = pending.remove(pending.size() - 1);
            for (Node node : allNodes(step)) {
                for (Node input : node.inputs()) {
                    EmissionStep from = stepOf.get(input);
                    if (!own.contains(from) && needed.add(from)) {
                        pending.add(from);
                    }
                }
            }
        }
        return needed;
    }

    /** The row-wise groups that read the product, directly or through each other, in schedule order. */
    private List<FusedGroup> groupsReading(Node product) {
        Set<Node> perRow = identitySet(List.of(product));
        List<FusedGroup> groups = new ArrayList<>();
        for (EmissionStep step : steps) {
            if (step instanceof FusedGroup group && isRowWise(group, product)
                    && group.members().stream().anyMatch(m -> readsValueOf(m, perRow))) {
                groups.add(group);
                perRow.addAll(group.members());
            }
        }
        return groups;
    }

    /** The first {@code dot(r, x)} after the product whose r is a member of one of the groups. */
    private Optional<Node> gradientOf(Node matrix, List<FusedGroup> groups) {
        for (EmissionStep step : steps) {
            if (step instanceof EmissionStep.Single single) {
                Node node = single.node();
                if (node.op() == Op.DOT && node.input(1) == matrix && node.input(0).rank() == 1
                        && node.type().dtype() == DType.FLOAT64 && groupOf(node.input(0), groups) != null) {
                    return Optional.of(node);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code last} and the groups among {@code groups} whose members it reads, directly or through others. */
    private static List<FusedGroup> needed(List<FusedGroup> groups, FusedGroup last) {
        Set<FusedGroup> keep = identitySet(List.of(last));
        for (int i = groups.indexOf(last); i >= 0; i--) {
            FusedGroup group = groups.get(i);
            if (!keep.contains(group)) {
                continue;
            }
            for (FusedGroup earlier : groups.subList(0, i)) {
                Set<Node> members = identitySet(earlier.members());
                if (group.nodes().stream().anyMatch(m -> readsValueOf(m, members))) {
                    keep.add(earlier);
                }
            }
        }
        return groups.stream().filter(keep::contains).toList();
    }

    private static FusedGroup groupOf(Node node, List<FusedGroup> groups) {
        return groups.stream().filter(g -> g.members().contains(node)).findFirst().orElse(null);
    }

    private static boolean readsValueOf(Node node, Set<Node> values) {
        return node.inputs().stream().anyMatch(i -> values.contains(i) && !FusionPlanner.readsOnlyShape(node, i));
    }

    /**
     * Whether every member is a vector of the product's shape pattern whose array operands are such
     * vectors too, so that the loop over the rows reads each at the row's index.
     */
    private static boolean isRowWise(FusedGroup group, Node product) {
        for (Node member : group.members()) {
            if (!Arrays.equals(member.type().broadcastable(), product.type().broadcastable())) {
                return false;
            }
            for (Node input : member.inputs()) {
                if (input.rank() != 0 && !Arrays.equals(input.type().broadcastable(), product.type().broadcastable())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code dot(x, v)} in float64, x a matrix and v a vector: one dot product per row of x. */
    private static boolean isProduct(Node node) {
        return node.op() == Op.DOT && node.type().dtype() == DType.FLOAT64 && node.input(0).rank() == 2
                && node.input(1).rank() == 1 && !node.type().isBroadcastable(0);
    }

    /** A step's nodes, with those of the steps a row pass computes before its loop. */
    private static List<Node> allNodes(EmissionStep step) {
        if (step instanceof RowPass pass) {
            List<Node> nodes = new ArrayList<>(pass.nodes());
            pass.hoisted().forEach(s -> nodes.addAll(allNodes(s)));
            return nodes;
        }
        return step.nodes();
    }

    private static <T> Set<T> identitySet(List<T> elements) {
        Set<T> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(elements);
        return set;
    }
}
