package dev.symbolon.internal.ir;

/**
 * Where in the user's source a node came from. Errors and debug output name it so that a problem
 * found after rewriting still points at the line the user wrote.
 */
public record SourcePosition(String file, int line) {
    public static final SourcePosition UNKNOWN = new SourcePosition("", 0);

    private static final ThreadLocal<SourcePosition> CURRENT = new ThreadLocal<>();

    public boolean isKnown() {
        return line > 0;
    }

    /**
     * The position new nodes get: the one a front end set with {@link #enter}, or else the first
     * stack frame outside Symbolon's own packages, which is the user's line when a body is traced.
     */
    public static SourcePosition current() {
        SourcePosition set = CURRENT.get();
        if (set != null) {
            return set;
        }
        return StackWalker.getInstance()
                .walk(frames -> frames
                        .filter(f -> !isSymbolonFrame(f.getClassName()))
                        .findFirst()
                        .map(f -> new SourcePosition(f.getFileName() == null ? "" : f.getFileName(), f.getLineNumber()))
                        .orElse(UNKNOWN));
    }

    private static boolean isSymbolonFrame(String className) {
        return className.startsWith("dev.symbolon.") && !className.startsWith("dev.symbolon.samples.");
    }

    /** Makes {@code position} the position of nodes built on this thread until the scope closes. */
    public static Scope enter(SourcePosition position) {
        SourcePosition previous = CURRENT.get();
        CURRENT.set(position);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** A scope opened by {@link #enter}; closing it restores the previous position. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public String toString() {
        return isKnown() ? file + ":" + line : "<unknown position>";
    }
}
