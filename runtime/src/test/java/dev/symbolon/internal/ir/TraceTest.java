package dev.symbolon.internal.ir;

import dev.symbolon.Handles;
import dev.symbolon.internal.access.Internals;
import static dev.symbolon.T.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.Matrix;
import dev.symbolon.Scalar;
import dev.symbolon.T;
import dev.symbolon.Vector;
import dev.symbolon.internal.ir.GraphException;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceTest {
    private final Scalar state = Handles.sharedScalar("state", DType.INT32);
    private final Matrix w = Handles.sharedMatrix("w", DType.FLOAT32);

    @Test
    void aTraceRecordsUpdatesInOrder() {
        Scalar inc = Handles.scalar("inc", DType.INT32);
        Matrix g = Handles.matrix("g", DType.FLOAT32);
        try (Trace trace = Trace.open()) {
            update(w, w.minus(g.times(0.1)));
            update(state, state.plus(inc));
            List<Trace.Update> updates = trace.updates();
            assertEquals(2, updates.size());
            assertSame(Internals.node(w), updates.get(0).shared());
            assertSame(Internals.node(w.minus(g.times(0.1))), updates.get(0).newValue());
            assertSame(Internals.node(state.plus(inc)), updates.get(1).newValue());
        }
    }

    @Test
    void updateOutsideATraceThrows() {
        var e = assertThrows(IllegalStateException.class, () -> update(state, state.plus(1.0)));
        assertTrue(e.getMessage().contains("only meaningful inside a @Symbolic method"), e.getMessage());
    }

    @Test
    void closingATraceRestoresTheOneOpenBefore() {
        try (Trace outer = Trace.open()) {
            try (Trace inner = Trace.open()) {
                update(state, 1);
                assertEquals(1, inner.updates().size());
            }
            update(state, 2);
            assertEquals(2.0, outer.updates().get(0).newValue().value());
        }
        assertThrows(IllegalStateException.class, () -> update(state, 3));
    }

    @Test
    void theNewValueIsConvertedToTheSharedDtype() {
        try (Trace trace = Trace.open()) {
            update(w, w.times(Handles.scalar("lr")));
            update(state, 0);
            Trace.Update first = trace.updates().get(0);
            assertEquals(Internals.node(w).type(), first.newValue().type());
            assertEquals(Op.CAST, first.newValue().op());
            assertEquals(DType.INT32, trace.updates().get(1).newValue().type().dtype());
        }
    }

    @Test
    void aNewValueOfAnotherRankNamesBothTypes() {
        try (Trace trace = Trace.open()) {
            var e = assertThrows(GraphException.class, () -> update(w, Handles.vector("v", DType.FLOAT32)));
            assertTrue(e.getMessage().contains("Matrix float32[?,?]"), e.getMessage());
            assertTrue(e.getMessage().contains("Vector float32[?]"), e.getMessage());
            assertEquals(List.of(), trace.updates());
        }
    }

    @Test
    void badTargetsAndDtypesAreRejected() {
        try (Trace trace = Trace.open()) {
            assertThrows(GraphException.class, () -> update(state, 0.5));
            assertThrows(GraphException.class, () -> update(Handles.scalar("x"), 1.0));
            update(state, 1);
            var twice = assertThrows(GraphException.class, () -> update(state, 2));
            assertTrue(twice.getMessage().contains("'state' is updated twice"), twice.getMessage());
            assertEquals(1, trace.updates().size());
        }
    }
}
