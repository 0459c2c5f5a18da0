package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.source;
import static dev.symbolon.processor.Generated.component;
import static dev.symbolon.processor.Generated.types;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.symbolon.runtime.Mode;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.NumericalError;
import dev.symbolon.runtime.SharedVariable;
import java.util.Arrays;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generated classes constructed with {@code symbolon.mode=debug}, against the same classes in normal mode. */
class DebugModeTest {
    private static final String[] LINES = {
            "package tutorial;",
            "",
            "import static dev.symbolon.T.*;",
            "",
            "import dev.symbolon.*;",
            "import dev.symbolon.annotation.*;",
            "",
            "public class Numerics {",
            "    @Shared Vector total;",
            "    @Shared @Int32 Scalar calls;",
            "",
            "    @Symbolic static double logOf(double x) {",
            "        double y = x * 2.0;",
            "        return Math.log(y);",
            "    }",
            "    @Symbolic static double logistic(double x) { return 1.0 / (1.0 + Math.exp(-x)); }",
            "    @Symbolic static double logSigmoid(double x) { return Math.log(1.0 / (1.0 + Math.exp(-x))); }",
            "    @Symbolic Scalar accumulateLog(Vector x) {",
            "        update(total, total.plus(log(x)));",
            "        update(calls, calls.plus(1));",
            "        return sum(total);",
            "    }",
            "    @Symbolic void addLog(Vector x) { update(total, total.plus(log(x))); }",
            "}",
    };
    private static final JavaFileObject NUMERICS = source("Numerics", LINES);

    private static Class<?> numerics;
    private static Class<?> logisticRegression;

    @BeforeAll
    static void compileClasses() {
        Compilation compilation = compile("-Xlint:all,-processing", NUMERICS);
        assertThat(compilation).succeededWithoutWarnings();
        numerics = Compilations.load(compilation, "tutorial.CompiledNumerics");
        logisticRegression = Compilations.load(compile(LanguageTest.LOGISTIC_REGRESSION),
                "tutorial.CompiledLogisticRegression");
    }

    private static int lineOf(String text) {
        for (int i = 0; i < LINES.length; i++) {
            if (LINES[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void aCorrectModelGivesTheSameResultsAsInNormalMode() {
        double[][] x = {{1, 2}, {3, 4}, {-1, 0.5}};
        double[] y = {1, 0, 1};
        Generated normal = Generated.inMode("normal", logisticRegression);
        Generated debug = Generated.inMode("debug", logisticRegression);
        for (Generated model : new Generated[] {normal, debug}) {
            ((SharedVariable) model.call("w", types())).setValue(new double[] {0.5, -0.25});
        }
        for (int step = 0; step < 3; step++) {
            Object normalStep = normal.call("train", types(double[][].class, double[].class), x, y);
            Object debugStep = debug.call("train", types(double[][].class, double[].class), x, y);
            assertThat(debugStep).isEqualTo(normalStep);
        }
        assertThat(debug.call("costGrad", types(double[][].class, double[].class), x, y))
                .isEqualTo(normal.call("costGrad", types(double[][].class, double[].class), x, y));
        assertThat(((SharedVariable) debug.call("w", types())).getValue())
                .isEqualTo(((SharedVariable) normal.call("w", types())).getValue());
        assertThat(((SharedVariable) debug.call("b", types())).doubleValue())
                .isEqualTo(((SharedVariable) normal.call("b", types())).doubleValue());
    }

    @Test
    void namesTheOperationAndLineThatFirstProducedNaN() {
        Generated normal = Generated.inMode("normal", numerics);
        assertThat((double) normal.call("logOf", types(double.class), -1.0)).isNaN();

        Generated debug = Generated.inMode("debug", numerics);
        NumericalError e = assertThrows(NumericalError.class, () -> debug.call("logOf", types(double.class), -1.0));
        assertThat(e.method()).isEqualTo("logOf");
        assertThat(e.operation()).isEqualTo("log");
        assertThat(e.file()).isEqualTo("Numerics.java");
        assertThat(e.line()).isEqualTo(lineOf("return Math.log(y)"));
        assertThat(e).hasMessageThat().startsWith("logOf: log at Numerics.java:" + lineOf("return Math.log(y)")
                + " produced NaN from finite operands");
        assertThat(e).hasMessageThat().contains("float64() -2.0");
        assertThat((double) debug.call("logOf", types(double.class), 0.5)).isEqualTo(0.0);
    }

    @Test
    void acceptsStableRewritesThatDifferWithinTolerance() {
        Generated normal = Generated.inMode("normal", numerics);
        Generated debug = Generated.inMode("debug", numerics);
        for (double x : new double[] {-30, -3, 0, 0.5, 3, 30}) {
            assertThat(debug.call("logistic", types(double.class), x))
                    .isEqualTo(normal.call("logistic", types(double.class), x));
            assertThat(debug.call("logSigmoid", types(double.class), x))
                    .isEqualTo(normal.call("logSigmoid", types(double.class), x));
        }
    }

    @Test
    void doesNotCompareWhereOnlyTheUnoptimizedGraphOverflows() {
        // Unoptimized, exp(800) overflows and log(1 / inf) is -inf; the rewrite to -softplus(800) is right.
        Generated debug = Generated.inMode("debug", numerics);
        assertThat((double) debug.call("logSigmoid", types(double.class), -800.0)).isEqualTo(-800.0);
        assertThat((double) debug.call("logistic", types(double.class), -800.0)).isEqualTo(0.0);
    }

    @Test
    void aCallThatFailsTheCheckChangesNoSharedVariable() {
        Generated debug = Generated.inMode("debug", numerics);
        SharedVariable total = (SharedVariable) debug.call("total", types());
        SharedVariable calls = (SharedVariable) debug.call("calls", types());
        total.setValue(new double[] {1, 2});
        assertThat((double) debug.call("accumulateLog", types(double[].class), new double[] {1, 1})).isEqualTo(3.0);

        NumericalError e = assertThrows(NumericalError.class,
                () -> debug.call("accumulateLog", types(double[].class), new double[] {1, -1}));
        assertThat(e.operation()).isEqualTo("log");
        assertThat(e.line()).isEqualTo(lineOf("update(total"));
        assertThat(e).hasMessageThat().contains("the first at [1]");
        assertThat(Arrays.stream(total.getValue().toDoubleArray()).boxed().toList()).containsExactly(1.0, 2.0);
        assertThat(calls.intValue()).isEqualTo(1);
    }

    @Test
    void readsTheModeWhenConstructed() {
        Generated debug = Generated.inMode("debug", numerics);
        Generated normal = Generated.inMode("normal", numerics);
        assertThrows(NumericalError.class, () -> debug.call("logOf", types(double.class), -1.0));
        assertThat((double) normal.call("logOf", types(double.class), -1.0)).isNaN();
    }

    @Test
    void updateOnlyMethodsAreCheckedToo() {
        Generated debug = Generated.inMode("debug", numerics);
        SharedVariable total = (SharedVariable) debug.call("total", types());
        total.setValue(new double[] {1, 2});
        debug.call("addLog", types(double[].class), new double[] {1, 1});
        NumericalError e = assertThrows(NumericalError.class,
                () -> debug.call("addLog", types(double[].class), new double[] {-1, 1}));
        assertThat(e.method()).isEqualTo("addLog");
        assertThat(e.line()).isEqualTo(lineOf("void addLog"));
        assertThat(Arrays.stream(total.getValue().toDoubleArray()).boxed().toList()).containsExactly(1.0, 2.0);
    }

    @Test
    void gradientMethodsAreCheckedToo() {
        Generated debug = Generated.inMode("debug", logisticRegression);
        ((SharedVariable) debug.call("w", types())).setValue(new double[] {1, 1});
        Object grads = debug.call("costGrad", types(double[][].class, double[].class),
                new double[][] {{1, 2}}, new double[] {1});
        assertThat((double) component(grads, "value")).isGreaterThan(0.0);
        assertThat(((NDArray) component(grads, "w")).shape()).isEqualTo(new int[] {2});
    }
}
