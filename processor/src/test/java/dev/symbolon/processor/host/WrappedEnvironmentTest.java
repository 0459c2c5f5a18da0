package dev.symbolon.processor.host;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.load;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static dev.symbolon.processor.Generated.types;

import dev.symbolon.processor.Compilations;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.symbolon.processor.Generated;
import dev.symbolon.processor.diagnostics.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Build hosts hand the processor a wrapped environment; behind it the processor works as under javac. */
class WrappedEnvironmentTest {
    private static final JavaFileObject MODEL = symbolicClass("Model",
            "    @Symbolic static double logistic(double x) { return 1.0 / (1.0 + Math.exp(-x)); }");

    private static final JavaFileObject OTHER_MODEL = symbolicClass("OtherModel",
            "    @Symbolic static Scalar total(Vector v) { return sum(v); }");

    private static final JavaFileObject MODEL_WITH_ERROR = symbolicClass("Broken",
            "    @Symbolic static double f(double x) { return x * rate; }");

    @Test
    void behindIntellijsProxyTheGeneratedClassRuns() {
        Compilation compilation = Compiler.javac().withClasspath(Compilations.userClassPath())
                .withProcessors(new WrappingProcessor(Wrappers::intellijProxy)).compile(MODEL);

        assertThat(compilation).succeededWithoutWarnings();
        Generated model = new Generated(load(compilation, "tutorial.CompiledModel"));
        assertThat(model.call("logistic", types(double.class), 1.0)).isEqualTo(0.7310585786300049);
    }

    @Test
    void behindIntellijsProxyErrorsPointAtTheExpression() {
        Compilation compilation = Compiler.javac().withClasspath(Compilations.userClassPath())
                .withProcessors(new WrappingProcessor(Wrappers::intellijProxy)).compile(MODEL_WITH_ERROR);

        assertThat(compilation).hadErrorContaining(Message.UNKNOWN_NAME.id())
                .inFile(MODEL_WITH_ERROR).onLineContaining("x * rate");
    }

    @Test
    void behindGradlesIncrementalWrapperEachGeneratedFileHasItsModelAsOnlyOriginatingElement() {
        Map<String, List<Element>> originating = new LinkedHashMap<>();
        Compilation compilation = Compiler.javac().withClasspath(Compilations.userClassPath())
                .withProcessors(new WrappingProcessor(env -> new GradleStyleEnvironment(env, originating)))
                .compile(MODEL, OTHER_MODEL);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(originating.keySet()).containsExactly("tutorial.CompiledModel", "tutorial.CompiledOtherModel");
        assertThat(originating.get("tutorial.CompiledModel")).hasSize(1);
        assertThat(originating.get("tutorial.CompiledModel").get(0).toString()).isEqualTo("tutorial.Model");
        assertThat(originating.get("tutorial.CompiledOtherModel")).hasSize(1);
        assertThat(originating.get("tutorial.CompiledOtherModel").get(0).toString()).isEqualTo("tutorial.OtherModel");
    }

    @Test
    void aWrapperThatHidesJavacGivesOneErrorOnEachModelClassNamingTheHost() {
        Compilation compilation = Compiler.javac().withClasspath(Compilations.userClassPath())
                .withProcessors(new WrappingProcessor(Wrappers::hidden)).compile(MODEL, OTHER_MODEL);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining(Message.HIDDEN_JAVAC.id() + "] tutorial.Model is not compiled")
                .inFile(MODEL).onLineContaining("public class Model");
        assertThat(compilation).hadErrorContaining(Message.HIDDEN_JAVAC.id() + "] tutorial.OtherModel is not compiled")
                .inFile(OTHER_MODEL).onLineContaining("public class OtherModel");
        assertThat(compilation).hadErrorContaining("hands annotation processors a jdk.proxy");
    }
}
