package dev.symbolon.processor.random;

import dev.symbolon.internal.debug.DebugCheck;
import dev.symbolon.internal.ir.Node;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph of each compiled method as the processor traced it, before any rewrite: a generated
 * class keeps it, for debug mode, in a {@link DebugCheck} per method in its nested class
 * {@code Graphs}. This test reads it from there, so that the oracle is the very graph the
 * processor built, and is independent of the rewrites and the code generator under test.
 */
final class UnoptimizedGraphs {
    private final Map<String, List<Node>> byMethod = new HashMap<>();

    @SuppressWarnings("unchecked")
    UnoptimizedGraphs(Class<?> compiled) {
        try {
            Class<?> holder = null;
            for (Class<?> nested : compiled.getDeclaredClasses()) {
                if (nested.getSimpleName().equals("Graphs")) {
                    holder = nested;
                }
            }
            if (holder == null) {
                throw new AssertionError(compiled + " has no nested class Graphs");
            }
            Field method = DebugCheck.class.getDeclaredField("method");
            Field unoptimized = DebugCheck.class.getDeclaredField("unoptimized");
            method.setAccessible(true);
            unoptimized.setAccessible(true);
            for (Field f : holder.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == DebugCheck.class) {
                    f.setAccessible(true);
                    DebugCheck check = (DebugCheck) f.get(null);
                    byMethod.put((String) method.get(check), (List<Node>) unoptimized.get(check));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read the graphs of " + compiled, e);
        }
    }

    /** The roots of a compiled method's graph: its outputs in order (a Grad method's value, then each gradient). */
    List<Node> of(String method) {
        List<Node> roots = byMethod.get(method);
        if (roots == null) {
            throw new AssertionError("no graph for " + method + " among " + byMethod.keySet());
        }
        return roots;
    }
}
