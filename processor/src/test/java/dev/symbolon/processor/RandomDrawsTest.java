package dev.symbolon.processor;

import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static dev.symbolon.processor.Generated.types;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.runtime.Device;
import dev.symbolon.runtime.NDArray;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** uniform, normal and bernoulli from @Symbolic source: seeded, checked in debug mode, saved, on an executor. */
class RandomDrawsTest {
    private static final double[] X = new double[20_000];
    private static Class<?> noisy;

    @TempDir
    Path dir;

    @BeforeAll
    static void compileNoisy() {
        Arrays.fill(X, 2.0);
        noisy = Compilations.load(compile(symbolicClass("Noisy",
                "    @Symbolic Vector jitter(Vector x) {",
                "        return x.plus(uniform(x)).plus(normal(x).times(0.1));",
                "    }",
                "    @Symbolic Vector dropout(Vector x, double p) {",
                "        return x.times(bernoulli(1.0 - p, x)).div(1.0 - p);",
                "    }",
                "    @Symbolic Scalar twoDraws(Vector x) {",
                "        return sum(uniform(x).minus(uniform(x)));",
                "    }")), "tutorial.CompiledNoisy");
    }

    private static double[] jitter(Generated g) {
        return ((NDArray) g.call("jitter", types(double[].class), (Object) X)).toDoubleArray();
    }

    private static Generated seeded(Generated g, long seed) {
        g.call("seed", types(long.class), seed);
        return g;
    }

    @Test
    void theSameSeedGivesTheSameDrawsOnTwoInstancesAndEachCallDrawsAfresh() {
        Generated a = seeded(new Generated(noisy), 42);
        Generated b = seeded(new Generated(noisy), 42);
        double[] first = jitter(a);
        assertArrayEquals(first, jitter(b));
        double[] second = jitter(a);
        assertFalse(Arrays.equals(first, second));
        assertArrayEquals(second, jitter(b));
        seeded(a, 42);
        assertArrayEquals(first, jitter(a));
    }

    @Test
    void twoDrawsOfOneLikeAreNotMerged() {
        double difference = (double) new Generated(noisy).call("twoDraws", types(double[].class), (Object) X);
        assertTrue(Math.abs(difference) > 0 && Math.abs(difference) < 5 * Math.sqrt(X.length / 6.0), "" + difference);
    }

    @Test
    void debugModeDrawsTheNumbersTheGeneratedCodeDrew() {
        // debug mode throws DebugMismatch where the interpreter's values differ from the generated code's
        Generated debug = seeded(Generated.inMode("debug", noisy), 7);
        assertArrayEquals(jitter(seeded(new Generated(noisy), 7)), jitter(debug));
        debug.call("dropout", types(double[].class, double.class), X, 0.3);
    }

    @Test
    void anExecutorDrawsWhatTheCpuDraws() {
        Generated cuda = seeded(Generated.on(Device.cuda(0), noisy), 3);
        assertArrayEquals(jitter(seeded(new Generated(noisy), 3)), jitter(cuda));
    }

    @Test
    void dropoutScaledByOneOverKeepKeepsTheMean() {
        double[] out = ((NDArray) seeded(new Generated(noisy), 1).call("dropout", types(double[].class, double.class),
                X, 0.3)).toDoubleArray();
        double keep = 0.7;
        // each element is 2/keep with probability keep, else 0: mean 2, variance 4 (1 - keep) / keep
        double mean = Arrays.stream(out).average().orElseThrow();
        double sigma = Math.sqrt(4 * (1 - keep) / keep / out.length);
        assertEquals(2.0, mean, 5 * sigma);
        assertTrue(Arrays.stream(out).allMatch(v -> v == 0 || Math.abs(v - 2 / keep) < 1e-12));
    }

    @Test
    void aSavedStateContinuesTheSequence() throws Exception {
        Generated uninterrupted = seeded(new Generated(noisy), 11);
        jitter(uninterrupted);
        double[] expected = jitter(uninterrupted);

        Generated first = seeded(new Generated(noisy), 11);
        jitter(first);
        Path file = dir.resolve("noisy.npz");
        first.call("saveState", types(Path.class), file);
        Generated resumed = new Generated(noisy);
        resumed.call("loadState", types(Path.class), file);
        assertArrayEquals(expected, jitter(resumed));
        assertEquals(java.util.List.of("symbolon.random"), java.util.List.copyOf(NDArray.loadAll(file).keySet()));
    }
}
