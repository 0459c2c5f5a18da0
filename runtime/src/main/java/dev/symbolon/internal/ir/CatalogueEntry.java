package dev.symbolon.internal.ir;

/**
 * One error of a diagnostics catalogue: an id users can search for and a sentence with {@code %s}
 * placeholders. Each layer keeps its own catalogue ({@link GraphError} for graphs, the annotation
 * processor's for its javac front end); ids are unique across all of them.
 */
public interface CatalogueEntry {
    /** {@code SYMnnn}. */
    String id();

    /** The sentence, with {@code %s} for each argument. */
    String template();

    /** The complete text: {@code [SYM001] ...}, with {@code args} in place of the placeholders. */
    default String format(Object... args) {
        return "[" + id() + "] " + String.format(template(), args);
    }
}
