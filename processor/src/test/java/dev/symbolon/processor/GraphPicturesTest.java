package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.load;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.symbolon.processor.diagnostics.Message;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The generated toDot and toSvg, and the DOT files that -Asymbolon.dot=true writes. */
class GraphPicturesTest {
    private static final JavaFileObject MODEL = symbolicClass("Logistic",
            "    @Shared Vector w;",
            "    @Symbolic @Grad(wrt = {\"w\"}) Scalar cost(Matrix x, Vector y) {",
            "        return mean(binaryCrossentropy(sigmoid(dot(x, w)), y));",
            "    }",
            "    @Symbolic static double f(double x) { return Math.log(1.0 / (1.0 + Math.exp(-x))); }",
            "    @Symbolic static double g(double x, double y) { return x * y; }");

    private static String picture(Class<?> type, String kind, Object... args) throws ReflectiveOperationException {
        Class<?>[] types = args.length == 1 ? new Class<?>[] {String.class} : new Class<?>[] {String.class, boolean.class};
        try {
            return (String) type.getMethod(kind, types).invoke(null, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    @Test
    void dotOptionWritesWhatToDotReturnsBesideTheGeneratedSource() throws Exception {
        Compilation compilation = compile("-A" + SymbolicProcessor.DOT + "=true", MODEL);
        Class<?> generated = load(compilation, "tutorial.CompiledLogistic");
        for (String method : List.of("cost", "costGrad", "f", "g")) {
            JavaFileObject file = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "tutorial",
                    "CompiledLogistic." + method + ".dot").orElseThrow();
            assertThat(file.getCharContent(true).toString()).isEqualTo(picture(generated, "toDot", method));
        }
    }

    @Test
    void withoutTheOptionNoDotFileIsWritten() {
        Compilation compilation = compile(MODEL);
        assertThat(compilation.generatedFiles().stream().map(f -> f.toUri().getPath())
                .filter(p -> p.endsWith(".dot")).toList()).isEmpty();
    }

    @Test
    void toDotNamesEveryNodeOfDebugPrintWithItsSourceLine() throws Exception {
        Class<?> generated = load(compile(MODEL), "tutorial.CompiledLogistic");
        String dot = picture(generated, "toDot", "cost");
        String debug = (String) generated.getMethod("debugPrint", String.class).invoke(null, "cost");
        Matcher line = Pattern.compile("^[ |]*(\\S+) id=(\\d+) (\\S+)", Pattern.MULTILINE).matcher(debug);
        int nodes = 0;
        while (line.find()) {
            nodes++;
            assertThat(dot).contains("\"t" + line.group(2) + "\" [label=\"t" + line.group(2) + " " + line.group(1)
                    + "\\n" + line.group(3));
        }
        assertThat(nodes).isGreaterThan(5);
        assertThat(dot).contains("Logistic.java:10");
        assertThat(dot).contains("subgraph \"cluster_0\"");
        assertThat(dot).startsWith("digraph \"CompiledLogistic.cost, optimized\" {");
    }

    @Test
    void theGraphAsWrittenIsTheOneBeforeTheStabilityRewrites() throws Exception {
        Class<?> generated = load(compile(MODEL), "tutorial.CompiledLogistic");
        String optimized = picture(generated, "toDot", "f", true);
        String written = picture(generated, "toDot", "f", false);
        assertThat(optimized).isEqualTo(picture(generated, "toDot", "f"));
        assertThat(optimized).contains(" softplus\\n");
        assertThat(written).doesNotContain("softplus");
        assertThat(written).contains(" exp\\n");
        assertThat(written).doesNotContain("cluster");
    }

    @Test
    void toSvgIsWellFormedWithOneNodeGroupPerNode() throws Exception {
        Class<?> generated = load(compile(MODEL), "tutorial.CompiledLogistic");
        String svg = picture(generated, "toSvg", "costGrad");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        NodeList groups = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagNameNS("*", "g");
        List<String> nodes = new java.util.ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals("node")) {
                nodes.add(g.getElementsByTagNameNS("*", "title").item(0).getTextContent());
            }
        }
        String debug = (String) generated.getMethod("debugPrint", String.class).invoke(null, "costGrad");
        List<String> ids = Pattern.compile(" id=(\\d+) ").matcher(debug).results().map(m -> "t" + m.group(1))
                .distinct().sorted().toList();
        assertThat(nodes.stream().sorted().toList()).isEqualTo(ids);
    }

    @Test
    void unknownMethodNamesTheKnownOnes() throws Exception {
        Class<?> generated = load(compile(MODEL), "tutorial.CompiledLogistic");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> picture(generated, "toSvg", "train", true));
        assertThat(e).hasMessageThat().isEqualTo("no compiled method is named 'train'; the methods are: cost, costGrad, f, g");
    }

    @Test
    void dotFileThatCannotBeWrittenIsAnErrorOnTheClass(@TempDir Path generated) throws IOException {
        Files.createDirectories(generated.resolve("tutorial/CompiledLogistic.f.dot"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaCompiler.CompilationTask task = javac.getTask(null, null, diagnostics,
                List.of("-proc:only", "-s", generated.toString(), "-A" + SymbolicProcessor.DOT + "=true", "-classpath",
                        Compilations.userClassPath().stream().map(File::toString)
                                .collect(Collectors.joining(File.pathSeparator))),
                null, List.of(MODEL));
        task.setProcessors(List.of(new SymbolicProcessor()));
        assertThat(task.call()).isFalse();
        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getLineNumber() + ": " + d.getMessage(null)).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).startsWith("8: [" + Message.DOT_WRITE_FAILED.id() + "] could not write the graph"
                + " picture CompiledLogistic.f.dot that -Asymbolon.dot=true asks for: ");
        assertThat(Files.exists(generated.resolve("tutorial/CompiledLogistic.cost.dot"))).isTrue();
    }
}
