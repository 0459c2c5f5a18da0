package dev.symbolon.internal.picture;

import dev.symbolon.internal.ir.DebugPrinter;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.internal.schedule.EmissionStep;
import dev.symbolon.internal.schedule.FusedGroup;
import dev.symbolon.internal.schedule.FusionPlanner;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a picture of one or more method graphs shows, independent of how it is drawn: a box per node,
 * an edge from each input to its user, and the fused loops. A node is named {@code t<id>}, its id
 * being its index in the {@link TopologicalOrder} of the method's roots, as {@code debugPrint} and
 * the locals of generated code number it.
 *
 * @param title what the picture is of
 * @param boxes the nodes, inputs before users
 * @param edges input to user, labelled with the input's position where the user has several
 * @param clusters the names of the nodes of each fused loop of more than one node
 */
public record GraphPicture(String title, List<Box> boxes, List<Edge> edges, List<List<String>> clusters) {
    /** How a node is drawn: leaves (parameters, shared fields, constants) apart from operations. */
    public enum Kind { INPUT, SHARED, CONSTANT, OPERATION }

    /**
     * @param lines the label: {@code t<id> <op>}, the type, {@code file:line} where known, then one line
     *     per output the node is ({@code -> cost})
     * @param output whether the node is a root of its method
     */
    public record Box(String name, Kind kind, List<String> lines, boolean output) {}

    public record Edge(String from, String to, String label) {}

    /**
     * The picture of {@code method}; {@code fused} draws the loops that code generation makes of the
     * graph, which only the optimized graph has.
     */
    public static GraphPicture of(String title, MethodPicture method, boolean fused) {
        List<Box> boxes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        List<List<String>> clusters = new ArrayList<>();
        List<Node> order = TopologicalOrder.of(method.roots());
        Map<Node, String> names = new IdentityHashMap<>();
        for (Node node : order) {
            names.put(node, "t" + names.size());
        }
        Map<Node, List<String>> outputs = new IdentityHashMap<>();
        for (int i = 0; i < method.roots().size(); i++) {
            outputs.computeIfAbsent(method.roots().get(i), n -> new ArrayList<>()).add(method.rootNames().get(i));
        }
        for (Node node : order) {
            String name = names.get(node);
            List<String> lines = new ArrayList<>();
            lines.add(name + " " + DebugPrinter.label(node));
            lines.add(node.type().toString());
            if (node.position().isKnown()) {
                lines.add(node.position().file() + ":" + node.position().line());
            }
            List<String> outs = outputs.getOrDefault(node, List.of());
            outs.forEach(o -> lines.add("-> " + o));
            boxes.add(new Box(name, kind(node), List.copyOf(lines), !outs.isEmpty()));
            for (int i = 0; i < node.inputs().size(); i++) {
                String label = node.inputs().size() > 1 ? Integer.toString(i) : "";
                edges.add(new Edge(names.get(node.input(i)), name, label));
            }
        }
        if (fused) {
            for (EmissionStep step : FusionPlanner.plan(order, method.roots())) {
                if (step instanceof FusedGroup group && group.nodes().size() > 1) {
                    clusters.add(group.nodes().stream().map(names::get).toList());
                }
            }
        }
        return new GraphPicture(title, List.copyOf(boxes), List.copyOf(edges), List.copyOf(clusters));
    }

    private static Kind kind(Node node) {
        return switch (node.op()) {
            case INPUT -> Kind.INPUT;
            case SHARED -> Kind.SHARED;
            case CONSTANT -> Kind.CONSTANT;
            default -> Kind.OPERATION;
        };
    }
}
