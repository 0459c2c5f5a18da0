package dev.symbolon.runtime;

import dev.symbolon.internal.ir.SourcePosition;

/**
 * Debug mode found a result that differs from what it should equal: the unoptimized graph's value,
 * or the reference interpreter's value of the graph the code was generated from. Either is a bug in
 * Symbolon (a rewrite or the code generator), not in the user's program, hence an {@link AssertionError}.
 */
public class DebugMismatch extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final String method;
    private final String result;
    private final transient SourcePosition position;

    public DebugMismatch(String method, String result, SourcePosition position, String message) {
        super(message);
        this.method = method;
        this.result = result;
        this.position = position;
    }

    /** The compiled method whose call differed. */
    public String method() {
        return method;
    }

    /** Which result differed: an output's name, or {@code update(<field>)}. */
    public String result() {
        return result;
    }

    /** Where the result's expression was written. */
    public SourcePosition position() {
        return position;
    }
}
