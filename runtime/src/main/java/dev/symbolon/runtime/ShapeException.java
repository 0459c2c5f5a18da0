package dev.symbolon.runtime;

/**
 * A value whose shape does not fit where it is used: arguments of a compiled method that do not
 * broadcast, a reshape to a different element count, a shared variable set to a value of the wrong
 * rank. It is an {@link IllegalArgumentException} because the caller passed the wrong value; the
 * message, composed by the code that detects the error, names the values and their shapes.
 */
public class ShapeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with this message.
     *
     * @param message what does not fit: the values, their shapes and the operation
     */
    public ShapeException(String message) {
        super(message);
    }
}
