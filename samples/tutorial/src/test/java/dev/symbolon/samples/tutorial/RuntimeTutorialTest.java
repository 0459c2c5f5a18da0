package dev.symbolon.samples.tutorial;

import static dev.symbolon.T.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.CompiledFunction;
import dev.symbolon.Matrix;
import dev.symbolon.Scalar;
import dev.symbolon.Vector;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.Mode;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.NumericalError;
import dev.symbolon.runtime.ShapeException;
import dev.symbolon.runtime.SharedVariable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tutorial's six programs built at run time with {@code T.function} give exactly (to the bit) what
 * their compiled twins {@code CompiledBasics} and {@code CompiledAccumulator} give.
 */
class RuntimeTutorialTest {
    private final CompiledBasics compiled = new CompiledBasics();

    @Test
    void differenceAgreesWithTheCompiledMethod() {
        Scalar a = scalar("a");
        Scalar b = scalar("b");
        CompiledFunction difference = function(List.of(a, b), List.of(a.minus(b)));
        for (double[] args : new double[][] {{30.5, 10.5}, {-0.0, 0.0}, {1e308, -1e308}}) {
            assertEquals(compiled.difference(args[0], args[1]), difference.call(args[0], args[1]).get(0).getDouble());
        }
    }

    @Test
    void logisticAgreesWithTheCompiledMethod() {
        Scalar x = scalar("x");
        CompiledFunction logistic = function(List.of(x), List.of(div(1.0, add(1.0, exp(neg(x))))));
        for (double v : new double[] {0, 1, -10, 800, -800, 1e-300}) {
            assertEquals(compiled.logistic(v), logistic.call(v).get(0).getDouble());
        }
    }

    @Test
    void logisticWithSlopeAgreesWithTheCompiledMethod() {
        Scalar x = scalar("x");
        Scalar s = div(1.0, add(1.0, exp(neg(x))));
        CompiledFunction withSlope = function(List.of(x), List.of(s, grad(s, x)));
        for (double v : new double[] {3, 0, -40, 40}) {
            List<NDArray> out = withSlope.call(v);
            CompiledBasics.Slope expected = compiled.logisticWithSlope(v);
            assertEquals(expected.value(), out.get(0).getDouble());
            assertEquals(expected.slope(), out.get(1).getDouble());
        }
    }

    @Test
    void addAgreesWithTheCompiledMethod() {
        Matrix x = matrix("x");
        Matrix y = matrix("y");
        CompiledFunction add = function(List.of(x, y), List.of(x.plus(y)));
        double[][] a = {{1, 2}, {3, 4}};
        double[][] b = {{5, 6}, {7, 8}};
        assertEquals(compiled.add(a, b), add.call(a, b).get(0));
    }

    @Test
    void dotProductAgreesWithTheCompiledMethod() {
        Vector a = vector("a");
        Vector b = vector("b");
        CompiledFunction dotProduct = function(List.of(a, b), List.of(dot(a, b)));
        double[] u = {1, 2, 3};
        double[] v = {4, 5, 6};
        assertEquals(compiled.dotProduct(u, v), dotProduct.call(u, v).get(0).getDouble());
    }

    @Test
    void accumulateAgreesWithTheCompiledMethod() {
        SharedVariable state = SharedVariable.of("state", NDArray.zeros(DType.INT32));
        Scalar s = state.scalar();
        Scalar inc = scalar("inc", DType.INT32);
        CompiledFunction accumulate = function(List.of(inc), List.of(s), Map.of(s, s.plus(inc)));
        var twin = new CompiledAccumulator();
        for (int step : new int[] {1, 300, Integer.MAX_VALUE, -7}) {
            assertEquals(NDArray.scalar(twin.accumulate(step)), accumulate.call(step).get(0));
            assertEquals(twin.state().intValue(), state.intValue());
        }
    }

    @Test
    void aShapeErrorNamesTheInputsAndTheLineThatBuiltTheOperation() {
        Matrix x = matrix("x");
        Matrix y = matrix("y");
        Matrix sum = x.plus(y); int line = new Throwable().getStackTrace()[0].getLineNumber();
        CompiledFunction add = function(List.of(x, y), List.of(sum));
        var e = assertThrows(ShapeException.class,
                () -> add.call(new double[][] {{1, 2}}, new double[][] {{1, 2, 3}}));
        assertTrue(e.getMessage().startsWith("function(x: [1, 2], y: [1, 3])"), e.getMessage());
        assertTrue(e.getMessage().contains("RuntimeTutorialTest.java:" + line), e.getMessage());
    }

    @Test
    void debugModeNamesTheLineOfTheFirstBadValue() {
        String previous = System.setProperty(Mode.PROPERTY, "debug");
        try {
            Vector v = vector("v");
            Vector logs = log(v); int line = new Throwable().getStackTrace()[0].getLineNumber();
            CompiledFunction f = function(List.of(v), List.of(sum(logs)));
            var e = assertThrows(NumericalError.class, () -> f.call(new double[] {1.0, -1.0}));
            assertEquals(line, e.line(), e.getMessage());
        } finally {
            if (previous == null) {
                System.clearProperty(Mode.PROPERTY);
            } else {
                System.setProperty(Mode.PROPERTY, previous);
            }
        }
    }
}
