package dev.symbolon.internal.ir;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Graphs as text, one node a line, so that a generated class can carry its graphs: debug mode reads
 * a method's optimized and unoptimized graphs back from it, and an executor for another device can
 * build its kernels from it. For example:
 *
 * <pre>
 * symbolon-graph 1
 * 0 input float64[?] name=x @Model.java:3
 * 1 constant float64[] value=0x1.0p1 @Model.java:4
 * 2 mul float64[?] in=0,1 @Model.java:4
 * 3 sum float64[] axes=0 keepDims=false in=2 @Model.java:5
 * roots 2 3
 * </pre>
 *
 * <p>After the header, each node line holds, separated by single spaces: the node's id, which is its
 * index in the {@link TopologicalOrder} of the roots (as {@link DebugPrinter} and the locals
 * {@code t<id>} of generated code number it); the op's {@link Op#functionName() function name}; the
 * {@link Type} as {@link Type#toString()} writes it ({@code ?} for a dimension of any size, {@code 1}
 * for a broadcastable one); the op's attributes as {@code key=value} (see {@link GraphTextAttribute});
 * {@code in=} and the input ids, for ops with inputs; and, last, {@code @} and the source position,
 * {@code file:line}, or {@code ?} when unknown. A jacobian's line also has {@code body=} and the id of
 * its body's root: the body's nodes (a graph of their own, see {@link SubgraphOps}) are written just
 * before the jacobian's line, so ids then count lines rather than the topological order of the roots.
 * The {@code roots} line lists the ids of the roots in
 * order (a node may be a root more than once). Constants of float dtypes are written with
 * {@link Double#toHexString}, so every value, NaN and infinities included, reads back exactly.
 */
public final class GraphText {
    /** The first line of every graph text, naming the format and its version. */
    public static final String HEADER = "symbolon-graph 1";
    /** The key of a jacobian's body: the id of the body's root, whose nodes are written just before it. */
    static final String BODY = "body";

    private GraphText() {}

    /** {@code roots} and every node they depend on as text, ending with a line break. */
    public static String write(List<Node> roots) {
        Map<Node, Integer> ids = new IdentityHashMap<>();
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        writeNodes(roots, ids, out);
        out.append("roots");
        for (Node root : roots) {
            out.append(' ').append(ids.get(root));
        }
        return out.append('\n').toString();
    }

    /** The nodes of {@code roots} not written yet, each after its inputs and after its body's nodes. */
    private static void writeNodes(List<Node> roots, Map<Node, Integer> ids, StringBuilder out) {
        for (Node node : TopologicalOrder.of(roots)) {
            if (ids.containsKey(node)) {
                continue;
            }
            if (node.body() != null) {
                writeNodes(List.of(node.body()), ids, out);
            }
            out.append(ids.size()).append(' ').append(node.op().functionName()).append(' ').append(node.type());
            for (GraphTextAttribute attribute : GraphTextAttribute.of(node.op())) {
                out.append(' ').append(attribute.key()).append('=').append(attribute.format(node));
            }
            if (node.body() != null) {
                out.append(' ').append(BODY).append('=').append(ids.get(node.body()));
            }
            if (!node.inputs().isEmpty()) {
                out.append(" in=");
                for (int i = 0; i < node.inputs().size(); i++) {
                    out.append(i == 0 ? "" : ",").append(ids.get(node.input(i)));
                }
            }
            out.append(" @").append(position(node.position())).append('\n');
            ids.put(node, ids.size());
        }
    }

    /**
     * The roots of a graph written by {@link #write}, built again through {@link GraphOps} in each
     * node's source position. Nodes are hash-consed, so in the JVM that built the written graph this
     * returns the very same nodes; elsewhere, structurally equal ones.
     *
     * @throws IllegalArgumentException if the text is not such a graph, naming the line at fault
     */
    public static List<Node> read(String text) {
        return new GraphTextReader(text).read();
    }

    static String position(SourcePosition position) {
        return position.equals(SourcePosition.UNKNOWN) ? "?" : position.file() + ":" + position.line();
    }
}
