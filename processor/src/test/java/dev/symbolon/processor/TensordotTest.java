package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static dev.symbolon.processor.Generated.types;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code tensordot} from @Symbolic source, its axes written as int array literals, against NumPy's values. */
class TensordotTest {
    private static final JavaFileObject PAIRS = symbolicClass("Pairs",
            "    static final int LAST = -1;",
            "    @Symbolic static Tensor twoPairs(@Rank(3) Tensor a, @Rank(3) Tensor b) {",
            "        return tensordot(a, b, new int[] {1, LAST + 3}, new int[] {1, 0});",
            "    }",
            "    @Symbolic static Tensor outerOf(Matrix x, Vector v) { return tensordot(x, v, new int[] {}, new int[] {}); }",
            "    @Symbolic static Scalar summed(Matrix m, Matrix n) {",
            "        return sum(tensordot(m, n, new int[] {0}, new int[] {0}));",
            "    }",
            "    @Symbolic static Matrix gradient(Matrix m, Matrix n) {",
            "        return grad(sum(tensordot(m, n, new int[] {0}, new int[] {0})), m);",
            "    }");

    private static final double[][] M = {{1, 2}, {3, 4}, {5, 6}};
    private static final double[][] N = {{1, 0, 2, 1}, {0, 1, 1, 3}, {2, 2, 0, 1}};

    /** {@code np.arange(size).reshape(shape) / divisor - offset}. */
    private static NDArray ramp(double divisor, double offset, int... shape) {
        double[] data = new double[24];
        for (int i = 0; i < data.length; i++) {
            data[i] = i / divisor - offset;
        }
        return NDArray.wrap(data, shape);
    }

    private static Generated compiled() {
        Compilation compilation = compile(PAIRS);
        assertThat(compilation).succeededWithoutWarnings();
        return new Generated(Compilations.load(compilation, "tutorial.CompiledPairs"));
    }

    @Test
    void arrayLiteralsAreTheAxesAndValuesAreNumPys() {
        Generated pairs = compiled();
        NDArray twoPairs = (NDArray) pairs.call("twoPairs", types(NDArray.class, NDArray.class), ramp(4, 1, 2, 3, 4),
                ramp(3, 2, 4, 3, 2));
        assertThat(twoPairs.shape()).isEqualTo(new int[] {2, 2});
        assertThat(twoPairs.toDoubleArray()).usingTolerance(1e-12).containsExactly(20.333333333333332,
                21.833333333333336, 80.33333333333333, 93.83333333333334).inOrder();
        NDArray outer = (NDArray) pairs.call("outerOf", types(double[][].class, double[].class),
                new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[] {2, -1});
        assertThat(outer.shape()).isEqualTo(new int[] {2, 3, 2});
        assertThat(outer.toDoubleArray()).usingExactEquality().containsExactly(2.0, -1.0, 4.0, -2.0, 6.0, -3.0, 8.0,
                -4.0, 10.0, -5.0, 12.0, -6.0).inOrder();
        assertThat(pairs.call("summed", types(double[][].class, double[][].class), M, N)).isEqualTo(102.0);
        NDArray gradient = (NDArray) pairs.call("gradient", types(double[][].class, double[][].class), M, N);
        // d/dm[i, j] of sum over j, k of m[i, j] n[i, k]: n's row sums, along each row
        assertThat(gradient.toDoubleArray()).usingExactEquality().containsExactly(4.0, 4.0, 5.0, 5.0, 5.0, 5.0)
                .inOrder();
    }

    @Test
    void pairedAxesOfDifferentSizesAreAShapeError() {
        Generated pairs = compiled();
        assertThrows(ShapeException.class, () -> pairs.call("summed", types(double[][].class, double[][].class), M,
                new double[][] {{1, 2}, {3, 4}}));
        assertThrows(ShapeException.class, () -> pairs.call("twoPairs", types(NDArray.class, NDArray.class),
                ramp(4, 1, 2, 3, 4), ramp(3, 2, 3, 4, 2)));
    }

    @Test
    void axisListsOfDifferentLengthsAreReportedAtTheirLine() {
        JavaFileObject source = symbolicClass("Uneven",
                "    @Symbolic static Tensor f(Matrix a, @Rank(3) Tensor b) {",
                "        return tensordot(a, b, new int[] {1}, new int[] {0, 1});",
                "    }");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining("[SYM070] tensordot sums over pairs of axes, axesA [1] of a Matrix"
                + " float64[?,?] with axesB [0, 1] of a Tensor(rank 3) float64[?,?,?], but the lists differ in length")
                .inFile(source).onLineContaining("new int[] {0, 1}");
    }

    @Test
    void repeatedAxesAreReportedAtTheirLine() {
        JavaFileObject source = symbolicClass("Repeated",
                "    @Symbolic static Tensor f(Matrix a, Matrix b) {",
                "        return tensordot(a, b, new int[] {0, -2}, new int[] {0, 1});",
                "    }");
        assertThat(compile(source)).hadErrorContaining("but axis -2 of a is repeated").inFile(source)
                .onLineContaining("new int[] {0, -2}");
    }

    @Test
    void anAxisListIsAnIntArrayLiteralOfConstants() {
        JavaFileObject symbolic = symbolicClass("VariableAxis",
                "    @Symbolic static Tensor f(Matrix a, Matrix b, int k) {",
                "        return tensordot(a, b, new int[] {k}, new int[] {0});",
                "    }");
        assertThat(compile(symbolic)).hadErrorContaining("'k' in an int array (its elements are axes: int constants)")
                .inFile(symbolic).onLineContaining("new int[] {k}");
        JavaFileObject sized = symbolicClass("Sized",
                "    @Symbolic static Tensor f(Matrix a, Matrix b) {",
                "        return tensordot(a, b, new int[1], new int[] {0});",
                "    }");
        assertThat(compile(sized)).hadErrorContaining("the array 'new int[1]' (a list of axes is written new int[] {1, 2})")
                .inFile(sized).onLineContaining("new int[1]");
    }
}
