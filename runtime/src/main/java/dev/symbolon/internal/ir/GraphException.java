package dev.symbolon.internal.ir;

/**
 * A graph that cannot be built: operand types an op does not accept, a gradient that does not
 * exist. The message names the op, the operand types and the source position; the annotation
 * processor reports it as a compile error on that line.
 */
public class GraphException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;

    public GraphException(SourcePosition position, String message) {
        super(position.isKnown() ? message + " (at " + position + ")" : message);
        this.position = position;
    }

    public SourcePosition position() {
        return position;
    }
}
