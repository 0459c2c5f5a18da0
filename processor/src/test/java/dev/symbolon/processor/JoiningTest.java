package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static dev.symbolon.processor.Generated.types;

import com.google.testing.compile.Compilation;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** {@code concatenate} and {@code stack} of any number of operands, from @Symbolic source, against NumPy. */
class JoiningTest {
    private static final JavaFileObject JOINS = symbolicClass("Joins",
            "    @Symbolic static Matrix rows(Matrix x, Matrix y) { return concatenate(0, x, y, x); }",
            "    @Symbolic static Tensor pairs(Matrix x) { return stack(2, x, x.times(2.0)); }",
            "    @Symbolic static Matrix columns(Vector u, Vector v) { return stack(-1, u, v); }",
            "    @Symbolic static Vector scalars(Scalar a, Scalar b) { return stack(0, a, b, a); }",
            "    @Symbolic static Scalar total(Matrix x, Matrix y) { return sum(concatenate(1, x, y).times(3.0)); }");

    private static final double[][] X = {{1, 2, 3}, {4, 5, 6}};

    private static Generated joins() {
        Compilation compilation = compile(JOINS);
        assertThat(compilation).succeededWithoutWarnings();
        return new Generated(Compilations.load(compilation, "tutorial.CompiledJoins"));
    }

    @Test
    void concatenateAndStackOfSeveralOperandsComputeAsNumPy() {
        Generated joins = joins();
        NDArray rows = (NDArray) joins.call("rows", types(double[][].class, double[][].class), X,
                new double[][] {{7, 8, 9}});
        assertThat(rows.shape()).isEqualTo(new int[] {5, 3});
        assertThat(rows.toDoubleArray()).isEqualTo(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6});
        NDArray pairs = (NDArray) joins.call("pairs", types(double[][].class), (Object) X);
        assertThat(pairs.shape()).isEqualTo(new int[] {2, 3, 2});
        assertThat(pairs.toDoubleArray()).isEqualTo(new double[] {1, 2, 2, 4, 3, 6, 4, 8, 5, 10, 6, 12});
        NDArray columns = (NDArray) joins.call("columns", types(double[].class, double[].class), X[0], X[1]);
        assertThat(columns.shape()).isEqualTo(new int[] {3, 2});
        assertThat(columns.toDoubleArray()).isEqualTo(new double[] {1, 4, 2, 5, 3, 6});
        NDArray scalars = (NDArray) joins.call("scalars", types(double.class, double.class), 2.0, 3.0);
        assertThat(scalars.toDoubleArray()).isEqualTo(new double[] {2, 3, 2});
        assertThat(joins.call("total", types(double[][].class, double[][].class), X, new double[][] {{1}, {2}}))
                .isEqualTo(72.0);
    }

    @Test
    void stackOfOperandsOfTwoShapesIsAShapeException() {
        Generated joins = joins();
        Assertions.assertThrows(ShapeException.class,
                () -> joins.call("columns", types(double[].class, double[].class), X[0], new double[] {1, 2}));
    }
}
