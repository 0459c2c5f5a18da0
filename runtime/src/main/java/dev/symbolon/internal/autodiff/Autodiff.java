package dev.symbolon.internal.autodiff;

import dev.symbolon.internal.ir.GraphError;
import dev.symbolon.internal.ir.GraphException;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.Rebuild;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.SubgraphOps;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.internal.rewrite.Optimizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reverse-mode differentiation that produces graph nodes, so gradients are rewritten and compiled
 * like any other expression and can be differentiated again.
 */
public final class Autodiff {
    private Autodiff() {}

    /** The gradient of a scalar {@code cost} with respect to {@code wrt}, with {@code wrt}'s type. */
    public static Node grad(Node cost, Node wrt) {
        return grad(cost, List.of(wrt)).get(0);
    }

    /**
     * Gradients of a scalar {@code cost} with respect to each node of {@code wrt}: inputs, shared
     * values or intermediates. A {@code wrt} that the cost reaches only through ops without a
     * gradient (comparisons, argmax) gets zeros, as in Theano; one the cost does not use at all is an
     * error, since it almost always means the wrong variable was named.
     *
     * <p>The cost is first canonicalized and stabilized ({@link Optimizer#stabilize}), so that the
     * gradient of, say, {@code log(1/(1+exp(-x)))} is that of {@code -softplus(-x)} and stays finite
     * where exp overflows. An intermediate {@code wrt} is held as an opaque leaf while the cost is
     * rewritten, so that no rewrite merges it with the ops around it and changes what the cost is as
     * a function of it; where a rewrite has still removed a {@code wrt}, the cost is differentiated
     * as written.
     */
    public static List<Node> grad(Node cost, List<Node> wrt) {
        Map<Node, Node> hidden = new IdentityHashMap<>();
        Map<Node, Node> restored = new IdentityHashMap<>();
        for (int i = 0; i < wrt.size(); i++) {
            Node w = wrt.get(i);
            if (!w.isLeaf()) {
                // '#' cannot occur in a parameter or field name, so the placeholder is no user's leaf
                Node placeholder = GraphOps.input("wrt#" + i, w.type());
                hidden.put(w, placeholder);
                restored.put(placeholder, w);
            }
        }
        Node rewritten = Optimizer.stabilize(List.of(Rebuild.substitute(cost, hidden))).get(0);
        Node stable = Rebuild.substitute(rewritten, restored);
        return reverseMode(reachesAll(stable, wrt) ? stable : cost, wrt);
    }

    /**
     * The Jacobian of a float vector {@code y} with respect to {@code wrt}: a matrix with one row per
     * element of {@code y}, row i being the gradient of {@code y[i]} flattened (a {@code wrt} of any
     * rank). The rows are the vector-Jacobian product {@code grad(sum(y * seed), wrt)}, optimized once
     * here and run per row with {@code seed = e_i} (see {@link SubgraphOps}), since y's length is known
     * only at run time.
     *
     * @throws GraphException if y is not a float vector, or does not depend on {@code wrt}
     */
    public static Node jacobian(Node y, Node wrt) {
        SubgraphOps.requireJacobianOperand(y);
        Node seed = SubgraphOps.seed(y);
        Node product = grad(GraphOps.sum(GraphOps.mul(y, seed)), wrt);
        Node row = product.rank() == 1 ? product : GraphOps.reshape(product, -1);
        return SubgraphOps.jacobian(y, seed, Optimizer.optimize(List.of(row)).get(0));
    }

    /** The Hessian of a float scalar {@code cost}: the Jacobian of its gradient with respect to {@code wrt}. */
    public static Node hessian(Node cost, Node wrt) {
        Node g = grad(cost, wrt);
        return jacobian(g.rank() == 1 ? g : GraphOps.reshape(g, -1), wrt);
    }

    private static boolean reachesAll(Node cost, List<Node> wrt) {
        Map<Node, Boolean> reached = new IdentityHashMap<>();
        for (Node n : TopologicalOrder.of(cost)) {
            reached.put(n, Boolean.TRUE);
        }
        for (Node w : wrt) {
            if (!reached.containsKey(w)) {
                return false;
            }
        }
        return true;
    }

    private static List<Node> reverseMode(Node cost, List<Node> wrt) {
        if (!cost.type().isScalar()) {
            throw new GraphException(GraphError.GRAD_NON_SCALAR_COST, cost.position(), cost.type().kindName(),
                    cost.type());
        }
        if (!cost.type().dtype().isFloat()) {
            throw new GraphException(GraphError.GRAD_NON_FLOAT_COST, cost.position(), cost.type().dtype());
        }
        List<Node> order = TopologicalOrder.of(cost);
        Map<Node, Boolean> onPath = nodesLeadingTo(order, wrt);
        for (Node w : wrt) {
            if (!w.type().dtype().isFloat()) {
                throw new GraphException(GraphError.GRAD_WRT_NOT_FLOAT, w.position(), name(w), w.type().dtype());
            }
            if (!onPath.containsKey(w)) {
                throw new GraphException(GraphError.GRAD_WRT_UNUSED, w.position(), name(w));
            }
        }

        Map<Node, Node> grads = new IdentityHashMap<>();
        grads.put(cost, GraphOps.constant(1, cost.type().dtype()));
        for (int i = order.size() - 1; i >= 0; i--) {
            Node node = order.get(i);
            Node g = grads.get(node);
            if (g == null || node.isLeaf()) {
                continue;
            }
            try (var scope = SourcePosition.enter(node.position())) {
                for (int k = 0; k < node.inputs().size(); k++) {
                    Node input = node.input(k);
                    if (!onPath.containsKey(input) || !input.type().dtype().isFloat()) {
                        continue;
                    }
                    Node contribution = GradientRules.inputGradient(node, k, g);
                    if (contribution != null) {
                        contribution = GraphOps.cast(contribution, input.type().dtype());
                        grads.merge(input, contribution, GraphOps::add);
                    }
                }
            }
        }

        List<Node> result = new ArrayList<>(wrt.size());
        for (Node w : wrt) {
            Node g = grads.get(w);
            if (g == null) {
                try (var scope = SourcePosition.enter(w.position())) {
                    g = GraphOps.broadcastLike(GraphOps.constant(0, w.type().dtype()), w);
                }
            }
            result.add(g);
        }
        return result;
    }

    /** The nodes of {@code order} from which some node of {@code targets} can be reached, targets included. */
    private static Map<Node, Boolean> nodesLeadingTo(List<Node> order, List<Node> targets) {
        Map<Node, Boolean> onPath = new IdentityHashMap<>();
        for (Node t : targets) {
            onPath.put(t, Boolean.TRUE);
        }
        for (Node node : order) {
            for (Node input : node.inputs()) {
                if (onPath.containsKey(input)) {
                    onPath.put(node, Boolean.TRUE);
                    break;
                }
            }
        }
        Map<Node, Boolean> inGraph = new IdentityHashMap<>();
        for (Node node : order) {
            if (onPath.containsKey(node)) {
                inGraph.put(node, Boolean.TRUE);
            }
        }
        return inGraph;
    }

    private static String name(Node n) {
        return n.op() == Op.INPUT || n.op() == Op.SHARED ? "'" + n.name() + "'" : n.describe();
    }
}
