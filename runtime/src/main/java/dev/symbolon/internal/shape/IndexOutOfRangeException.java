package dev.symbolon.internal.shape;

/**
 * An index value outside its axis, found by a pick while a compiled method or function runs. Callers
 * see an {@link IndexOutOfBoundsException}; the subclass lets the method that ran the pick tell it from
 * a bug of its own and put its name and its arguments' shapes in front, as it does for shape errors.
 */
public final class IndexOutOfRangeException extends IndexOutOfBoundsException {
    private static final long serialVersionUID = 1L;

    public IndexOutOfRangeException(String message) {
        super(message);
    }
}
