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

/** The DSL's functions of version 2, written in {@code @Symbolic} source, compiled and run; values from NumPy. */
class MoreFunctionsTest {
    private static final JavaFileObject FUNCTIONS = symbolicClass("Functions",
            "public record Rounded(Vector floor, Vector ceil, Vector round, Vector sign) {}",
            "@Symbolic static Rounded rounded(Vector x) {",
            "    return new Rounded(floor(x), x.ceil(), round(x), sign(x));",
            "}",
            "@Symbolic static Vector erfOf(Vector x) { return erf(x); }",
            "@Symbolic static double mathRounding(double x) { return Math.floor(x) + Math.ceil(x) + Math.rint(x); }",
            "public record Logs(Vector log2, Vector log10) {}",
            "@Symbolic static Logs logs(Vector x) { return new Logs(log2(x), x.log10()); }",
            "public record Clipped(Vector value, Vector slope) {}",
            "@Symbolic static Clipped clipped(Vector x) {",
            "    Vector c = clip(x, -1.0, 1.0).plus(relu(x));",
            "    return new Clipped(c, grad(sum(c), x));",
            "}",
            "public record Reduced(Vector prod, Vector argmin, Scalar var, Vector std, Vector logSumExp,",
            "        Matrix cumsum, Matrix prodSlope, Matrix cumsumSlope) {}",
            "@Symbolic static Reduced reduced(Matrix x) {",
            "    Vector p = prod(x, 1);",
            "    Matrix c = x.cumsum(0);",
            "    return new Reduced(p, argmin(x, 1), var(x), x.std(0), logSumExp(x, 1), c,",
            "            grad(sum(p), x), grad(sum(c.times(c)), x));",
            "}",
            "public record Loss(Vector value, Matrix slope) {}",
            "@Symbolic static Loss labelLoss(Matrix z, @Int32 Vector y) {",
            "    Vector loss = categoricalCrossentropy(softmax(z), y);",
            "    return new Loss(loss, grad(sum(loss), z));",
            "}");

    private static Generated functions;

    @BeforeAll
    static void compileFunctions() {
        Compilation compilation = compile(FUNCTIONS);
        assertThat(compilation).succeededWithoutWarnings();
        functions = new Generated(Compilations.load(compilation, "tutorial.CompiledFunctions"));
    }

    private static double[] vector(Object record, String name) {
        return ((NDArray) component(record, name)).toDoubleArray();
    }

    @Test
    void roundingFunctionsAndSign() {
        Object r = functions.call("rounded", types(double[].class), new double[] {-2.5, -0.5, 0.5, 1.5, 2.7});
        assertThat(vector(r, "floor")).usingExactEquality().containsExactly(-3.0, -1.0, 0.0, 1.0, 2.0).inOrder();
        assertThat(vector(r, "ceil")).usingExactEquality().containsExactly(-2.0, -0.0, 1.0, 2.0, 3.0).inOrder();
        assertThat(vector(r, "round")).usingExactEquality().containsExactly(-2.0, -0.0, 0.0, 2.0, 3.0).inOrder();
        assertThat(vector(r, "sign")).usingExactEquality().containsExactly(-1.0, -1.0, 1.0, 1.0, 1.0).inOrder();
        assertThat(functions.call("mathRounding", types(double.class), 2.5)).isEqualTo(2.0 + 3.0 + 2.0);
    }

    @Test
    void erfAndLogarithms() {
        NDArray erf = (NDArray) functions.call("erfOf", types(double[].class), new double[] {-1, 0.2, 3.99});
        assertThat(erf.toDoubleArray()).usingTolerance(3e-16)
                .containsExactly(-0.8427007929497149, 0.22270258921047847, 0.9999999832607886).inOrder();
        Object logs = functions.call("logs", types(double[].class), new double[] {8, 0.1, 1000});
        assertThat(vector(logs, "log2")).usingTolerance(1e-15)
                .containsExactly(3.0, -3.321928094887362, 9.965784284662087).inOrder();
        assertThat(vector(logs, "log10")).usingExactEquality().containsExactly(0.9030899869919435, -1.0, 3.0).inOrder();
    }

    @Test
    void reductionsAndCumsumWithTheirGradients() {
        Object r = functions.call("reduced", types(double[][].class),
                (Object) new double[][] {{1000, 1000, 999}, {2, 0, 3}});
        assertThat(vector(r, "prod")).usingExactEquality().containsExactly(999e6, 0.0).inOrder();
        assertThat(((NDArray) component(r, "argmin")).toLongArray()).asList().containsExactly(2L, 1L).inOrder();
        assertThat((double) component(r, "var")).isWithin(1e-9).of(249001.8888888889);
        assertThat(vector(r, "std")).usingTolerance(1e-12).containsExactly(499.0, 500.0, 498.0).inOrder();
        assertThat(vector(r, "logSumExp")).usingTolerance(1e-12)
                .containsExactly(1000.8619948040582, 3.3490122167681866).inOrder();
        assertThat(vector(r, "cumsum")).usingExactEquality()
                .containsExactly(1000.0, 1000.0, 999.0, 1002.0, 1000.0, 1002.0).inOrder();
        // the product of the others, also at the zero; the reverse running sum of 2c
        assertThat(vector(r, "prodSlope")).usingExactEquality()
                .containsExactly(999000.0, 999000.0, 1e6, 0.0, 6.0, 0.0).inOrder();
        assertThat(vector(r, "cumsumSlope")).usingExactEquality()
                .containsExactly(4004.0, 4000.0, 4002.0, 2004.0, 2000.0, 2004.0).inOrder();
    }

    @Test
    void categoricalCrossentropyOfIntegerLabelsIsStableWithItsGradient() {
        Object loss = functions.call("labelLoss", types(double[][].class, int[].class),
                new double[][] {{1000, 0, -1000}, {1, 2, 3}}, new int[] {2, 0});
        assertThat(vector(loss, "value")).usingTolerance(1e-12)
                .containsExactly(2000.0, 2 + Math.log1p(Math.exp(-1) + Math.exp(-2))).inOrder();
        // softmax(z) less the one-hot labels
        double s = 1 + Math.exp(-1) + Math.exp(-2);
        assertThat(vector(loss, "slope")).usingTolerance(1e-12).containsExactly(1.0, 0.0, -1.0,
                Math.exp(-2) / s - 1, Math.exp(-1) / s, 1 / s).inOrder();
    }

    @Test
    void clipAndReluWithTheirGradients() {
        Object c = functions.call("clipped", types(double[].class), new double[] {-3, -0.5, 0.5, 3});
        assertThat(vector(c, "value")).usingExactEquality().containsExactly(-1.0, -0.5, 1.0, 4.0).inOrder();
        assertThat(vector(c, "slope")).usingExactEquality().containsExactly(0.0, 1.0, 2.0, 1.0).inOrder();
    }
}
