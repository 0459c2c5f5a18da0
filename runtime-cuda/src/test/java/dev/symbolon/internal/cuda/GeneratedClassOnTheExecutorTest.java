package dev.symbolon.internal.cuda;

import static dev.symbolon.T.function;
import static dev.symbolon.T.square;
import static dev.symbolon.T.vector;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.symbolon.CompiledFunction;
import dev.symbolon.Vector;
import dev.symbolon.runtime.DebugMismatch;
import dev.symbolon.runtime.Device;
import dev.symbolon.runtime.Mode;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A class generated for a function built at run time, constructed on {@code cuda} (the system
 * property), calls the CUDA executor through the seam: its results and updates are the CPU's, and in
 * debug mode the interpreter's check catches a device that computes something else. The executor
 * runs on host memory ({@link HostExecutorProvider}). Skipped in a runtime without javac, where such
 * functions are interpreted.
 */
class GeneratedClassOnTheExecutorTest {
    private HostExecutorProvider provider;

    @BeforeEach
    void onTheExecutor() {
        // without javac (the GPU check's runtime) run-time functions are interpreted, never generated
        assumeTrue(ToolProvider.getSystemJavaCompiler() != null,
                "no Java compiler in this runtime: functions built at run time are interpreted, not generated");
        provider = HostExecutorProvider.enable();
        System.setProperty(Device.PROPERTY, "cuda");
    }

    @AfterEach
    void backToTheCpu() {
        System.clearProperty(Device.PROPERTY);
        System.clearProperty(Mode.PROPERTY);
        HostExecutorProvider.disable();
    }

    /** {@code err = (w - x)^2}, {@code w <- w - 0.5 (w - x)}. */
    private static CompiledFunction step(SharedVariable w) {
        Vector x = vector("x");
        Vector wv = w.vector();
        Vector diff = wv.minus(x);
        return function(List.of(x), List.of(square(diff)), Map.of(wv, wv.minus(diff.times(0.5))));
    }

    @Test
    void callsRunOnTheExecutorWithTheCpusResultsAndUpdates() {
        SharedVariable w = SharedVariable.of("w", NDArray.of(new double[] {1, 2, 3}));
        CompiledFunction f = step(w);
        NDArray x = NDArray.of(new double[] {0, 4, 3});
        for (int call = 0; call < 2; call++) {
            double[] before = w.getValue().toDoubleArray();
            List<NDArray> out = f.call(x);
            double[] err = new double[3];
            double[] next = new double[3];
            for (int i = 0; i < 3; i++) {
                double diff = before[i] - x.toDoubleArray()[i];
                err[i] = diff * diff;
                next[i] = before[i] - diff * 0.5;
            }
            assertArrayEquals(err, out.get(0).toDoubleArray(), 0.0);
            assertArrayEquals(next, w.getValue().toDoubleArray(), 0.0);
        }
        assertFalse(provider.drivers.isEmpty(), "the generated class made its executor here");
        assertEquals(List.of("function_k0", "function_k0"), provider.drivers.get(0).launches);
    }

    @Test
    void debugModeCatchesADeviceThatComputesSomethingElse() {
        System.setProperty(Mode.PROPERTY, "debug");
        provider.skew = 1e-3;
        SharedVariable w = SharedVariable.of("w", NDArray.of(new double[] {1, 2, 3}));
        CompiledFunction f = step(w);
        DebugMismatch mismatch = assertThrows(DebugMismatch.class, () -> f.call(NDArray.of(new double[] {0, 4, 3})));
        assertTrue(mismatch.getMessage().contains("function"), mismatch.getMessage());
        assertArrayEquals(new double[] {1, 2, 3}, w.getValue().toDoubleArray(), 0.0, "a rejected call updates nothing");
    }
}
