package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.source;
import static dev.symbolon.processor.Generated.component;
import static dev.symbolon.processor.Generated.types;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Models nested in other classes: their generated classes are named after the whole nesting. */
class NestedClassTest {
    /** Class {@code tutorial.<outer>} holding {@code Inner}, a model doubling or tripling its argument. */
    private static JavaFileObject outerWithInner(String outer, int factor) {
        return source(outer,
                "package tutorial;",
                "",
                "import dev.symbolon.annotation.*;",
                "",
                "public class " + outer + " {",
                "    public static class Inner {",
                "        public record Scaled(double value, double slope) {}",
                "        @Symbolic static Scaled scale(double x) { return new Scaled(x * " + factor + ", "
                        + factor + "); }",
                "    }",
                "}");
    }

    @Test
    void nestedClassesOfOneNameInTwoOuterClassesGetTwoGeneratedClasses() {
        Compilation compilation = compile(outerWithInner("Doubler", 2), outerWithInner("Tripler", 3));
        assertThat(compilation).succeededWithoutWarnings();
        Generated doubler = new Generated(Compilations.load(compilation, "tutorial.CompiledDoubler_Inner"));
        Generated tripler = new Generated(Compilations.load(compilation, "tutorial.CompiledTripler_Inner"));
        Object doubled = doubler.call("scale", types(double.class), 5.0);
        assertThat(doubled.getClass().getName()).isEqualTo("tutorial.CompiledDoubler_Inner$Scaled");
        assertThat(component(doubled, "value")).isEqualTo(10.0);
        assertThat(component(tripler.call("scale", types(double.class), 5.0), "value")).isEqualTo(15.0);
    }

    @Test
    void everyEnclosingClassIsPartOfTheName() {
        JavaFileObject deep = source("Outer",
                "package tutorial;",
                "",
                "import dev.symbolon.annotation.*;",
                "",
                "public class Outer {",
                "    @Symbolic static double same(double x) { return x; }",
                "    static class Middle {",
                "        interface Inner {",
                "            @Symbolic static double negate(double x) { return -x; }",
                "        }",
                "    }",
                "}");
        Compilation compilation = compile(deep);
        assertThat(compilation).succeededWithoutWarnings();
        Generated outer = new Generated(Compilations.load(compilation, "tutorial.CompiledOuter"));
        Generated inner = new Generated(Compilations.load(compilation, "tutorial.CompiledOuter_Middle_Inner"));
        assertThat(outer.call("same", types(double.class), 2.0)).isEqualTo(2.0);
        assertThat(inner.call("negate", types(double.class), 2.0)).isEqualTo(-2.0);
    }
}
