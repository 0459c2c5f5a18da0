package dev.symbolon.internal.ir;

/**
 * A graph that cannot be built: one {@link GraphError} with its arguments, at the source position
 * of the node being built. A front end reports it under the error's id at that position; thrown at
 * run time, its message names the position too.
 */
public class GraphException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final GraphError error;
    private final transient Object[] arguments;
    private final transient SourcePosition position;

    public GraphException(GraphError error, SourcePosition position, Object... arguments) {
        super(error.format(arguments) + (position.isKnown() ? " (at " + position + ")" : ""));
        this.error = error;
        this.arguments = arguments.clone();
        this.position = position;
    }

    public GraphError error() {
        return error;
    }

    /** The arguments of the error's sentence, in order. */
    public Object[] arguments() {
        return arguments.clone();
    }

    public SourcePosition position() {
        return position;
    }
}
