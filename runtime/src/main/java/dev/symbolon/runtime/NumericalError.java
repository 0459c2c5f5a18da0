package dev.symbolon.runtime;

import dev.symbolon.internal.ir.SourcePosition;

/**
 * Debug mode found an operation that produced NaN or infinity from finite operands. The message names
 * the compiled method, the operation by its DSL function name, the source line that wrote it and its
 * operands.
 */
public class NumericalError extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    private final String method;
    private final String operation;
    private final transient SourcePosition position;

    public NumericalError(String method, String operation, SourcePosition position, String message) {
        super(message);
        this.method = method;
        this.operation = operation;
        this.position = position;
    }

    /** The compiled method whose call went wrong. */
    public String method() {
        return method;
    }

    /** The DSL function name of the operation ({@code log}, {@code div}, ...). */
    public String operation() {
        return operation;
    }

    /** Where the operation was written. */
    public SourcePosition position() {
        return position;
    }
}
