package dev.symbolon.internal.picture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small layered (Sugiyama-style) layout of a {@link GraphPicture}, top down, for drawing it where
 * Graphviz is not installed. Each node sits one layer below its lowest input, a leaf just above its
 * first user; an edge over several layers passes through a point per layer, so that it bends around
 * the nodes between; a few sweeps order each layer by the mean position of the neighbours above, then
 * below (members of one fused loop kept side by side, so their cluster encloses only them), and
 * nodes are pulled toward their neighbours without overlapping.
 */
final class LayeredLayout {
    static final double CHAR_WIDTH = 6.6;
    static final double LINE_HEIGHT = 14;
    static final double PADDING = 10;
    static final double NODE_GAP = 24;
    static final double LAYER_GAP = 48;
    static final double MARGIN = 24;
    static final double TITLE_HEIGHT = 28;
    private static final int SWEEPS = 8;

    /** A node's box: its centre and size. */
    record Placed(double x, double y, double width, double height) {
        double top() {
            return y - height / 2;
        }

        double bottom() {
            return y + height / 2;
        }
    }

    /** Where everything goes: each node's box, each edge's points from input to user, the picture's size. */
    record Result(Map<String, Placed> nodes, List<List<double[]>> edges, double width, double height) {}

    private final GraphPicture picture;
    private final int real;
    private final List<Integer> layer = new ArrayList<>();
    private final List<Double> width = new ArrayList<>();
    private final List<Double> height = new ArrayList<>();
    private final List<Integer> cluster = new ArrayList<>();
    private final List<List<Integer>> above = new ArrayList<>();
    private final List<List<Integer>> below = new ArrayList<>();
    private final List<List<Integer>> chains = new ArrayList<>();
    private final double[] x;
    private List<List<Integer>> layers;

    private LayeredLayout(GraphPicture picture) {
        this.picture = picture;
        this.real = picture.boxes().size();
        Map<String, Integer> index = new HashMap<>();
        for (GraphPicture.Box box : picture.boxes()) {
            index.put(box.name(), index.size());
            long longest = box.lines().stream().mapToInt(String::length).max().orElse(1);
            double w = longest * CHAR_WIDTH + 2 * PADDING;
            width.add(box.kind() == GraphPicture.Kind.OPERATION ? w : w * 1.2);
            height.add(box.lines().size() * LINE_HEIGHT + PADDING);
            cluster.add(-1);
            above.add(new ArrayList<>());
            below.add(new ArrayList<>());
        }
        for (int c = 0; c < picture.clusters().size(); c++) {
            for (String name : picture.clusters().get(c)) {
                cluster.set(index.get(name), c);
            }
        }
        List<int[]> edges = picture.edges().stream()
                .map(e -> new int[] {index.get(e.from()), index.get(e.to())}).toList();
        assignLayers(edges);
        for (int[] e : edges) {
            List<Integer> chain = new ArrayList<>(List.of(e[0]));
            for (int l = layer.get(e[0]) + 1; l < layer.get(e[1]); l++) {
                chain.add(addPoint(l));
            }
            chain.add(e[1]);
            for (int i = 0; i + 1 < chain.size(); i++) {
                below.get(chain.get(i)).add(chain.get(i + 1));
                above.get(chain.get(i + 1)).add(chain.get(i));
            }
            chains.add(chain);
        }
        this.x = new double[layer.size()];
    }

    static Result of(GraphPicture picture) {
        LayeredLayout layout = new LayeredLayout(picture);
        layout.order();
        return layout.place();
    }

    /** Boxes come inputs first, so one pass finds each operation's layer; leaves then move down to their users. */
    private void assignLayers(List<int[]> edges) {
        List<List<Integer>> inputs = new ArrayList<>();
        List<List<Integer>> users = new ArrayList<>();
        for (int i = 0; i < real; i++) {
            inputs.add(new ArrayList<>());
            users.add(new ArrayList<>());
            layer.add(0);
        }
        for (int[] e : edges) {
            inputs.get(e[1]).add(e[0]);
            users.get(e[0]).add(e[1]);
        }
        for (int i = 0; i < real; i++) {
            for (int input : inputs.get(i)) {
                layer.set(i, Math.max(layer.get(i), layer.get(input) + 1));
            }
        }
        for (int i = 0; i < real; i++) {
            if (inputs.get(i).isEmpty() && !users.get(i).isEmpty()) {
                int first = users.get(i).stream().mapToInt(layer::get).min().orElseThrow();
                layer.set(i, first - 1);
            }
        }
    }

    private int addPoint(int l) {
        layer.add(l);
        width.add(0.0);
        height.add(0.0);
        cluster.add(-1);
        above.add(new ArrayList<>());
        below.add(new ArrayList<>());
        return layer.size() - 1;
    }

    private void order() {
        int count = layer.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        layers = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            layers.add(new ArrayList<>());
        }
        for (int v = 0; v < layer.size(); v++) {
            layers.get(layer.get(v)).add(v);
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean down = sweep % 2 == 0;
            for (int k = 1; k < count; k++) {
                int l = down ? k : count - 1 - k;
                sortByNeighbours(layers.get(l), layers.get(down ? l - 1 : l + 1), down ? above : below);
            }
        }
    }

    private void sortByNeighbours(List<Integer> nodes, List<Integer> neighbourLayer, List<List<Integer>> neighbours) {
        Map<Integer, Integer> position = new HashMap<>();
        for (int i = 0; i < neighbourLayer.size(); i++) {
            position.put(neighbourLayer.get(i), i);
        }
        Map<Integer, Double> key = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            int v = nodes.get(i);
            double k = neighbours.get(v).stream().filter(position::containsKey)
                    .mapToInt(position::get).average().orElse(i * (double) neighbourLayer.size() / nodes.size());
            key.put(v, k);
        }
        Map<Integer, Double> clusterKey = new HashMap<>();
        for (int c : nodes.stream().map(cluster::get).filter(c -> c >= 0).distinct().toList()) {
            clusterKey.put(c, nodes.stream().filter(v -> cluster.get(v) == c).mapToDouble(key::get).average()
                    .orElseThrow());
        }
        nodes.sort(Comparator.<Integer>comparingDouble(v -> cluster.get(v) >= 0 ? clusterKey.get(cluster.get(v)) : key.get(v))
                .thenComparingInt(cluster::get)
                .thenComparingDouble(key::get));
    }

    private Result place() {
        for (List<Integer> nodes : layers) {
            double left = 0;
            for (int v : nodes) {
                x[v] = left + width.get(v) / 2;
                left += width.get(v) + NODE_GAP;
            }
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean down = sweep % 2 == 0;
            for (int k = 0; k < layers.size(); k++) {
                List<Integer> nodes = layers.get(down ? k : layers.size() - 1 - k);
                pull(nodes, down ? above : below);
            }
        }
        double minLeft = Double.MAX_VALUE;
        double maxRight = 0;
        for (int v = 0; v < layer.size(); v++) {
            minLeft = Math.min(minLeft, x[v] - width.get(v) / 2);
        }
        double[] layerTop = new double[layers.size() + 1];
        layerTop[0] = MARGIN + TITLE_HEIGHT;
        for (int l = 0; l < layers.size(); l++) {
            double tallest = layers.get(l).stream().mapToDouble(height::get).max().orElse(0);
            layerTop[l + 1] = layerTop[l] + tallest + LAYER_GAP;
        }
        Map<String, Placed> placed = new HashMap<>();
        double[] y = new double[layer.size()];
        for (int v = 0; v < layer.size(); v++) {
            x[v] += MARGIN - (minLeft == Double.MAX_VALUE ? 0 : minLeft);
            int l = layer.get(v);
            double tallest = layers.get(l).stream().mapToDouble(height::get).max().orElse(0);
            y[v] = layerTop[l] + tallest / 2;
            maxRight = Math.max(maxRight, x[v] + width.get(v) / 2);
            if (v < real) {
                placed.put(picture.boxes().get(v).name(), new Placed(x[v], y[v], width.get(v), height.get(v)));
            }
        }
        List<List<double[]>> edges = new ArrayList<>();
        for (List<Integer> chain : chains) {
            List<double[]> points = new ArrayList<>();
            int from = chain.get(0);
            int to = chain.get(chain.size() - 1);
            points.add(new double[] {x[from], y[from] + height.get(from) / 2});
            for (int i = 1; i + 1 < chain.size(); i++) {
                points.add(new double[] {x[chain.get(i)], y[chain.get(i)]});
            }
            points.add(new double[] {x[to], y[to] - height.get(to) / 2});
            edges.add(points);
        }
        double width = Math.max(maxRight + MARGIN, 2 * MARGIN + picture.title().length() * CHAR_WIDTH * 1.2);
        return new Result(placed, edges, width, layerTop[layers.size()] - LAYER_GAP + MARGIN);
    }

    /**
     * Moves each node of a layer toward the mean centre of its neighbours, keeping the layer's order
     * and gaps: the leftmost and the rightmost placements that respect the gaps are averaged, which
     * respects them too.
     */
    private void pull(List<Integer> nodes, List<List<Integer>> neighbours) {
        int n = nodes.size();
        double[] wanted = new double[n];
        for (int i = 0; i < n; i++) {
            int v = nodes.get(i);
            wanted[i] = neighbours.get(v).stream().mapToDouble(u -> x[u]).average().orElse(x[v]);
        }
        double[] fromLeft = Arrays.copyOf(wanted, n);
        for (int i = 1; i < n; i++) {
            fromLeft[i] = Math.max(fromLeft[i], fromLeft[i - 1] + gap(nodes.get(i - 1), nodes.get(i)));
        }
        double[] fromRight = Arrays.copyOf(wanted, n);
        for (int i = n - 2; i >= 0; i--) {
            fromRight[i] = Math.min(fromRight[i], fromRight[i + 1] - gap(nodes.get(i), nodes.get(i + 1)));
        }
        for (int i = 0; i < n; i++) {
            x[nodes.get(i)] = (fromLeft[i] + fromRight[i]) / 2;
        }
    }

    private double gap(int left, int right) {
        double between = cluster.get(left).equals(cluster.get(right)) ? NODE_GAP : 2 * NODE_GAP;
        return (width.get(left) + width.get(right)) / 2 + between;
    }
}
