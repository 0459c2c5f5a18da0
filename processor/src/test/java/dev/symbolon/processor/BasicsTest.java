package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.source;
import static dev.symbolon.processor.Generated.component;
import static dev.symbolon.processor.Generated.types;

import com.google.testing.compile.Compilation;
import dev.symbolon.runtime.NDArray;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The examples of API.md, compiled with the processor and run. */
class BasicsTest {
    static final JavaFileObject BASICS = source("Basics",
            "package tutorial;",
            "",
            "import static dev.symbolon.T.*;",
            "",
            "import dev.symbolon.Matrix;",
            "import dev.symbolon.Scalar;",
            "import dev.symbolon.Vector;",
            "import dev.symbolon.annotation.Symbolic;",
            "",
            "public class Basics {",
            "    @Symbolic static double difference(double a, double b) { return a - b; }",
            "    @Symbolic static double logistic(double x) { return 1.0 / (1.0 + Math.exp(-x)); }",
            "",
            "    public record Slope(double value, double slope) {}",
            "    @Symbolic static Slope logisticWithSlope(double x) {",
            "        double s = 1.0 / (1.0 + Math.exp(-x));",
            "        return new Slope(s, grad(s, x));",
            "    }",
            "",
            "    @Symbolic static Matrix add(Matrix x, Matrix y) { return x.plus(y); }",
            "    @Symbolic static Scalar dotProduct(Vector a, Vector b) { return dot(a, b); }",
            "}");

    static final JavaFileObject ACCUMULATOR = source("Accumulator",
            "package tutorial;",
            "",
            "import static dev.symbolon.T.*;",
            "",
            "import dev.symbolon.Scalar;",
            "import dev.symbolon.annotation.Int32;",
            "import dev.symbolon.annotation.Shared;",
            "import dev.symbolon.annotation.Symbolic;",
            "",
            "public class Accumulator {",
            "    @Shared @Int32 Scalar state;",
            "    @Symbolic Scalar accumulate(@Int32 Scalar inc) {",
            "        update(state, state.plus(inc));",
            "        return state;",
            "    }",
            "}");

    private static Generated basics;

    @BeforeAll
    static void compileBasics() {
        basics = new Generated(Compilations.load(compile(BASICS), "tutorial.CompiledBasics"));
    }

    @Test
    void compilesWithoutWarnings() {
        Compilation compilation = compile(BASICS, ACCUMULATOR);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("tutorial.CompiledBasics");
        assertThat(compilation).generatedSourceFile("tutorial.CompiledAccumulator");
    }

    @Test
    void difference() {
        assertThat(basics.call("difference", types(double.class, double.class), 30.5, 10.5)).isEqualTo(20.0);
    }

    @Test
    void logistic() {
        assertThat(basics.call("logistic", types(double.class), 0.0)).isEqualTo(0.5);
        assertThat(basics.call("logistic", types(double.class), 1.0)).isEqualTo(0.7310585786300049);
        assertThat(basics.call("logistic", types(double.class), -10.0)).isEqualTo(4.5397868702434395e-05);
    }

    @Test
    void logisticWithSlope() {
        Object slope = basics.call("logisticWithSlope", types(double.class), 3.0);
        assertThat(slope.getClass().getSimpleName()).isEqualTo("Slope");
        assertThat((double) component(slope, "value")).isWithin(1e-15).of(0.9525741268224334);
        assertThat((double) component(slope, "slope")).isWithin(1e-15).of(0.045176659730912);
    }

    @Test
    void add() {
        NDArray sum = (NDArray) basics.call("add", types(double[][].class, double[][].class),
                new double[][] {{1, 2}, {3, 4}}, new double[][] {{5, 6}, {7, 8}});
        assertThat(sum.toDoubleMatrix()).isEqualTo(new double[][] {{6, 8}, {10, 12}});
    }

    @Test
    void dotProduct() {
        assertThat(basics.call("dotProduct", types(double[].class, double[].class),
                new double[] {1, 2, 3}, new double[] {4, 5, 6})).isEqualTo(32.0);
    }

    @Test
    void accumulator() {
        Generated acc = new Generated(Compilations.load(compile(ACCUMULATOR), "tutorial.CompiledAccumulator"));
        assertThat(acc.call("accumulate", types(int.class), 1)).isEqualTo(0);
        assertThat(((dev.symbolon.runtime.SharedVariable) acc.call("state", types())).intValue()).isEqualTo(1);
        assertThat(acc.call("accumulate", types(int.class), 300)).isEqualTo(1);
        assertThat(((dev.symbolon.runtime.SharedVariable) acc.call("state", types())).intValue()).isEqualTo(301);
    }
}
