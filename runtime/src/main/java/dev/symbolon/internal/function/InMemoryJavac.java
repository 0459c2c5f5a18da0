package dev.symbolon.internal.function;

import dev.symbolon.runtime.NDArray;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one generated source file in memory with the JDK's compiler and loads its classes in a
 * class loader of their own, whose parent is Symbolon's, so that nothing is written to disk and the
 * classes go when nothing uses them. The class path is the JVM's, plus the location of Symbolon's
 * runtime classes in case a container's loader put them elsewhere.
 */
final class InMemoryJavac {
    private final JavaCompiler javac;

    private InMemoryJavac(JavaCompiler javac) {
        this.javac = javac;
    }

    /** The JDK's compiler; empty on a JRE, which has none. */
    static Optional<InMemoryJavac> find() {
        return Optional.ofNullable(ToolProvider.getSystemJavaCompiler()).map(InMemoryJavac::new);
    }

    /**
     * The class {@code qualifiedName} compiled from {@code source}.
     *
     * @throws IllegalStateException if it does not compile: generated code that javac refuses is a
     *     bug in Symbolon
     */
    Class<?> compile(String qualifiedName, String source) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension),
                        kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        classes.put(className, bytes);
                        return bytes;
                    }
                };
            }
        };
        JavaFileObject file = new SimpleJavaFileObject(
                URI.create("string:///" + qualifiedName.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        List<String> options = List.of("-classpath", classPath(), "-proc:none", "-nowarn", "-g:none");
        boolean ok = javac.getTask(null, manager, diagnostics, options, null, List.of(file)).call();
        if (!ok) {
            throw new IllegalStateException("bug in Symbolon: the code generated for a function built at run time"
                    + " does not compile: " + diagnostics.getDiagnostics());
        }
        Map<String, byte[]> bytes = new HashMap<>();
        classes.forEach((name, out) -> bytes.put(name, out.toByteArray()));
        try {
            return Class.forName(qualifiedName, true, new Loader(bytes));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("bug in Symbolon: javac wrote no class " + qualifiedName, e);
        }
    }

    private static String classPath() {
        String path = System.getProperty("java.class.path", "");
        CodeSource source = NDArray.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return path;
        }
        try {
            String runtime = Path.of(source.getLocation().toURI()).toString();
            return path.isEmpty() ? runtime : runtime + File.pathSeparator + path;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return path;
        }
    }

    /** Defines the compiled classes, asking Symbolon's loader for everything else. */
    private static final class Loader extends ClassLoader {
        private final Map<String, byte[]> classes;

        Loader(Map<String, byte[]> classes) {
            super(NDArray.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
