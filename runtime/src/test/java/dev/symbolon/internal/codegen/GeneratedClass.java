package dev.symbolon.internal.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import dev.symbolon.internal.model.SymbolicClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;

/**
 * A generated class compiled in memory with every lint warning an error, loaded, and instantiated:
 * tests call its methods by name through reflection.
 */
final class GeneratedClass {
    private final String source;
    private final Class<?> type;
    private final Object instance;

    private GeneratedClass(String source, Class<?> type, Object instance) {
        this.source = source;
        this.type = type;
        this.instance = instance;
    }

    static GeneratedClass compile(SymbolicClass model) {
        return compile(model, UnaryOperator.identity());
    }

    /** The class generated for {@code model}, its source changed by {@code edit} before it is compiled. */
    static GeneratedClass compile(SymbolicClass model, UnaryOperator<String> edit) {
        JavaFile file = CompiledClassGenerator.generate(model);
        String source = edit.apply(file.toString());
        String name = (model.packageName().isEmpty() ? "" : model.packageName() + ".") + model.generatedSimpleName();
        Compilation compilation = Compiler.javac()
                .withOptions("-Xlint:all", "-Werror")
                .compile(JavaFileObjects.forSourceString(name, source));
        assertEquals(Compilation.Status.SUCCESS, compilation.status(),
                () -> compilation.diagnostics() + "\n" + numbered(source));
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject f : compilation.generatedFiles()) {
            if (f.getKind() == JavaFileObject.Kind.CLASS) {
                String path = f.toUri().getPath();
                String binary = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                        path.length() - ".class".length()).replace('/', '.');
                classes.put(binary, read(f));
            }
        }
        ClassLoader loader = new ClassLoader(GeneratedClass.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String className) throws ClassNotFoundException {
                byte[] bytes = classes.get(className);
                if (bytes == null) {
                    throw new ClassNotFoundException(className);
                }
                return defineClass(className, bytes, 0, bytes.length);
            }
        };
        try {
            Class<?> type = loader.loadClass(name);
            return new GeneratedClass(source, type, type.getConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The public NDArray form of method {@code name}, from its signature to its closing brace. */
    String methodBody(String name) {
        Matcher m = Pattern.compile("public (?:synchronized )?\\S+ " + name + "\\(NDArray[\\s\\S]*?\\n    }\\n")
                .matcher(source);
        if (!m.find()) {
            throw new AssertionError("no method " + name + " in\n" + source);
        }
        return m.group();
    }

    /** How often {@code part} occurs in {@code text}, overlaps included. */
    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    String source() {
        return source;
    }

    Class<?> type() {
        return type;
    }

    Object instance() {
        return instance;
    }

    /** Calls the public method of that name whose parameter types fit {@code args}' runtime types (primitives unboxed). */
    Object call(String method, Object... args) {
        return invoke(instance, method, args);
    }

    Object callStatic(String method, Object... args) {
        return invoke(null, method, args);
    }

    private Object invoke(Object target, String method, Object... args) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(method) && fits(m.getParameterTypes(), args)) {
                try {
                    return m.invoke(target, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new AssertionError(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no method " + method + Arrays.toString(args) + " in\n" + numbered(source));
    }

    private static boolean fits(Class<?>[] types, Object[] args) {
        if (types.length != args.length) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            Object a = args[i];
            boolean ok = a == null ? !t.isPrimitive()
                    : t.isPrimitive() ? boxed(t) == a.getClass() : t.isInstance(a);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> boxed(Class<?> primitive) {
        return java.lang.invoke.MethodType.methodType(primitive).wrap().returnType();
    }

    /** Record components by name, read through the accessor methods. */
    static Object component(Object record, String name) {
        try {
            Method accessor = record.getClass().getMethod(name);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] read(JavaFileObject f) {
        try (InputStream in = f.openInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String numbered(String source) {
        String[] lines = source.split("\n");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            s.append(String.format("%4d  %s%n", i + 1, lines[i]));
        }
        return s.toString();
    }
}
