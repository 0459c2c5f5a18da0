package dev.symbolon.runtime;

/**
 * Debug mode found a result that differs from what it should equal: the unoptimized graph's value,
 * or the reference interpreter's value of the graph the code was generated from. Either is a bug in
 * Symbolon (a rewrite or the code generator), not in the user's program, hence an {@link AssertionError}.
 */
public class DebugMismatch extends AssertionError {
    private static final long serialVersionUID = 1L;

    /** The compiled method whose call differed. */
    private final String method;
    /** Which result differed. */
    private final String result;
    /** The source file of the result's expression; empty where unknown. */
    private final String file;
    /** The line of the result's expression; 0 where unknown. */
    private final int line;

    DebugMismatch(String method, String result, String file, int line, String message) {
        super(message);
        this.method = method;
        this.result = result;
        this.file = file;
        this.line = line;
    }

    /** {@return the compiled method whose call differed} */
    public String method() {
        return method;
    }

    /** {@return which result differed: an output's name, or {@code update(<field>)}} */
    public String result() {
        return result;
    }

    /** {@return the source file where the result's expression was written; empty where unknown} */
    public String file() {
        return file;
    }

    /** {@return the line in {@link #file()} where the result's expression was written; 0 where unknown} */
    public int line() {
        return line;
    }
}
