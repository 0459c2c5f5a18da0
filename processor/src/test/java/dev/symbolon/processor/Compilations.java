package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Compiles sources with the processor and loads the classes that came out. */
public final class Compilations {
    private Compilations() {}

    /** A source file {@code <name>.java} in package {@code tutorial}, from its lines. */
    public static JavaFileObject source(String simpleName, String... lines) {
        return JavaFileObjects.forSourceLines("tutorial." + simpleName, lines);
    }

    /**
     * A public class {@code <name>} in package {@code tutorial} with these member lines, importing
     * the DSL ({@code dev.symbolon.*}, {@code T}'s functions statically) and the annotations.
     */
    public static JavaFileObject symbolicClass(String simpleName, String... members) {
        List<String> lines = new ArrayList<>(List.of("package tutorial;", "",
                "import static dev.symbolon.T.*;", "",
                "import dev.symbolon.*;",
                "import dev.symbolon.annotation.*;", "",
                "public class " + simpleName + " {"));
        lines.addAll(List.of(members));
        lines.add("}");
        return source(simpleName, lines.toArray(String[]::new));
    }

    public static Compilation compile(JavaFileObject... sources) {
        return javac().compile(sources);
    }

    public static Compilation compile(String option, JavaFileObject... sources) {
        return javac().withOptions(option).compile(sources);
    }

    /**
     * javac with the processor, compiling against this module's dependencies but not the processor's
     * own classes, as a user's build does where the processor is on the processor path only.
     */
    public static Compiler javac() {
        return Compiler.javac().withProcessors(new SymbolicProcessor()).withClasspath(userClassPath());
    }

    /** The test's class path without the processor's classes. */
    public static List<File> userClassPath() {
        Path processor;
        try {
            processor = Path.of(SymbolicProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(entry -> !entry.toAbsolutePath().normalize().equals(processor.toAbsolutePath().normalize()))
                .map(Path::toFile)
                .toList();
    }

    /** Loads {@code className} from the class files of a successful compilation. */
    public static Class<?> load(Compilation compilation, String className) {
        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String name = file.toUri().getPath().replaceFirst("^/(CLASS_OUTPUT/)?", "")
                        .replace(".class", "").replace('/', '.');
                try (InputStream in = file.openInputStream()) {
                    classes.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        ClassLoader loader = new ClassLoader(Compilations.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name + " not among " + classes.keySet());
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        try {
            return loader.loadClass(className);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
