package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static dev.symbolon.processor.Generated.types;

import com.google.testing.compile.Compilation;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One instance called from several threads: every update of shared state is applied, none lost. */
class ConcurrentCallsTest {
    private static final int THREADS = 8;

    private static Class<?> accumulator;
    private static Class<?> logisticRegression;

    @BeforeAll
    static void compileModels() {
        Compilation compilation = compile("-Xlint:all,-processing", symbolicClass("Accumulator",
                "    @Shared @Int32 Scalar state;",
                "    @Symbolic Scalar accumulate(@Int32 Scalar inc) {",
                "        update(state, state.plus(inc));",
                "        return state;",
                "    }",
                "    @Symbolic Scalar current() { return state; }",
                "    @Symbolic static Vector twice(Vector v) { return v.times(2); }"));
        assertThat(compilation).succeededWithoutWarnings();
        accumulator = Compilations.load(compilation, "tutorial.CompiledAccumulator");
        logisticRegression = Compilations.load(compile(LanguageTest.LOGISTIC_REGRESSION),
                "tutorial.CompiledLogisticRegression");
    }

    /** Runs {@code call} {@code times} times on each of the threads, all starting together; the results in any order. */
    private static <T> List<T> fromThreads(int times, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<List<T>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<T> results = new ArrayList<>();
                    for (int i = 0; i < times; i++) {
                        results.add(call.call());
                    }
                    return results;
                }));
            }
            List<T> all = new ArrayList<>();
            for (Future<List<T>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyUpdateFromEightThreadsIsAppliedOnce() throws Exception {
        Generated model = new Generated(accumulator);
        int calls = 5_000;
        List<Integer> before = fromThreads(calls, () -> (Integer) model.call("accumulate", types(int.class), 1));
        assertThat(((SharedVariable) model.call("state", types())).intValue()).isEqualTo(THREADS * calls);
        // each call saw the state its predecessor left: the values before the updates are 0, 1, 2, ...
        Collections.sort(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(before.get(i)).isEqualTo(i);
        }
    }

    @Test
    void trainingFromEightThreadsTakesEveryStep() throws Exception {
        double[][] x = {{1, 2}, {3, 4}, {-1, 0.5}};
        double[] y = {1, 0, 1};
        int steps = 25;
        Generated shared = new Generated(logisticRegression);
        Generated alone = new Generated(logisticRegression);
        for (Generated model : new Generated[] {shared, alone}) {
            ((SharedVariable) model.call("w", types())).setValue(new double[] {0.1, -0.2});
        }
        fromThreads(steps, () -> shared.call("train", types(double[][].class, double[].class), x, y));
        for (int i = 0; i < THREADS * steps; i++) {
            alone.call("train", types(double[][].class, double[].class), x, y);
        }
        // full-batch steps from the same start give the same weights in any interleaving, to the bit
        assertThat(((SharedVariable) shared.call("w", types())).getValue())
                .isEqualTo(((SharedVariable) alone.call("w", types())).getValue());
        assertThat(((SharedVariable) shared.call("b", types())).doubleValue())
                .isEqualTo(((SharedVariable) alone.call("b", types())).doubleValue());
    }

    @Test
    void onlyMethodsThatReadOrUpdateSharedStateAreSerialized() throws Exception {
        assertThat(isSynchronized(accumulator.getMethod("accumulate", int.class))).isTrue();
        assertThat(isSynchronized(accumulator.getMethod("current"))).isTrue();
        assertThat(isSynchronized(accumulator.getMethod("twice", NDArray.class))).isFalse();
        assertThat(isSynchronized(logisticRegression.getMethod("costGrad", NDArray.class, NDArray.class))).isTrue();
    }

    private static boolean isSynchronized(Method method) {
        return Modifier.isSynchronized(method.getModifiers());
    }
}
