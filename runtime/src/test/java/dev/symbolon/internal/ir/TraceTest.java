package dev.symbolon.internal.ir;

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
    private final Scalar state = Scalar.shared("state", DType.INT32);
    private final Matrix w = Matrix.shared("w", DType.FLOAT32);

    @Test
    void aTraceRecordsUpdatesInOrder() {
        Scalar inc = Scalar.input("inc", DType.INT32);
        Matrix g = Matrix.input("g", DType.FLOAT32);
        try (Trace trace = Trace.open()) {
            update(w, w.minus(g.times(0.1)));
            update(state, state.plus(inc));
            List<Trace.Update> updates = trace.updates();
            assertEquals(2, updates.size());
            assertSame(w.node(), updates.get(0).shared());
            assertSame(w.minus(g.times(0.1)).node(), updates.get(0).newValue());
            assertSame(state.plus(inc).node(), updates.get(1).newValue());
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
            update(w, w.times(Scalar.input("lr")));
            update(state, 0);
            Trace.Update first = trace.updates().get(0);
            assertEquals(w.node().type(), first.newValue().type());
            assertEquals(Op.CAST, first.newValue().op());
            assertEquals(DType.INT32, trace.updates().get(1).newValue().type().dtype());
        }
    }

    @Test
    void aNewValueOfAnotherRankNamesBothTypes() {
        try (Trace trace = Trace.open()) {
            var e = assertThrows(GraphException.class, () -> update(w, Vector.input("v", DType.FLOAT32)));
            assertTrue(e.getMessage().contains("Matrix float32[?,?]"), e.getMessage());
            assertTrue(e.getMessage().contains("Vector float32[?]"), e.getMessage());
            assertEquals(List.of(), trace.updates());
        }
    }

    @Test
    void badTargetsAndDtypesAreRejected() {
        try (Trace trace = Trace.open()) {
            assertThrows(GraphException.class, () -> update(state, 0.5));
            assertThrows(GraphException.class, () -> update(Scalar.input("x"), 1.0));
            update(state, 1);
            var twice = assertThrows(GraphException.class, () -> update(state, 2));
            assertTrue(twice.getMessage().contains("'state' is updated twice"), twice.getMessage());
            assertEquals(1, trace.updates().size());
        }
    }
}
