package dev.symbolon.internal.schedule;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which nodes of a method share one loop, and in what order the method computes its steps.
 *
 * <p>Elementwise nodes of one shape pattern (rank and broadcastable dimensions) that feed one another
 * form a group, so that every member has the same shape at run time once its own dimension checks
 * pass. A broadcast of a scalar, whose element is the scalar, joins the group of its first reader,
 * and a sum or mean of every element of a member joins as an accumulator. A group is refused where
 * a value it reads from outside needs the group itself, directly or through the loop of another
 * group (that value would need a value the loop has not finished, and the steps would have no
 * order), and where a member reads one of the group's reductions, which is complete only after the
 * loop.
 *
 * <p>Nodes are taken in topological order and joined greedily: a node merges the groups of all its
 * inputs where it can, else joins the first of them that allows it, else starts its own. A transpose
 * that only products read in place ({@link TransposedOperands}) is no step at all.
 */
public final class FusionPlanner {
    private final List<Node> order;
    private final Map<Node, Integer> index = new IdentityHashMap<>();
    private final Map<Node, Draft> groupOf = new IdentityHashMap<>();

    /** A group being formed: its members and reductions as sets of topological indices. */
    private record Draft(BitSet members, BitSet reductions) {
        BitSet all() {
            BitSet all = (BitSet) members.clone();
            all.or(reductions);
            return all;
        }
    }

    private FusionPlanner(List<Node> order) {
        this.order = order;
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
    }

    /**
     * The steps computing {@code order}, a topological order of the method's graph, each after the
     * steps it reads; {@code roots}, the values the method hands out, always get arrays.
     */
    public static List<EmissionStep> plan(List<Node> order, List<Node> roots) {
        FusionPlanner planner = new FusionPlanner(order);
        for (Node node : order) {
            planner.place(node);
        }
        List<EmissionStep> steps = planner.schedule(roots);
        Set<Node> unread = TransposedOperands.neverComputed(order, roots);
        steps.removeIf(step -> step instanceof EmissionStep.Single single && unread.contains(single.node()));
        return steps;
    }

    private void place(Node node) {
        int i = index.get(node);
        if (isElementwiseMember(node)) {
            List<Draft> candidates = new ArrayList<>();
            BitSet broadcasts = new BitSet();
            for (Node input : node.inputs()) {
                Draft draft = memberGroup(input, node);
                if (draft != null && !candidates.contains(draft)) {
                    candidates.add(draft);
                }
                if (isScalarBroadcast(input) && !groupOf.containsKey(input) && samePattern(input, node)) {
                    broadcasts.set(index.get(input));
                }
            }
            if (candidates.size() > 1 && tryJoin(candidates, i, broadcasts)) {
                return;
            }
            for (Draft candidate : candidates) {
                if (tryJoin(List.of(candidate), i, broadcasts)) {
                    return;
                }
            }
            if (!tryJoin(List.of(), i, broadcasts)) {
                tryJoin(List.of(), i, new BitSet());
            }
        } else if (isFoldableReduction(node)) {
            Draft draft = memberGroup(node.input(0), node.input(0));
            if (draft != null) {
                BitSet members = (BitSet) draft.members().clone();
                BitSet reductions = (BitSet) draft.reductions().clone();
                reductions.set(i);
                commitIfSchedulable(new Draft(members, reductions));
            }
        }
    }

    /** The group of which {@code input} is a member, if it has {@code user}'s shape pattern. */
    private Draft memberGroup(Node input, Node user) {
        Draft draft = groupOf.get(input);
        if (draft == null || !draft.members().get(index.get(input))) {
            return null;
        }
        return samePattern(input, user) ? draft : null;
    }

    private static boolean samePattern(Node a, Node b) {
        return a.rank() == b.rank() && Arrays.equals(a.type().broadcastable(), b.type().broadcastable());
    }

    /**
     * Makes {@code node} a member of one group with {@code drafts} and the scalar broadcasts it reads,
     * which have no group yet, if that group can be scheduled.
     */
    private boolean tryJoin(List<Draft> drafts, int node, BitSet broadcasts) {
        BitSet members = (BitSet) broadcasts.clone();
        BitSet reductions = new BitSet();
        for (Draft draft : drafts) {
            members.or(draft.members());
            reductions.or(draft.reductions());
        }
        members.set(node);
        return commitIfSchedulable(new Draft(members, reductions));
    }

    private boolean commitIfSchedulable(Draft draft) {
        if (!isSchedulable(draft)) {
            return false;
        }
        BitSet all = draft.all();
        for (int j = all.nextSetBit(0); j >= 0; j = all.nextSetBit(j + 1)) {
            groupOf.put(order.get(j), draft);
        }
        return true;
    }

    /**
     * Whether the group's loop has a place among the steps: no member reads one of the group's
     * reductions, which are complete only after the loop, and no value the group reads from outside
     * needs the group first. The second is a question about the steps, not the nodes: a value
     * outside may need the group through another group's loop, which runs whole, so a path that
     * leaves the group through one member of another loop and comes back from another member is a
     * cycle as much as a path through a single node.
     */
    private boolean isSchedulable(Draft draft) {
        BitSet members = draft.members();
        for (int m = members.nextSetBit(0); m >= 0; m = members.nextSetBit(m + 1)) {
            for (Node input : order.get(m).inputs()) {
                if (draft.reductions().get(index.get(input))) {
                    return false;
                }
            }
        }
        return !needsItself(draft);
    }

    /**
     * Whether some step the group reads from outside comes after the group: walks up from the
     * group's outside inputs, through whole loops of other groups, and looks for the group.
     */
    private boolean needsItself(Draft draft) {
        BitSet all = draft.all();
        BitSet seen = new BitSet();
        List<Integer> pending = new ArrayList<>();
        for (int m = all.nextSetBit(0); m >= 0; m = all.nextSetBit(m + 1)) {
            pending.add(m);
        }
        while (!pending.isEmpty()) {
            int n = pending.remove(pending.size() - 1);
            for (Node input : order.get(n).inputs()) {
                int j = index.get(input);
                if (all.get(j)) {
                    if (!all.get(n)) {
                        return true;
                    }
                    continue;
                }
                if (seen.get(j)) {
                    continue;
                }
                seen.set(j);
                pending.add(j);
                Draft other = groupOf.get(input);
                if (other != null) {
                    BitSet loop = other.all();
                    for (int k = loop.nextSetBit(0); k >= 0; k = loop.nextSetBit(k + 1)) {
                        if (!seen.get(k)) {
                            seen.set(k);
                            pending.add(k);
                        }
                    }
                }
            }
        }
        return false;
    }

    private List<EmissionStep> schedule(List<Node> roots) {
        Map<Node, List<Node>> users = new IdentityHashMap<>();
        for (Node node : order) {
            for (Node input : node.inputs()) {
                users.computeIfAbsent(input, k -> new ArrayList<>()).add(node);
            }
        }
        Set<Node> escaping = Collections.newSetFromMap(new IdentityHashMap<>());
        escaping.addAll(roots);
        Map<Node, EmissionStep> stepOf = new IdentityHashMap<>();
        Map<Draft, FusedGroup> built = new IdentityHashMap<>();
        for (Node node : order) {
            Draft draft = groupOf.get(node);
            stepOf.put(node, draft == null ? new EmissionStep.Single(node)
                    : built.computeIfAbsent(draft, d -> group(d, users, escaping)));
        }
        List<EmissionStep> steps = new ArrayList<>();
        Set<EmissionStep> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node node : order) {
            visit(stepOf.get(node), stepOf, visited, steps);
        }
        return steps;
    }

    private FusedGroup group(Draft draft, Map<Node, List<Node>> users, Set<Node> escaping) {
        List<Node> members = nodes(draft.members());
        Set<Node> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        inside.addAll(members);
        inside.addAll(nodes(draft.reductions()));
        Set<Node> materialized = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node member : members) {
            boolean readOutside = users.getOrDefault(member, List.of()).stream()
                    .anyMatch(u -> !inside.contains(u) && !readsOnlyShape(u, member));
            if (readOutside || escaping.contains(member)) {
                materialized.add(member);
            }
        }
        return new FusedGroup(members, nodes(draft.reductions()), materialized);
    }

    /** Adds {@code step} after the steps computing its inputs, which the planner keeps acyclic. */
    private void visit(EmissionStep step, Map<Node, EmissionStep> stepOf, Set<EmissionStep> visited,
                       List<EmissionStep> steps) {
        if (!visited.add(step)) {
            return;
        }
        for (Node node : step.nodes()) {
            for (Node input : node.inputs()) {
                visit(stepOf.get(input), stepOf, visited, steps);
            }
        }
        steps.add(step);
    }

    private List<Node> nodes(BitSet indices) {
        List<Node> nodes = new ArrayList<>();
        for (int j = indices.nextSetBit(0); j >= 0; j = indices.nextSetBit(j + 1)) {
            nodes.add(order.get(j));
        }
        return nodes;
    }

    /** Whether {@code user} reads nothing of {@code input} but its shape, which is known before the loop. */
    static boolean readsOnlyShape(Node user, Node input) {
        return switch (user.op()) {
            case SIZE -> true;
            case BROADCAST_LIKE, RESHAPE_LIKE -> user.input(0) != input;
            default -> false;
        };
    }

    private static boolean isElementwiseMember(Node node) {
        return node.op().isElementwise() && node.rank() > 0;
    }

    /** A broadcast of a scalar reads only its model's shape, so its element is the scalar itself. */
    public static boolean isScalarBroadcast(Node node) {
        return node.op() == Op.BROADCAST_LIKE && node.rank() > 0 && node.input(0).rank() == 0;
    }

    /**
     * A float sum or mean of every element, which the kernel adds up in double in row-major order:
     * an accumulator in the loop adds in the same order and gives the same result.
     */
    private static boolean isFoldableReduction(Node node) {
        if ((node.op() != Op.SUM && node.op() != Op.MEAN) || node.rank() > 0 || node.input(0).rank() == 0) {
            return false;
        }
        DType dtype = node.input(0).type().dtype();
        return (dtype == DType.FLOAT64 || dtype == DType.FLOAT32) && node.type().dtype() == dtype;
    }
}
