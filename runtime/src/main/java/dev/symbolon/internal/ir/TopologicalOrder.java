package dev.symbolon.internal.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Orders the nodes a set of roots depends on so that every node comes after its inputs. */
public final class TopologicalOrder {
    private TopologicalOrder() {}

    /**
     * Every node reachable from {@code roots}, inputs before users. The order is deterministic: a
     * depth-first post-order visiting inputs left to right and roots in the order given.
     */
    public static List<Node> of(Collection<Node> roots) {
        List<Node> order = new ArrayList<>();
        Map<Node, Boolean> visited = new IdentityHashMap<>();
        Deque<Node> stack = new ArrayDeque<>();
        Deque<Integer> nextInput = new ArrayDeque<>();
        for (Node root : roots) {
            if (visited.containsKey(root)) {
                continue;
            }
            visited.put(root, Boolean.TRUE);
            stack.push(root);
            nextInput.push(0);
            while (!stack.isEmpty()) {
                Node node = stack.peek();
                int i = nextInput.pop();
                if (i < node.inputs().size()) {
                    nextInput.push(i + 1);
                    Node input = node.input(i);
                    if (visited.put(input, Boolean.TRUE) == null) {
                        stack.push(input);
                        nextInput.push(0);
                    }
                } else {
                    order.add(stack.pop());
                }
            }
        }
        return order;
    }

    public static List<Node> of(Node... roots) {
        return of(List.of(roots));
    }
}
