package dev.symbolon.processor.host;

import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * The compiler the processor runs in, and javac's tree API where it can be had. Build hosts hand
 * processors a wrapped environment: IntelliJ's build a {@link Proxy} whose handler holds the real
 * one, Gradle's incremental processing and kapt a class with a delegate field. {@link Trees#instance}
 * accepts only javac's own environment, so the wrappers are opened, field by field, until it is found.
 * Only the tree API is taken from behind a wrapper: the Filer and Messager stay the host's, so that
 * the host still sees every generated file and message.
 */
public final class CompilerHost {
    /** How many wrappers deep javac's environment is looked for; hosts nest one or two. */
    private static final int MAX_DEPTH = 8;

    private final String environmentClass;
    private final Trees trees;

    private CompilerHost(String environmentClass, Trees trees) {
        this.environmentClass = environmentClass;
        this.trees = trees;
    }

    /** The host behind {@code environment}, with javac's tree API if any wrapper level holds it. */
    public static CompilerHost of(ProcessingEnvironment environment) {
        return new CompilerHost(environment.getClass().getName(), findTrees(environment));
    }

    /** javac's tree API; empty under a compiler that is not javac or a wrapper that hides it. */
    public Optional<Trees> trees() {
        return Optional.ofNullable(trees);
    }

    /** The class name of the environment the host handed over, to name the host in errors. */
    public String environmentClass() {
        return environmentClass;
    }

    /** Whether the host is the Eclipse compiler, which has no javac trees behind any wrapper. */
    public boolean isEclipse() {
        return environmentClass.startsWith("org.eclipse.jdt.");
    }

    private static Trees findTrees(ProcessingEnvironment environment) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> level = new ArrayDeque<>();
        level.add(environment);
        for (int depth = 0; depth <= MAX_DEPTH && !level.isEmpty(); depth++) {
            Deque<Object> next = new ArrayDeque<>();
            for (Object candidate : level) {
                if (!seen.add(candidate)) {
                    continue;
                }
                if (candidate instanceof ProcessingEnvironment env) {
                    Optional<Trees> trees = javacTrees(env);
                    if (trees.isPresent()) {
                        return trees.get();
                    }
                }
                next.addAll(wrapped(candidate));
            }
            level = next;
        }
        return null;
    }

    private static Optional<Trees> javacTrees(ProcessingEnvironment environment) {
        try {
            return Optional.of(Trees.instance(environment));
        } catch (IllegalArgumentException notJavac) {
            return Optional.empty();
        }
    }

    /** What a wrapper holds: a proxy's invocation handler, or the environments in its instance fields. */
    private static Deque<Object> wrapped(Object wrapper) {
        Deque<Object> found = new ArrayDeque<>();
        if (Proxy.isProxyClass(wrapper.getClass())) {
            found.add(Proxy.getInvocationHandler(wrapper));
            return found;
        }
        for (Class<?> type = wrapper.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()
                        && read(field, wrapper) instanceof ProcessingEnvironment environment) {
                    found.add(environment);
                }
            }
        }
        return found;
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException | RuntimeException inaccessible) {
            // A field of a module that does not open its package: not a wrapper this host uses.
            return null;
        }
    }
}
