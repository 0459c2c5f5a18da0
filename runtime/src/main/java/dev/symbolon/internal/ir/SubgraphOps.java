package dev.symbolon.internal.ir;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The op that holds a subgraph, {@link Op#JACOBIAN}. A graph is static, but the number of rows of a
 * Jacobian is the length of {@code y}, known only at run time; so the node holds the vector-Jacobian
 * product {@code grad(sum(y * seed), wrt)}, flattened, as its {@link Node#body()}, and runs it once per
 * element of {@code y} with the seed {@code e_i}, as Theano's {@code jacobian} scans over {@code y}.
 *
 * <p>The body is a graph of its own: its leaves are constants, the {@link #SEED} leaf and one
 * {@linkplain #capture(int) capture} leaf per value it reads from the graph around it. Those values,
 * the parts of the product that do not depend on the seed (the forward values, the weights), are the
 * node's inputs after {@code y}, so they are computed once in the enclosing graph, where rewrites,
 * fusion and every other pass see them as ordinary inputs; passes over the enclosing graph leave the
 * body alone, and only evaluation (interpreter, generated helper method) and graph text enter it.
 */
public final class SubgraphOps {
    /** The name of the body's seed leaf; '#' cannot occur in a parameter or field name. */
    public static final String SEED = "seed#";
    private static final String CAPTURE = "capture#";

    private SubgraphOps() {}

    /** The seed leaf of a body for {@code y}: a vector of y's type, holding e_i on row i. */
    public static Node seed(Node y) {
        return GraphOps.input(SEED, y.type());
    }

    /** The name of capture leaf {@code index}, which stands for the node's input {@code index + 1}. */
    public static String capture(int index) {
        return CAPTURE + index;
    }

    /**
     * Which input of a {@link Op#JACOBIAN} a body leaf stands for: 0 for the seed (whose value is a
     * unit vector as long as input 0, not input 0 itself), {@code j + 1} for capture j.
     *
     * @throws IllegalArgumentException if {@code leaf} is neither
     */
    public static int inputOf(Node leaf) {
        String name = leaf.op() == Op.INPUT ? leaf.name() : "";
        if (name.equals(SEED)) {
            return 0;
        }
        if (name.startsWith(CAPTURE)) {
            try {
                return Integer.parseInt(name.substring(CAPTURE.length())) + 1;
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw new IllegalArgumentException("a jacobian's body reads " + leaf.describe()
                + ", which is neither its seed nor a capture");
    }

    /**
     * Refuses a {@code y} that is not a float vector, before anything is differentiated.
     *
     * @throws GraphException {@link GraphError#JACOBIAN_OPERAND}
     */
    public static void requireJacobianOperand(Node y) {
        if (y.rank() != 1 || !y.type().dtype().isFloat()) {
            throw GraphOps.error(GraphError.JACOBIAN_OPERAND, y.type().kindName(), y.type());
        }
    }

    /**
     * The Jacobian whose rows are {@code product} with {@code seed} set to each unit vector: the nodes
     * of {@code product} that do not depend on the seed and that a seed-dependent node reads become
     * captures, computed once outside the loop over rows.
     *
     * @param seed the {@link #seed(Node)} leaf of {@code y}
     * @param product a float vector computed from {@code seed} and nodes of the enclosing graph
     */
    public static Node jacobian(Node y, Node seed, Node product) {
        requireJacobianOperand(y);
        Map<Node, Boolean> dependent = new IdentityHashMap<>();
        List<Node> order = TopologicalOrder.of(product);
        for (Node node : order) {
            if (node == seed || node.inputs().stream().anyMatch(dependent::containsKey)) {
                dependent.put(node, Boolean.TRUE);
            }
        }
        List<Node> inputs = new ArrayList<>(List.of(y));
        Map<Node, Node> captured = new IdentityHashMap<>();
        if (!dependent.containsKey(product)) {
            captured.put(product, captureLeaf(product, inputs));
        }
        for (Node node : order) {
            if (!dependent.containsKey(node)) {
                continue;
            }
            for (Node input : node.inputs()) {
                if (!dependent.containsKey(input) && input.op() != Op.CONSTANT && !captured.containsKey(input)) {
                    captured.put(input, captureLeaf(input, inputs));
                }
            }
        }
        return over(Rebuild.substitute(product, captured), inputs);
    }

    private static Node captureLeaf(Node value, List<Node> inputs) {
        Node leaf = GraphOps.input(capture(inputs.size() - 1), value.type());
        inputs.add(value);
        return leaf;
    }

    /**
     * The {@link Op#JACOBIAN} of {@code body} over {@code inputs} ({@code y}, then the captures' values):
     * a matrix of the body's dtype, one row per element of {@code y}.
     *
     * @throws IllegalArgumentException if the body is no float vector or its leaves do not fit the inputs
     */
    public static Node over(Node body, List<Node> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a jacobian takes y and its captures, but got no inputs");
        }
        Node y = inputs.get(0);
        requireJacobianOperand(y);
        if (body.rank() != 1 || !body.type().dtype().isFloat()) {
            throw new IllegalArgumentException("a jacobian's body is a float vector, not " + body.type());
        }
        for (Node node : TopologicalOrder.of(body)) {
            if (node.op() == Op.SHARED) {
                throw new IllegalArgumentException("a jacobian's body reads " + node.describe()
                        + ", which must be a capture");
            }
            if (node.op() == Op.INPUT) {
                int input = inputOf(node);
                if (input >= inputs.size() || !node.type().equals(inputs.get(input).type())) {
                    throw new IllegalArgumentException("a jacobian's body reads " + node.describe() + ", but its input "
                            + input + " is " + (input < inputs.size() ? inputs.get(input).describe() : "missing"));
                }
            }
        }
        return Node.make(Op.JACOBIAN, inputs, Type.of(body.type().dtype(), false, false), null, 0, null, false, body,
                SourcePosition.current());
    }
}
