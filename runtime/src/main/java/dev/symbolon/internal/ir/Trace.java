package dev.symbolon.internal.ir;

import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@code @Symbolic} body does besides computing its result: the {@code update(...)} calls it
 * makes. A front end opens a trace around the body, on the thread that runs it, with
 * try-with-resources; {@link T#update} records into the innermost open trace, and closing a trace
 * makes the one open before it current again.
 *
 * <pre>{@code
 * try (Trace trace = Trace.open()) {
 *     Scalar out = model.accumulate(Scalar.input("inc", DType.INT32));
 *     List<Trace.Update> updates = trace.updates();
 * }
 * }</pre>
 */
public final class Trace implements AutoCloseable {
    private static final ThreadLocal<Trace> CURRENT = new ThreadLocal<>();

    private final Trace previous;
    private final List<Update> updates = new ArrayList<>();

    /** {@code update(shared, newValue)}: a shared value's node and its new value, converted to its dtype. */
    public record Update(Node shared, Node newValue) {}

    private Trace(Trace previous) {
        this.previous = previous;
    }

    /** Opens a trace on this thread; it records until closed. */
    public static Trace open() {
        Trace trace = new Trace(CURRENT.get());
        CURRENT.set(trace);
        return trace;
    }

    /** The updates recorded so far, in the order they were made. */
    public List<Update> updates() {
        return List.copyOf(updates);
    }

    @Override
    public void close() {
        if (CURRENT.get() != this) {
            throw new IllegalStateException("traces must be closed in the reverse order of opening");
        }
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /** Checks an update's types and records it in the current trace. */
    public static void record(Node shared, Node newValue) {
        Trace trace = CURRENT.get();
        if (trace == null) {
            throw new IllegalStateException("update(...) is only meaningful inside a @Symbolic method that is"
                    + " compiled by Symbolon or traced with Trace.open(); outside one there is nothing to schedule");
        }
        if (shared.op() != Op.SHARED) {
            throw error("update needs a @Shared field as its target, got " + shared.describe());
        }
        DType from = newValue.type().dtype();
        DType to = shared.type().dtype();
        if (newValue.rank() != shared.rank() || !isSameKind(from, to)) {
            throw error("update of '" + shared.name() + "', a " + describeType(shared) + ", cannot take a "
                    + describeType(newValue) + "; the new value needs the same rank and a dtype of the same kind"
                    + " (cast it first)");
        }
        for (Update u : trace.updates) {
            if (u.shared() == shared) {
                throw error("'" + shared.name() + "' is updated twice; a call applies one update per shared field");
            }
        }
        trace.updates.add(new Update(shared, GraphOps.cast(newValue, to)));
    }

    /** NumPy's same-kind casting: bool into anything, integers into integers and floats, floats into floats. */
    private static boolean isSameKind(DType from, DType to) {
        return from == DType.BOOL || to.isFloat() || from.isInteger() && to.isInteger();
    }

    private static String describeType(Node node) {
        return node.type().kindName() + " " + node.type();
    }

    private static GraphException error(String message) {
        return new GraphException(SourcePosition.current(), message);
    }
}
