package dev.symbolon.runtime;

/**
 * Debug mode found a result that differs from what it should equal: the unoptimized graph's value,
 * or the reference interpreter's value of the graph the code was generated from. Either is a bug in
 * Symbolon (a rewrite or the code generator), not in the user's program, hence an {@link AssertionError}.
 */
public class DebugMismatch extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final String method;
    private final String result;
    private final String file;
    private final int line;

    DebugMismatch(String method, String result, String file, int line, String message) {
        super(message);
        this.method = method;
        this.result = result;
        this.file = file;
        this.line = line;
    }

    /** The compiled method whose call differed. */
    public String method() {
        return method;
    }

    /** Which result differed: an output's name, or {@code update(<field>)}. */
    public String result() {
        return result;
    }

    /** The source file where the result's expression was written; empty where unknown. */
    public String file() {
        return file;
    }

    /** The line in {@link #file()} where the result's expression was written; 0 where unknown. */
    public int line() {
        return line;
    }
}
