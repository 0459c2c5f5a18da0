package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class BasicsTest {
    static final javax.tools.JavaFileObject BASICS = source("Basics",
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

    @Test
    void compilesWithoutWarnings() {
        Compilation compilation = compile(BASICS);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("tutorial.CompiledBasics");
    }
}
