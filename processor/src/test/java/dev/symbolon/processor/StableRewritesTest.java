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

/** Formulas the rewrites stabilize, or must leave alone, compiled with the processor and run. */
class StableRewritesTest {
    private static final double LN2 = Math.log(2);

    static final JavaFileObject FORMULAS = symbolicClass("Formulas",
            "    @Symbolic static Scalar shiftedLogSumExp(Vector x) { return log(sum(exp(sub(1.0, x)))); }",
            "    @Symbolic static Vector gradOfShiftedLogSumExp(Vector x) {",
            "        return grad(log(sum(exp(sub(1.0, x)))), x);",
            "    }",
            "    @Symbolic static Vector rowLogSumExp(Matrix m) { return log(sum(exp(m), 1)); }",
            "    @Symbolic static double selfDifference(double x) { return x - x; }",
            "    @Symbolic static double plusZero(double x) { return x + 0.0; }",
            "    @Symbolic static double logOneMinusExp(double x) { return Math.log(1 - Math.exp(x)); }",
            "    @Symbolic static Vector handSoftmax(Vector v) { return div(exp(v), sum(exp(v))); }",
            "    @Symbolic static Matrix rowSoftmax(Matrix m) { return div(exp(m), reshape(sum(exp(m), 1), -1, 1)); }",
            "    @Symbolic static Vector handLogSoftmax(Vector v) { return log(div(exp(v), sum(exp(v)))); }");

    private static Generated formulas() {
        Compilation compilation = compile(FORMULAS);
        assertThat(compilation).succeededWithoutWarnings();
        return new Generated(Compilations.load(compilation, "tutorial.CompiledFormulas"));
    }

    @Test
    void logSumExpOfALiteralMinusAVectorCompilesAndIsStable() {
        Generated f = formulas();
        double[] x = {-1000, -1000};
        assertThat((double) f.call("shiftedLogSumExp", types(double[].class), x)).isWithin(1e-9).of(1001 + LN2);
        NDArray gradient = (NDArray) f.call("gradOfShiftedLogSumExp", types(double[].class), x);
        assertThat(gradient.toDoubleArray()).usingTolerance(1e-12).containsExactly(-0.5, -0.5).inOrder();
    }

    @Test
    void logSumExpOverAnEmptyAxisIsMinusInfinity() {
        NDArray empty = NDArray.wrap(new double[0], 2, 0);
        NDArray result = (NDArray) formulas().call("rowLogSumExp", types(NDArray.class), empty);
        assertThat(result.toDoubleArray()).usingExactEquality()
                .containsExactly(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    @Test
    void floatSelfDifferenceAndPlusZeroKeepIeeeValues() {
        Generated f = formulas();
        assertThat((double) f.call("selfDifference", types(double.class), Double.NaN)).isNaN();
        assertThat((double) f.call("selfDifference", types(double.class), Double.POSITIVE_INFINITY)).isNaN();
        assertThat((double) f.call("selfDifference", types(double.class), 3.0)).isEqualTo(0.0);
        double plusZero = (double) f.call("plusZero", types(double.class), -0.0);
        assertThat(Double.doubleToRawLongBits(plusZero)).isEqualTo(Double.doubleToRawLongBits(0.0));
    }

    @Test
    void logOfOneMinusExpNearZeroIsFinite() {
        Generated f = formulas();
        assertThat((double) f.call("logOneMinusExp", types(double.class), -1e-20)).isWithin(1e-12).of(Math.log(1e-20));
        assertThat((double) f.call("logOneMinusExp", types(double.class), -50.0)).isWithin(1e-36).of(-Math.exp(-50));
    }

    @Test
    void handWrittenSoftmaxIsSoftmax() {
        Generated f = formulas();
        NDArray p = (NDArray) f.call("handSoftmax", types(double[].class), new double[] {1000, 1000});
        assertThat(p.toDoubleArray()).usingTolerance(0).containsExactly(0.5, 0.5).inOrder();
        NDArray rows = (NDArray) f.call("rowSoftmax", types(double[][].class),
                (Object) new double[][] {{1000, 1000}, {0, -1000}});
        assertThat(rows.toDoubleArray()).usingTolerance(1e-300).containsExactly(0.5, 0.5, 1, 0).inOrder();
        NDArray logP = (NDArray) f.call("handLogSoftmax", types(double[].class), new double[] {1000, 0});
        assertThat(logP.toDoubleArray()).usingTolerance(1e-12).containsExactly(0, -1000).inOrder();
    }
}
