package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static dev.symbolon.processor.Generated.component;
import static dev.symbolon.processor.Generated.types;

import com.google.testing.compile.Compilation;
import dev.symbolon.runtime.NDArray;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** jacobian and hessian written in {@code @Symbolic} source, compiled and run, in normal and debug mode. */
class CalculusTest {
    private static final JavaFileObject CALCULUS = symbolicClass("Calculus",
            "public record Derivatives(Matrix jacobian, Matrix hessian, Matrix inWeights) {}",
            "@Symbolic static Derivatives derivatives(Matrix w, Vector x) {",
            "    Vector squares = x.times(x);",
            "    return new Derivatives(jacobian(squares, x), hessian(sum(squares.times(x)), x), jacobian(dot(w, x), w));",
            "}");

    private static Class<?> calculus;

    @BeforeAll
    static void compileCalculus() {
        Compilation compilation = compile(CALCULUS);
        assertThat(compilation).succeededWithoutWarnings();
        calculus = Compilations.load(compilation, "tutorial.CompiledCalculus");
    }

    private static double[] matrix(Object record, String name, int rows, int columns) {
        NDArray m = (NDArray) component(record, name);
        assertThat(m.shape()).asList().containsExactly(rows, columns).inOrder();
        return m.toDoubleArray();
    }

    private static void assertDerivatives(Generated generated) {
        Object r = generated.call("derivatives", types(double[][].class, double[].class),
                new double[][] {{1, 0, 2}, {0, 1, 1}}, new double[] {1, 2, 3});
        assertThat(matrix(r, "jacobian", 3, 3)).usingTolerance(1e-12)
                .containsExactly(2, 0, 0, 0, 4, 0, 0, 0, 6).inOrder();
        assertThat(matrix(r, "hessian", 3, 3)).usingTolerance(1e-12)
                .containsExactly(6, 0, 0, 0, 12, 0, 0, 0, 18).inOrder();
        // row i of d(w x)/dw is x in the columns of w's row i, flattened
        assertThat(matrix(r, "inWeights", 2, 6)).usingTolerance(1e-12)
                .containsExactly(1, 2, 3, 0, 0, 0, 0, 0, 0, 1, 2, 3).inOrder();
    }

    @Test
    void jacobianAndHessianCompileFromSymbolicSource() {
        assertDerivatives(new Generated(calculus));
    }

    @Test
    void debugModeReadsTheJacobiansBodyBackAndAgrees() {
        assertDerivatives(Generated.inMode("debug", calculus));
    }
}
