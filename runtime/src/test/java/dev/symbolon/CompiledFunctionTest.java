package dev.symbolon;

import static dev.symbolon.T.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.function.RuntimeFunction;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import dev.symbolon.runtime.SharedVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Functions built at run time: the calls, their checks, shared state, and the two ways they run. */
class CompiledFunctionTest {
    @Test
    void aFunctionBuiltAtRunTimeRunsCompiledCode() {
        Vector a = vector("a");
        Vector b = vector("b");
        CompiledFunction f = function(List.of(a, b), List.of(dot(a, b), a.plus(b)));
        assertTrue(f.isCompiled());
        List<NDArray> out = f.call(new double[] {1, 2, 3}, NDArray.of(new double[] {4, 5, 6}));
        assertEquals(32.0, out.get(0).getDouble());
        assertEquals(0, out.get(0).rank());
        assertArrayEquals(new double[] {5, 7, 9}, out.get(1).toDoubleArray());
    }

    @Test
    void aSeededFunctionDrawsTheSameNumbersCompiledAndInterpreted() {
        Vector x = vector("x");
        Supplier<CompiledFunction> build = () -> function(List.of(x),
                List.of(uniform(x), normal(x), bernoulli(0.25, x)));
        CompiledFunction compiled = build.get();
        CompiledFunction interpreted = withInterpreter(build);
        assertTrue(compiled.isCompiled());
        assertFalse(interpreted.isCompiled());
        double[] zeros = new double[5000];
        compiled.seed(5);
        interpreted.seed(5);
        List<NDArray> first = null;
        for (int call = 0; call < 2; call++) {
            List<NDArray> a = compiled.call(zeros);
            first = first == null ? a : first;
            List<NDArray> b = interpreted.call(zeros);
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(a.get(i).toDoubleArray(), b.get(i).toDoubleArray(), "output " + i + ", call " + call);
            }
        }
        compiled.seed(5);
        assertArrayEquals(first.get(1).toDoubleArray(), compiled.call(zeros).get(1).toDoubleArray(), "seeded again");
    }

    @Test
    void jacobianAndHessianOfAFunctionBuiltAtRunTime() {
        Vector x = vector("x");
        Vector squares = x.times(x);
        CompiledFunction f = function(List.of(x), List.of(jacobian(squares, x), hessian(sum(squares.times(x)), x)));
        assertTrue(f.isCompiled());
        List<NDArray> out = f.call(new double[] {1, 2, 3});
        assertArrayEquals(new int[] {3, 3}, out.get(0).shape());
        assertArrayEquals(new double[] {2, 0, 0, 0, 4, 0, 0, 0, 6}, out.get(0).toDoubleArray(), 1e-12);
        assertArrayEquals(new double[] {6, 0, 0, 0, 12, 0, 0, 0, 18}, out.get(1).toDoubleArray(), 1e-12);
    }

    @Test
    void tensordotOfMatricesIsATensorOfRankTwo() {
        Matrix m = matrix("m");
        Matrix n = matrix("n");
        Tensor product = tensordot(m, n, new int[] {0}, new int[] {0});
        assertEquals(2, product.rank());
        CompiledFunction f = function(List.of(m, n), List.of(product, grad(sum(product), m)));
        List<NDArray> out = f.call(new double[][] {{1, 2}, {3, 4}, {5, 6}},
                new double[][] {{1, 0, 2, 1}, {0, 1, 1, 3}, {2, 2, 0, 1}});
        // np.tensordot(m, n, ([0], [0])); the gradient of its sum is n's row sums along each row
        assertArrayEquals(new int[] {2, 4}, out.get(0).shape());
        assertArrayEquals(new double[] {11, 13, 5, 15, 14, 16, 8, 20}, out.get(0).toDoubleArray(), 1e-12);
        assertArrayEquals(new double[] {4, 4, 5, 5, 5, 5}, out.get(1).toDoubleArray(), 1e-12);
    }

    @Test
    void scalarInputsTakeNumbersOfTheirDtype() {
        Scalar i = scalar("i", DType.INT32);
        Scalar x = scalar("x");
        CompiledFunction f = function(List.of(i, x), List.of(i.times(i).plus(i), x.gt(0.5)));
        List<NDArray> out = f.call(7, 0.75);
        assertEquals(NDArray.scalar(56), out.get(0));
        assertEquals(NDArray.scalar(true), out.get(1));
        assertThrows(IllegalArgumentException.class, () -> f.call(1.5, 0.75));
        assertThrows(IllegalArgumentException.class, () -> f.call(new double[] {1}, 0.75));
    }

    @Test
    void anOutputNeedingAnUnlistedInputIsRefusedByName() {
        Vector a = vector("a");
        Vector hidden = vector("hidden");
        var e = assertThrows(IllegalArgumentException.class, () -> function(List.of(a), List.of(a.plus(hidden))));
        assertTrue(e.getMessage().contains("'hidden'"), e.getMessage());
        assertTrue(e.getMessage().contains("[a]"), e.getMessage());
    }

    @Test
    void aHandleOfTheWrongRankIsRefused() {
        SharedVariable w = SharedVariable.of("w", NDArray.of(new double[] {1, 2}));
        var e = assertThrows(IllegalStateException.class, w::matrix);
        assertTrue(e.getMessage().contains("vector()"), e.getMessage());
        assertThrows(IllegalStateException.class, w::scalar);
        assertEquals(w.vector(), w.tensor());
    }

    @Test
    void argumentsOfTheWrongDtypeOrCountAreRefused() {
        Vector a = vector("a");
        CompiledFunction f = function(List.of(a), List.of(a.sum()));
        assertThrows(IllegalArgumentException.class, () -> f.call(new int[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> f.call());
        assertThrows(NullPointerException.class, () -> f.call((Object) null));
    }

    @Test
    void updatesApplyAfterTheOutputsAndOnlyWhenTheCallSucceeds() {
        forBothRunners(() -> {
            SharedVariable wState = SharedVariable.of("w", NDArray.of(new double[] {1, 2, 3}));
            Vector w = wState.vector();
            Vector x = vector("x");
            CompiledFunction step = function(List.of(x), List.of(w.sum()), Map.of(w, w.plus(x)));
            assertEquals(6.0, step.call(new double[] {1, 1, 1}).get(0).getDouble());
            assertArrayEquals(new double[] {2, 3, 4}, wState.getValue().toDoubleArray());
            var e = assertThrows(ShapeException.class, () -> step.call(new double[] {1, 1}));
            assertTrue(e.getMessage().startsWith("function(x: [2]) with shared w: [3]"), e.getMessage());
            assertArrayEquals(new double[] {2, 3, 4}, wState.getValue().toDoubleArray());
            return null;
        });
    }

    @Test
    void anIndexOutOfRangeNamesTheCallInBothRunners() {
        forBothRunners(() -> {
            Vector x = vector("x");
            Scalar i = scalar("i", DType.INT64);
            CompiledFunction pick = function(List.of(x, i), List.of(x.get(i)));
            var e = assertThrows(IndexOutOfBoundsException.class, () -> pick.call(new double[] {1, 2}, 2L));
            assertTrue(e.getMessage().startsWith("function(x: [2], i: []): take: index 2 is out of range for axis 0"
                    + " of size 2 at "), e.getMessage());
            return null;
        });
    }

    @Test
    void twoFunctionsSharingAVariableSeeEachOthersUpdates() {
        SharedVariable state = SharedVariable.of("state", NDArray.scalar(0L));
        Scalar s = state.scalar();
        Scalar inc = scalar("inc", DType.INT64);
        CompiledFunction add = function(List.of(inc), List.of(s), Map.of(s, s.plus(inc)));
        CompiledFunction reset = function(List.of(), List.of(), Map.of(s, s.minus(s)));
        CompiledFunction read = function(List.of(), List.of(s));
        add.call(5L);
        assertEquals(5L, read.call().get(0).getLong());
        assertEquals(5L, add.call(3).get(0).getLong());
        reset.call();
        assertEquals(0L, read.call().get(0).getLong());
        assertEquals(0L, state.longValue());
    }

    @Test
    void aGraphKeepsItsVariablesAlive() {
        Scalar c = SharedVariable.of("kept", 5.0).scalar();
        Scalar doubled = c.times(2);
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        CompiledFunction f = function(List.of(), List.of(doubled), Map.of(c, doubled));
        assertEquals(10.0, f.call().get(0).getDouble());
        assertEquals(20.0, f.call().get(0).getDouble());
    }

    @Test
    void handlesTakenOnDifferentLinesAreOneLeaf() {
        SharedVariable v = SharedVariable.of("v", 1.0);
        Scalar first = v.scalar();
        Scalar second = v.scalar();
        assertEquals(first, second);
        CompiledFunction f = function(List.of(), List.of(first), Map.of(second, second.plus(1)));
        assertEquals(1.0, f.call().get(0).getDouble());
        assertEquals(2.0, f.call().get(0).getDouble());
    }

    @Test
    void twoVariablesOfOneNameStayApart() {
        SharedVariable first = SharedVariable.of("v", 1.0);
        SharedVariable second = SharedVariable.of("v", 10.0);
        CompiledFunction f = function(List.of(), List.of(first.scalar().plus(second.scalar())),
                Map.of(second.scalar(), second.scalar().plus(1)));
        assertEquals(11.0, f.call().get(0).getDouble());
        assertEquals(1.0, first.doubleValue());
        assertEquals(11.0, second.doubleValue());
    }

    @Test
    void concurrentCallsOfFunctionsSharingAVariableLoseNoUpdate() throws Exception {
        SharedVariable count = SharedVariable.of("count", 0.0);
        Scalar c = count.scalar();
        CompiledFunction one = function(List.of(), List.of(), Map.of(c, c.plus(1)));
        CompiledFunction two = function(List.of(), List.of(), Map.of(c, c.plus(2)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                CompiledFunction f = i % 2 == 0 ? one : two;
                calls.add(pool.submit(() -> f.call()));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(600.0, count.doubleValue());
    }

    @Test
    void gradientsAgreeWithFiniteDifferences() {
        forBothRunners(() -> {
            Vector x = vector("x");
            Vector y = vector("y");
            Scalar cost = sum(sigmoid(x).times(y).plus(log1p(exp(neg(abs(x)))))).plus(sum(x.times(x)).times(0.5));
            CompiledFunction f = function(List.of(x, y), List.of(cost, grad(cost, x)));
            double[] xs = {-2.0, -0.3, 0.0, 0.7, 3.1};
            double[] ys = {1.0, 0.0, 1.0, 1.0, 0.0};
            double[] gradient = f.call(xs, ys).get(1).toDoubleArray();
            double h = 1e-6;
            for (int i = 0; i < xs.length; i++) {
                double[] up = xs.clone();
                double[] down = xs.clone();
                up[i] += h;
                down[i] -= h;
                double difference = (f.call(up, ys).get(0).getDouble() - f.call(down, ys).get(0).getDouble()) / (2 * h);
                assertEquals(difference, gradient[i], 1e-6, "d cost / d x[" + i + "]");
            }
            return null;
        });
    }

    @Test
    void theInterpreterGivesTheCompiledValuesToTheBit() {
        Matrix x = matrix("x");
        Vector w = vector("w");
        Vector p = sigmoid(dot(x, w).plus(0.25));
        Scalar cost = mean(p.times(p));
        double[][] xs = {{0.5, -1.25, 2.0}, {3.0, 0.125, -0.75}};
        double[] ws = {0.3, -0.2, 0.1};
        List<NDArray> compiled = function(List.of(x, w), List.of(p, cost, grad(cost, w))).call(xs, ws);
        List<NDArray> interpreted = withInterpreter(() -> {
            CompiledFunction f = function(List.of(x, w), List.of(p, cost, grad(cost, w)));
            assertFalse(f.isCompiled());
            return f.call(xs, ws);
        });
        assertEquals(compiled, interpreted);
    }

    @Test
    void anUnknownCompilerSettingIsRefused() {
        String previous = System.setProperty(RuntimeFunction.COMPILER_PROPERTY, "jit");
        try {
            Vector a = vector("a");
            var e = assertThrows(IllegalArgumentException.class, () -> function(List.of(a), List.of(a)));
            assertTrue(e.getMessage().contains("interpreter"), e.getMessage());
        } finally {
            restore(previous);
        }
    }

    @Test
    void debugPrintShowsTheOptimizedGraph() {
        Scalar x = scalar("x");
        CompiledFunction f = function(List.of(x), List.of(div(1.0, exp(neg(x)).plus(1.0))));
        assertTrue(f.debugPrint().contains("sigmoid"), f.debugPrint());
    }

    @Test
    void anInputNameThatIsNoJavaIdentifierStillCompiles() {
        Vector odd = vector("x y");
        CompiledFunction f = function(List.of(odd), List.of(odd.times(2)));
        assertArrayEquals(new double[] {2, 4}, f.call(new double[] {1, 2}).get(0).toDoubleArray());
    }

    @Test
    void noCompilerMeansTheInterpreterWithOneWarning() {
        // the property stands for a JVM without javac: the warning is logged once per JVM, so this
        // test checks only that the forced path interprets and logs nothing
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger(RuntimeFunction.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        try {
            Vector a = vector("a");
            CompiledFunction f = withInterpreter(() -> function(List.of(a), List.of(a.sum())));
            assertFalse(f.isCompiled());
            assertEquals(6.0, f.call(new double[] {1, 2, 3}).get(0).getDouble());
            assertTrue(records.isEmpty(), records.toString());
        } finally {
            logger.removeHandler(handler);
        }
    }

    private static void forBothRunners(Supplier<Void> test) {
        test.get();
        withInterpreter(test);
    }

    private static <T> T withInterpreter(Supplier<T> body) {
        String previous = System.setProperty(RuntimeFunction.COMPILER_PROPERTY, "interpreter");
        try {
            return body.get();
        } finally {
            restore(previous);
        }
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(RuntimeFunction.COMPILER_PROPERTY);
        } else {
            System.setProperty(RuntimeFunction.COMPILER_PROPERTY, previous);
        }
    }
}
