package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static dev.symbolon.processor.Generated.types;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A result with more elements than a Java array holds is a shape error naming the call, the op and
 * its line, found before anything of that size is allocated; the arguments here take a megabyte.
 */
class ResultSizeTest {
    private static Generated models;

    @BeforeAll
    static void compileModels() {
        Compilation compilation = compile("-Xlint:all,-processing", symbolicClass("Huge",
                "    @Symbolic static Matrix outerOf(Vector v) { return outer(v, v); }",
                "    @Symbolic static Scalar sumOfOuter(Vector v) { return sum(outer(v, v)); }",
                "    @Symbolic static Matrix columnTimesRow(Vector a, Vector b) { return reshape(a, -1, 1).times(b); }",
                "    @Symbolic static Scalar sumOfExpOfBroadcast(Vector a, Vector b) {",
                "        return sum(reshape(a, -1, 1).times(b).exp());",
                "    }",
                "    @Symbolic static Matrix product(Vector a, Vector b) {",
                "        return dot(reshape(a, -1, 1), reshape(b, 1, -1));",
                "    }"));
        assertThat(compilation).succeededWithoutWarnings();
        models = new Generated(Compilations.load(compilation, "tutorial.CompiledHuge"));
    }

    private static String failure(String method, int n, int arguments) {
        NDArray v = NDArray.zeros(DType.FLOAT64, n);
        Class<?>[] types = arguments == 1 ? types(NDArray.class) : types(NDArray.class, NDArray.class);
        Object[] values = arguments == 1 ? new Object[] {v} : new Object[] {v, v};
        return assertThrows(ShapeException.class, () -> models.call(method, types, values)).getMessage();
    }

    @Test
    void anOuterProductTooLargeForAnArrayIsAShapeError() {
        for (int n : new int[] {46_341, 65_536}) {
            String tooLarge = "the result of shape [" + n + ", " + n + "] has more elements than a Java array holds"
                    + " (2147483647) at Huge.java:9";
            assertThat(failure("outerOf", n, 1)).isEqualTo("outerOf(v: [" + n + "]): outer: " + tooLarge);
            assertThat(failure("sumOfOuter", n, 1)).isEqualTo("sumOfOuter(v: [" + n + "]): outer: "
                    + tooLarge.replace(":9", ":10"));
        }
    }

    @Test
    void aBroadcastTooLargeForAnArrayIsAShapeErrorInsideAndOutsideASum() {
        String tooLarge = "mul: the result of shape [65536, 65536] has more elements than a Java array holds"
                + " (2147483647)";
        assertThat(failure("columnTimesRow", 65_536, 2))
                .isEqualTo("columnTimesRow(a: [65536], b: [65536]): " + tooLarge + " at Huge.java:11");
        assertThat(failure("sumOfExpOfBroadcast", 65_536, 2))
                .isEqualTo("sumOfExpOfBroadcast(a: [65536], b: [65536]): " + tooLarge + " at Huge.java:13");
    }

    @Test
    void aMatrixProductTooLargeForAnArrayIsAShapeError() {
        assertThat(failure("product", 46_341, 2)).isEqualTo("product(a: [46341], b: [46341]): dot: the result of shape"
                + " [46341, 46341] has more elements than a Java array holds (2147483647) at Huge.java:16");
    }

    @Test
    void resultsThatFitAreComputed() {
        Object outer = models.call("outerOf", types(double[].class), new double[] {1, 2});
        assertThat(((NDArray) outer).toDoubleArray()).isEqualTo(new double[] {1, 2, 2, 4});
        assertThat(models.call("sumOfOuter", types(double[].class), new double[] {1, 2})).isEqualTo(9.0);
    }
}
