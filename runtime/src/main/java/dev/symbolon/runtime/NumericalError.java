package dev.symbolon.runtime;

/**
 * Debug mode found an operation that produced NaN or infinity from finite operands. The message names
 * the compiled method, the operation by its DSL function name, the source line that wrote it and its
 * operands.
 */
public class NumericalError extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    /** The compiled method whose call went wrong. */
    private final String method;
    /** The DSL function name of the operation. */
    private final String operation;
    /** The source file of the operation; empty where unknown. */
    private final String file;
    /** The line of the operation; 0 where unknown. */
    private final int line;

    NumericalError(String method, String operation, String file, int line, String message) {
        super(message);
        this.method = method;
        this.operation = operation;
        this.file = file;
        this.line = line;
    }

    /** {@return the compiled method whose call went wrong} */
    public String method() {
        return method;
    }

    /** {@return the DSL function name of the operation ({@code log}, {@code div}, ...)} */
    public String operation() {
        return operation;
    }

    /** {@return the source file where the operation was written; empty where unknown} */
    public String file() {
        return file;
    }

    /** {@return the line in {@link #file()} where the operation was written; 0 where unknown} */
    public int line() {
        return line;
    }
}
