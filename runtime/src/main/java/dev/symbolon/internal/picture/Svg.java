package dev.symbolon.internal.picture;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a {@link GraphPicture} as SVG with {@link LayeredLayout}, in the colours and shapes of
 * {@link Dot} and in the structure Graphviz writes: one {@code <g class="node">} per node and one
 * {@code <g class="edge">} per edge, each titled with its names, one {@code <g class="cluster">} per
 * fused loop, so that the two renderings read alike.
 */
public final class Svg {
    private static final String FONT = "font-family=\"Helvetica,Arial,sans-serif\"";

    private Svg() {}

    public static String write(GraphPicture picture) {
        LayeredLayout.Result layout = LayeredLayout.of(picture);
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0fpt\""
                + " height=\"%.0fpt\" viewBox=\"0 0 %.1f %.1f\">%n", layout.width(), layout.height(),
                layout.width(), layout.height()));
        out.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333333\"/></marker></defs>\n");
        out.append("<g id=\"graph0\" class=\"graph\">\n<title>").append(escape(picture.title())).append("</title>\n");
        out.append("<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" %s"
                + " font-size=\"14\">%s</text>%n", layout.width() / 2, LayeredLayout.MARGIN + 4, FONT,
                escape(picture.title())));
        for (int c = 0; c < picture.clusters().size(); c++) {
            cluster(out, c, picture.clusters().get(c), layout.nodes());
        }
        for (int e = 0; e < picture.edges().size(); e++) {
            edge(out, picture.edges().get(e), layout.edges().get(e));
        }
        for (GraphPicture.Box box : picture.boxes()) {
            node(out, box, layout.nodes().get(box.name()));
        }
        return out.append("</g>\n</svg>\n").toString();
    }

    private static void cluster(StringBuilder out, int c, List<String> members, Map<String, LayeredLayout.Placed> nodes) {
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (String name : members) {
            LayeredLayout.Placed p = nodes.get(name);
            left = Math.min(left, p.x() - p.width() / 2);
            right = Math.max(right, p.x() + p.width() / 2);
            top = Math.min(top, p.top());
            bottom = Math.max(bottom, p.bottom());
        }
        double pad = 8;
        double caption = 14;
        out.append("<g class=\"cluster\">\n<title>cluster_").append(c).append("</title>\n");
        out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                        + " fill=\"none\" stroke=\"%s\" stroke-dasharray=\"5,3\"/>%n", left - pad, top - pad - caption,
                right - left + 2 * pad, bottom - top + 2 * pad + caption, Dot.CLUSTER_COLOR));
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" %s font-size=\"10\" fill=\"%s\">%s</text>%n",
                left - pad + 4, top - pad - 3, FONT, Dot.CLUSTER_COLOR, escape(Dot.clusterLabel(c, members))));
        out.append("</g>\n");
    }

    private static void edge(StringBuilder out, GraphPicture.Edge edge, List<double[]> points) {
        out.append("<g class=\"edge\">\n<title>").append(escape(edge.from() + "->" + edge.to())).append("</title>\n");
        StringBuilder d = new StringBuilder();
        for (double[] p : points) {
            d.append(d.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]));
        }
        out.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"#333333\" marker-end=\"url(#arrow)\"/>\n");
        if (!edge.label().isEmpty()) {
            double[] end = points.get(points.size() - 1);
            double[] before = points.get(points.size() - 2);
            double t = 0.75;
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" %s font-size=\"9\">%s</text>%n",
                    before[0] + t * (end[0] - before[0]) + 4, before[1] + t * (end[1] - before[1]), FONT,
                    escape(edge.label())));
        }
        out.append("</g>\n");
    }

    private static void node(StringBuilder out, GraphPicture.Box box, LayeredLayout.Placed p) {
        out.append("<g class=\"node\">\n<title>").append(escape(box.name())).append("</title>\n");
        String stroke = " fill=\"" + Dot.fill(box.kind()) + "\" stroke=\"#000000\" stroke-width=\""
                + (box.output() ? "2.5" : "1") + "\"";
        if (box.kind() == GraphPicture.Kind.OPERATION) {
            out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"4\"%s/>%n",
                    p.x() - p.width() / 2, p.top(), p.width(), p.height(), stroke));
        } else {
            out.append(String.format(Locale.ROOT, "<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\"%s/>%n",
                    p.x(), p.y(), p.width() / 2, p.height() / 2, stroke));
        }
        double first = p.top() + LayeredLayout.PADDING / 2 + LayeredLayout.LINE_HEIGHT * 0.8;
        for (int i = 0; i < box.lines().size(); i++) {
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" %s"
                    + " font-size=\"11\">%s</text>%n", p.x(), first + i * LayeredLayout.LINE_HEIGHT, FONT,
                    escape(box.lines().get(i))));
        }
        out.append("</g>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
