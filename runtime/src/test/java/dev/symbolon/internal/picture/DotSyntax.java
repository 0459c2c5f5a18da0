package dev.symbolon.internal.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that DOT text parses: with Graphviz's {@code dot} where it is on the {@code PATH}, and
 * always with a structural reading of the statements {@link Dot} writes (one a line), which returns
 * the nodes with their labels, so that tests can look at what is drawn.
 */
final class DotSyntax {
    private static final String QUOTED = "\"((?:[^\"\\\\]|\\\\.)*)\"";
    private static final Pattern NODE = Pattern.compile(QUOTED + " \\[label=" + QUOTED + ", shape=(box|ellipse), .*\\];");
    private static final Pattern EDGE = Pattern.compile(QUOTED + " -> " + QUOTED + "( \\[label=" + QUOTED + "\\])?;");
    private static final Pattern CLUSTER = Pattern.compile("subgraph " + QUOTED + " \\{");
    private static final Pattern SETTING = Pattern.compile("(graph|node|edge) \\[.*\\];|label=" + QUOTED + "; .*;");

    /** What a DOT text declares. */
    record Parsed(Map<String, String> labels, List<String[]> edges, Map<String, Set<String>> clusters) {}

    private DotSyntax() {}

    static Parsed parse(String dot) {
        graphvizAccepts(dot);
        List<String> lines = dot.lines().map(String::trim).toList();
        assertTrue(lines.get(0).matches("digraph " + QUOTED + " \\{"), lines.get(0));
        assertEquals("}", lines.get(lines.size() - 1));
        Map<String, String> labels = new LinkedHashMap<>();
        List<String[]> edges = new java.util.ArrayList<>();
        Map<String, Set<String>> clusters = new LinkedHashMap<>();
        String cluster = null;
        for (String line : lines.subList(1, lines.size() - 1)) {
            Matcher m;
            if ((m = NODE.matcher(line)).matches()) {
                assertTrue(labels.put(m.group(1), m.group(2)) == null, "node declared twice: " + line);
                if (cluster != null) {
                    clusters.get(cluster).add(m.group(1));
                }
            } else if ((m = EDGE.matcher(line)).matches()) {
                edges.add(new String[] {m.group(1), m.group(2)});
            } else if ((m = CLUSTER.matcher(line)).matches()) {
                assertTrue(cluster == null, "nested subgraph: " + line);
                cluster = m.group(1);
                clusters.put(cluster, new TreeSet<>());
            } else if (line.equals("}")) {
                assertTrue(cluster != null, "unbalanced }");
                cluster = null;
            } else {
                assertTrue(SETTING.matcher(line).matches(), "not a DOT statement: " + line);
            }
        }
        assertTrue(cluster == null, "unclosed subgraph " + cluster);
        for (String[] edge : edges) {
            assertTrue(labels.containsKey(edge[0]) && labels.containsKey(edge[1]), "edge to an undeclared node: "
                    + edge[0] + " -> " + edge[1]);
        }
        return new Parsed(labels, edges, clusters);
    }

    private static void graphvizAccepts(String dot) {
        Graphviz.find().ifPresent(path -> {
            try {
                Process process = new ProcessBuilder(path.toString(), "-Tsvg", "-o", "/dev/null")
                        .redirectErrorStream(true).start();
                process.getOutputStream().write(dot.getBytes(StandardCharsets.UTF_8));
                process.getOutputStream().close();
                String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, process.waitFor(), "dot refuses the text: " + messages);
                assertEquals("", messages.trim(), "dot warns");
            } catch (IOException e) {
                throw new AssertionError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        });
    }
}
