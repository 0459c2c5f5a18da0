package dev.symbolon.processor.host;

import static com.google.common.truth.Truth.assertThat;

import dev.symbolon.processor.Compilations;
import dev.symbolon.processor.SymbolicProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental builds recompile only the edited model, with the rest of the module's classes on the
 * class path, as Maven's incremental compiler and IDEs do: its generated class follows the edit and
 * the others stay as they were.
 */
class IncrementalCompilationTest {
    @TempDir
    Path directory;

    @Test
    void recompilingOneEditedModelRegeneratesOnlyItsClass() throws Exception {
        Path model = write("Model", "return 1.0 / (1.0 + Math.exp(-x));");
        Path other = write("Other", "return x * x;");
        compile(model, other);
        Path otherGenerated = directory.resolve("generated/tutorial/CompiledOther.java");
        String otherSource = Files.readString(otherGenerated);
        long otherModified = Files.getLastModifiedTime(otherGenerated).toMillis();

        write("Model", "return 2.0 * x;");
        compile(model);

        assertThat(call("tutorial.CompiledModel", 3.0)).isEqualTo(6.0);
        assertThat(call("tutorial.CompiledOther", 3.0)).isEqualTo(9.0);
        assertThat(Files.readString(otherGenerated)).isEqualTo(otherSource);
        assertThat(Files.getLastModifiedTime(otherGenerated).toMillis()).isEqualTo(otherModified);
    }

    private Path write(String name, String body) throws IOException {
        Path source = directory.resolve("src/tutorial/" + name + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, String.join("\n",
                "package tutorial;",
                "",
                "import dev.symbolon.annotation.Symbolic;",
                "",
                "public class " + name + " {",
                "    @Symbolic static double f(double x) { " + body + " }",
                "}",
                ""));
        return source;
    }

    private void compile(Path... sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = Files.createDirectories(directory.resolve("classes"));
        Path generated = Files.createDirectories(directory.resolve("generated"));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), files, diagnostics,
                    List.of("-d", classes.toString(), "-s", generated.toString(), "-classpath",
                            classes + File.pathSeparator + Compilations.userClassPath().stream().map(File::toString)
                                    .collect(Collectors.joining(File.pathSeparator))),
                    null, files.getJavaFileObjects(sources));
            task.setProcessors(List.of(new SymbolicProcessor()));
            assertThat(task.call()).isTrue();
        }
        assertThat(diagnostics.getDiagnostics()).isEmpty();
    }

    private Object call(String className, double x) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {directory.resolve("classes").toUri().toURL()},
                getClass().getClassLoader())) {
            Object instance = loader.loadClass(className).getConstructor().newInstance();
            return instance.getClass().getMethod("f", double.class).invoke(instance, x);
        }
    }
}
