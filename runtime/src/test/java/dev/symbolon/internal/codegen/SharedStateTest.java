package dev.symbolon.internal.codegen;

import static dev.symbolon.internal.codegen.Models.input;
import static dev.symbolon.internal.codegen.Models.shared;
import static dev.symbolon.internal.ir.GraphOps.add;
import static dev.symbolon.internal.ir.GraphOps.mul;
import static dev.symbolon.internal.ir.GraphOps.reduce;
import static dev.symbolon.runtime.DType.FLOAT64;
import static dev.symbolon.runtime.DType.INT32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.access.Internals;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.model.Output;
import dev.symbolon.internal.model.SharedField;
import dev.symbolon.internal.model.SymbolicMethod;
import dev.symbolon.internal.model.Update;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import dev.symbolon.runtime.SharedVariable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shared variables: reads before updates, updates only after success, no aliasing with results. */
class SharedStateTest {
    @Test
    void theAccumulatorReturnsTheStateBeforeTheUpdate() {
        Node state = shared("state", INT32, 0);
        Node inc = input("inc", INT32, 0);
        SymbolicMethod accumulate = Models.withUpdates(Models.method("accumulate", state, inc),
                new Update("state", add(state, inc)));
        GeneratedClass acc = GeneratedClass.compile(Models.model("Accumulator",
                List.of(new SharedField("state", state)), List.of(accumulate)));
        assertEquals(0, acc.call("accumulate", 1));
        assertEquals(1, variable(acc, "state").intValue());
        assertEquals(1, acc.call("accumulate", 300));
        assertEquals(301, variable(acc, "state").intValue());
    }

    @Test
    void aFailedCallChangesNoSharedVariable() {
        Node w = shared("w", FLOAT64, 1);
        Node count = shared("count", FLOAT64, 0);
        Node x = input("x", FLOAT64, 1);
        Node total = reduce(Op.SUM, mul(w, x), false);
        SymbolicMethod step = Models.withUpdates(Models.method("step", total, x),
                new Update("count", add(count, total)), new Update("w", add(w, x)));
        GeneratedClass compiled = GeneratedClass.compile(Models.model("Stepper",
                List.of(new SharedField("w", w), new SharedField("count", count)), List.of(step)));
        variable(compiled, "w").setValue(new double[] {1, 2, 3});

        ShapeException e = assertThrows(ShapeException.class,
                () -> compiled.call("step", NDArray.of(new double[] {1, 1})));
        assertTrue(e.getMessage().startsWith("step(x: [2]) with shared w: [3]: mul: "), e.getMessage());
        assertArrayEquals(new double[] {1, 2, 3}, variable(compiled, "w").getValue().toDoubleArray());
        assertEquals(0.0, variable(compiled, "count").doubleValue());

        assertEquals(6.0, compiled.call("step", NDArray.of(new double[] {1, 1, 1})));
        assertArrayEquals(new double[] {2, 3, 4}, variable(compiled, "w").getValue().toDoubleArray());
        assertEquals(6.0, variable(compiled, "count").doubleValue());
    }

    @Test
    void readingAnUnsetSharedVariableNamesIt() {
        Node w = shared("weights", FLOAT64, 1);
        Node x = input("x", FLOAT64, 1);
        GeneratedClass compiled = GeneratedClass.compile(Models.model("Unset",
                List.of(new SharedField("weights", w)), List.of(Models.method("apply", mul(w, x), x))));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> compiled.call("apply", NDArray.of(new double[] {1})));
        assertTrue(e.getMessage().contains("weights") && e.getMessage().contains("setValue"), e.getMessage());
    }

    @Test
    void resultsAndNewValuesOwnTheirArrays() {
        Node w = shared("w", FLOAT64, 1);
        Node x = input("x", FLOAT64, 1);
        SymbolicMethod m = Models.withUpdates(
                Models.withRecord("swap", "Both", List.of(new Output("old", w), new Output("again", w)), x),
                new Update("w", x));
        GeneratedClass compiled = GeneratedClass.compile(Models.model("Swapper",
                List.of(new SharedField("w", w)), List.of(m)));
        variable(compiled, "w").setValue(new double[] {1, 2});
        NDArray argument = NDArray.of(new double[] {5, 6});

        Object both = compiled.call("swap", argument);
        NDArray old = (NDArray) GeneratedClass.component(both, "old");
        NDArray again = (NDArray) GeneratedClass.component(both, "again");
        assertNotSame(Internals.doubleData(old), Internals.doubleData(again));
        Internals.doubleData(argument)[0] = 99;
        Internals.doubleData(old)[1] = 99;
        assertArrayEquals(new double[] {5, 6}, variable(compiled, "w").getValue().toDoubleArray());
        assertArrayEquals(new double[] {1, 2}, again.toDoubleArray());
    }

    private static SharedVariable variable(GeneratedClass compiled, String name) {
        return (SharedVariable) compiled.call(name);
    }
}
