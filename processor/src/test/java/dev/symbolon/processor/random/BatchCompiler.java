package dev.symbolon.processor.random;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.symbolon.processor.Compilations;
import dev.symbolon.processor.SymbolicProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles many programs in one javac run with the real processor, and loads what came out. Every
 * generated program is well-typed, so any error is a failure of the program it is reported in; the
 * others are compiled again without it, since javac writes no class file once there are errors.
 */
final class BatchCompiler {
    private static final Pattern SYMBOL_ID = Pattern.compile("\\[(SYM\\d+)]");
    private static final Pattern EXCEPTION = Pattern.compile("(java\\.[\\w.]+(Exception|Error))");
    private static final Pattern FRAME = Pattern.compile("at ([\\w.$]+)\\(");

    /** A program's compiled class and, for integer methods, its plain Java twin; or why it did not compile. */
    record Outcome(Class<?> compiled, Class<?> plain, Failure failure) {}

    private BatchCompiler() {}

    static Map<Program, Outcome> compile(List<Program> programs) {
        Map<Program, Outcome> outcomes = new LinkedHashMap<>();
        List<Program> pending = new ArrayList<>(programs);
        while (!pending.isEmpty()) {
            Compilation compilation = Compiler.javac().withProcessors(new SymbolicProcessor()).withClasspath(Compilations.userClassPath())
                    .compile(pending.stream().flatMap(p -> sources(p).stream()).toList());
            if (compilation.status() == Compilation.Status.SUCCESS) {
                ClassLoader loader = loader(compilation);
                for (Program p : pending) {
                    outcomes.put(p, new Outcome(load(loader, "Compiled" + p.className()),
                            ProgramPrinter.plain(p) == null ? null : load(loader, ProgramPrinter.plainName(p.className())),
                            null));
                }
                break;
            }
            Map<Program, Failure> failed = failures(pending, compilation);
            if (failed.isEmpty()) {
                throw new AssertionError("errors in no program's source: " + compilation.errors());
            }
            failed.forEach((p, f) -> outcomes.put(p, new Outcome(null, null, f)));
            pending.removeAll(failed.keySet());
        }
        Map<Program, Outcome> ordered = new LinkedHashMap<>();
        programs.forEach(p -> ordered.put(p, outcomes.get(p)));
        return ordered;
    }

    private static List<JavaFileObject> sources(Program p) {
        List<JavaFileObject> files = new ArrayList<>();
        files.add(JavaFileObjects.forSourceString(ProgramPrinter.PACKAGE + "." + p.className(),
                ProgramPrinter.symbolic(p)));
        String plain = ProgramPrinter.plain(p);
        if (plain != null) {
            files.add(JavaFileObjects.forSourceString(
                    ProgramPrinter.PACKAGE + "." + ProgramPrinter.plainName(p.className()), plain));
        }
        return files;
    }

    /** The first error of each program that has one, by the source file it is reported in. */
    private static Map<Program, Failure> failures(List<Program> programs, Compilation compilation) {
        Map<Program, Failure> failed = new LinkedHashMap<>();
        for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
            if (error.getSource() == null) {
                continue;
            }
            String file = error.getSource().getName();
            for (Program p : programs) {
                if (file.endsWith("/" + p.className() + ".java") || file.endsWith("/Plain" + p.className() + ".java")) {
                    String message = error.getMessage(Locale.ROOT);
                    failed.putIfAbsent(p, new Failure(category(message),
                            "line " + error.getLineNumber() + ": " + message));
                }
            }
        }
        return failed;
    }

    /** A compile error's kind: its catalogue id, and for an internal error the exception and where it was thrown. */
    static String category(String message) {
        Matcher id = SYMBOL_ID.matcher(message);
        if (!id.find()) {
            return "javac error: " + message.lines().findFirst().orElse("").replaceAll("\\b\\w*\\d\\w*\\b", "#");
        }
        StringBuilder category = new StringBuilder("compile error " + id.group(1));
        Matcher exception = EXCEPTION.matcher(message);
        if (exception.find()) {
            category.append(' ').append(exception.group(1));
            Matcher frame = FRAME.matcher(message);
            if (frame.find(exception.end())) {
                category.append(" at ").append(frame.group(1));
            }
        }
        return category.toString();
    }

    private static ClassLoader loader(Compilation compilation) {
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
        return new ClassLoader(BatchCompiler.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
    }

    private static Class<?> load(ClassLoader loader, String simpleName) {
        try {
            return loader.loadClass(ProgramPrinter.PACKAGE + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
