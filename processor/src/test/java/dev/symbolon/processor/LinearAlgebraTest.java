package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static dev.symbolon.processor.Generated.types;

import com.google.testing.compile.Compilation;
import dev.symbolon.runtime.NDArray;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Batched {@code dot}, {@code diag} and {@code trace} from @Symbolic source, against NumPy's values. */
class LinearAlgebraTest {
    private static final JavaFileObject ALGEBRA = symbolicClass("Algebra",
            "    @Symbolic static Tensor batched(@Rank(3) Tensor a, @Rank(3) Tensor b) { return dot(a, b); }",
            "    @Symbolic static Tensor batchTimesMatrix(@Rank(3) Tensor a, Matrix m) { return a.dot(m); }",
            "    @Symbolic static Tensor matrixTimesBatch(Matrix m, @Rank(3) Tensor b) { return m.T().dot(b); }",
            "    @Symbolic static Vector diagonal(Matrix x) { return diag(x); }",
            "    @Symbolic static Matrix diagonalMatrix(Vector v) { return diag(v); }",
            "    @Symbolic static Scalar traced(Matrix x) { return trace(x); }");

    /** {@code arange(12).reshape(2, 2, 3) / 4 - 1} and {@code arange(12).reshape(2, 3, 2) / 3 - 1}. */
    private static NDArray a() {
        double[] data = new double[12];
        for (int i = 0; i < 12; i++) {
            data[i] = i / 4.0 - 1;
        }
        return NDArray.wrap(data, 2, 2, 3);
    }

    private static NDArray b() {
        double[] data = new double[12];
        for (int i = 0; i < 12; i++) {
            data[i] = i / 3.0 - 1;
        }
        return NDArray.wrap(data, 2, 3, 2);
    }

    private static final double[][] M = {{1, 2}, {3, 4}, {5, 6}};
    private static final double[][] X = {{1, 2, 3}, {4, 5, 6}};

    private static void assertClose(double[] expected, NDArray actual) {
        assertThat(actual.toDoubleArray()).usingTolerance(1e-12).containsExactly(expected).inOrder();
    }

    @Test
    void batchedDotDiagAndTraceComputeAsNumPy() {
        Compilation compilation = compile(ALGEBRA);
        assertThat(compilation).succeededWithoutWarnings();
        Generated algebra = new Generated(Compilations.load(compilation, "tutorial.CompiledAlgebra"));
        NDArray batched = (NDArray) algebra.call("batched", types(NDArray.class, NDArray.class), a(), b());
        assertThat(batched.shape()).isEqualTo(new int[] {2, 2, 2});
        assertClose(new double[] {1.0833333333333335, 0.33333333333333337, 0.3333333333333333, 0.33333333333333337,
                4.083333333333334, 4.833333333333334, 7.833333333333334, 9.333333333333334}, batched);
        assertClose(new double[] {-5.75, -8.0, 1.0, 1.0, 7.75, 10.0, 14.5, 19.0},
                (NDArray) algebra.call("batchTimesMatrix", types(NDArray.class, NDArray.class), a(), NDArray.of(M)));
        NDArray matrixTimesBatch = (NDArray) algebra.call("matrixTimesBatch", types(NDArray.class, NDArray.class),
                NDArray.of(M), b());
        assertThat(matrixTimesBatch.shape()).isEqualTo(new int[] {2, 2, 2});
        assertClose(new double[] {-0.3333333333333337, 2.666666666666667, -1.333333333333334, 2.666666666666667,
                17.666666666666668, 20.666666666666668, 22.666666666666668, 26.666666666666668}, matrixTimesBatch);
        assertClose(new double[] {1, 5}, (NDArray) algebra.call("diagonal", types(double[][].class), (Object) X));
        NDArray square = (NDArray) algebra.call("diagonalMatrix", types(double[].class), (Object) new double[] {1, 2, 3});
        assertThat(square.shape()).isEqualTo(new int[] {3, 3});
        assertClose(new double[] {1, 0, 0, 0, 2, 0, 0, 0, 3}, square);
        assertThat(algebra.call("traced", types(double[][].class), (Object) X)).isEqualTo(6.0);
    }
}
