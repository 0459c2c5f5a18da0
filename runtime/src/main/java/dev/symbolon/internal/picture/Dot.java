package dev.symbolon.internal.picture;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link GraphPicture} in Graphviz's DOT language, drawn top down as Theano's
 * {@code pydotprint} draws: parameters (green) and shared fields (yellow) as ellipses, constants
 * grey, operations as boxes, a method's outputs with a bold border, each fused loop as a dashed
 * cluster around its nodes. Every identifier and label is quoted, so names and file names need no
 * rules of their own.
 */
public final class Dot {
    static final String INPUT_FILL = "#d9f2d9";
    static final String SHARED_FILL = "#fff2b3";
    static final String CONSTANT_FILL = "#eeeeee";
    static final String OPERATION_FILL = "#ffffff";
    static final String CLUSTER_COLOR = "#3b6fc4";

    private Dot() {}

    public static String write(GraphPicture picture) {
        StringBuilder out = new StringBuilder("digraph ").append(quote(picture.title())).append(" {\n");
        out.append("  graph [rankdir=TB, labelloc=t, fontname=\"Helvetica\", label=")
                .append(quote(picture.title())).append("];\n");
        out.append("  node [fontname=\"Helvetica\", fontsize=10, style=filled];\n");
        out.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        Map<String, Integer> clusterOf = new HashMap<>();
        for (int c = 0; c < picture.clusters().size(); c++) {
            for (String name : picture.clusters().get(c)) {
                clusterOf.put(name, c);
            }
        }
        for (int c = 0; c < picture.clusters().size(); c++) {
            out.append("  subgraph ").append(quote("cluster_" + c)).append(" {\n");
            out.append("    label=").append(quote(clusterLabel(c, picture.clusters().get(c))))
                    .append("; style=dashed; color=").append(quote(CLUSTER_COLOR)).append(";\n");
            for (GraphPicture.Box box : picture.boxes()) {
                if (Integer.valueOf(c).equals(clusterOf.get(box.name()))) {
                    out.append("    ").append(node(box)).append('\n');
                }
            }
            out.append("  }\n");
        }
        for (GraphPicture.Box box : picture.boxes()) {
            if (!clusterOf.containsKey(box.name())) {
                out.append("  ").append(node(box)).append('\n');
            }
        }
        for (GraphPicture.Edge edge : picture.edges()) {
            out.append("  ").append(quote(edge.from())).append(" -> ").append(quote(edge.to()));
            if (!edge.label().isEmpty()) {
                out.append(" [label=").append(quote(edge.label())).append(']');
            }
            out.append(";\n");
        }
        return out.append("}\n").toString();
    }

    /** The caption of the c-th fused loop: its number from 1 and how many nodes it computes. */
    static String clusterLabel(int c, List<String> members) {
        return "fused loop " + (c + 1) + " (" + members.size() + " nodes)";
    }

    static String fill(GraphPicture.Kind kind) {
        return switch (kind) {
            case INPUT -> INPUT_FILL;
            case SHARED -> SHARED_FILL;
            case CONSTANT -> CONSTANT_FILL;
            case OPERATION -> OPERATION_FILL;
        };
    }

    private static String node(GraphPicture.Box box) {
        String shape = box.kind() == GraphPicture.Kind.OPERATION ? "box" : "ellipse";
        return quote(box.name()) + " [label=" + quote(String.join("\n", box.lines())) + ", shape=" + shape
                + ", fillcolor=" + quote(fill(box.kind())) + (box.output() ? ", penwidth=2.5" : "") + "];";
    }

    /** A DOT quoted string: quotes and backslashes escaped, line breaks as DOT's {@code \n}. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
