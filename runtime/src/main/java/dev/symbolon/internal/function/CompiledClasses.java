package dev.symbolon.internal.function;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The classes compiled for functions built at run time, by their generated source: the source is a
 * pure function of the optimized graph (with its names and source lines), so a function built again
 * from the same graph, in a loop or by another object, costs no second compilation. The cache holds
 * the {@value #CAPACITY} sources used last, so that programs building many one-off graphs do not keep
 * every class.
 */
final class CompiledClasses {
    static final int CAPACITY = 256;

    private static final Map<String, Class<?>> CLASSES = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Class<?>> eldest) {
            return size() > CAPACITY;
        }
    };

    private CompiledClasses() {}

    /** The class compiled from {@code source} earlier, if it is still cached. */
    static synchronized Optional<Class<?>> get(String source) {
        return Optional.ofNullable(CLASSES.get(source));
    }

    /**
     * Keeps {@code compiled} as the class of {@code source}; two threads that compiled the same source
     * at once both get the first one kept.
     */
    static synchronized Class<?> put(String source, Class<?> compiled) {
        return CLASSES.computeIfAbsent(source, s -> compiled);
    }
}
