package dev.symbolon.processor.host;

import static com.google.common.truth.Truth.assertThat;

import dev.symbolon.processor.SymbolicProcessor;
import dev.symbolon.processor.diagnostics.Message;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Eclipse compiler has no javac trees: each model class gets one error that says what to do. */
class EclipseCompilerTest {
    private static final String MODEL = String.join("\n",
            "package tutorial;",
            "",
            "import dev.symbolon.annotation.Symbolic;",
            "",
            "public class Model {",
            "    @Symbolic static double logistic(double x) { return 1.0 / (1.0 + Math.exp(-x)); }",
            "}",
            "");

    @TempDir
    Path directory;

    @Test
    void eachModelClassGetsOneErrorThatPointsToJavac() throws IOException {
        Path source = directory.resolve("tutorial/Model.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, MODEL);

        List<Diagnostic<? extends JavaFileObject>> errors = compileWithEcj(source).stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();

        assertThat(errors).hasSize(1);
        Diagnostic<? extends JavaFileObject> error = errors.get(0);
        assertThat(error.getMessage(null)).startsWith("[" + Message.ECLIPSE_COMPILER.id()
                + "] tutorial.Model is not compiled: Symbolon reads @Symbolic method bodies through javac's tree API");
        assertThat(error.getMessage(null)).contains("compile the model classes with javac");
        assertThat(error.getSource().getName()).endsWith("Model.java");
        assertThat(error.getLineNumber()).isEqualTo(5L);
    }

    private List<Diagnostic<? extends JavaFileObject>> compileWithEcj(Path source) throws IOException {
        JavaCompiler ecj = new EclipseCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = Files.createDirectories(directory.resolve("classes"));
        Path generated = Files.createDirectories(directory.resolve("generated"));
        try (StandardJavaFileManager files = ecj.getStandardFileManager(diagnostics, null, null)) {
            JavaCompiler.CompilationTask task = ecj.getTask(new StringWriter(), files, diagnostics,
                    List.of("-17", "-proc:only", "-d", classes.toString(), "-s", generated.toString(),
                            "-classpath", System.getProperty("java.class.path")),
                    null, files.getJavaFileObjects(source));
            task.setProcessors(List.of(new SymbolicProcessor()));
            task.call();
        }
        return diagnostics.getDiagnostics();
    }
}
