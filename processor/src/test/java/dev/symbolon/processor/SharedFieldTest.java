package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.source;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static dev.symbolon.processor.Generated.types;

import com.google.testing.compile.Compilation;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Shared} fields: where their values start, and methods that only update them. */
class SharedFieldTest {

    @Test
    void constantInitializersGiveScalarFieldsTheirStartValues() {
        JavaFileObject rates = symbolicClass("Rates",
                "    static final int STEPS = 4;",
                "    @Shared double rate = 0.5;",
                "    @Shared int budget = STEPS * 3 - 1;",
                "    @Shared long big = -3_000_000_000L + Rates.STEPS / 3;",
                "    @Shared float third = 1f / 3;",
                "    @Shared double whole = 7 / 2;",
                "    @Shared double circle = 2 * Math.PI;",
                "    @Shared @Int64 Scalar untouched;",
                "    @Symbolic double scaled(double x) { return x * rate; }");
        Compilation compilation = compile(rates);
        assertThat(compilation).succeededWithoutWarnings();
        Generated generated = new Generated(Compilations.load(compilation, "tutorial.CompiledRates"));
        assertThat(generated.call("scaled", types(double.class), 3.0)).isEqualTo(1.5);
        assertThat(shared(generated, "budget").intValue()).isEqualTo(11);
        assertThat(shared(generated, "big").longValue()).isEqualTo(-2_999_999_999L);
        assertThat(shared(generated, "third").getValue().toFloatArray()).usingExactEquality()
                .containsExactly(1f / 3);
        assertThat(shared(generated, "whole").doubleValue()).isEqualTo(3.0);
        assertThat(shared(generated, "circle").doubleValue()).isEqualTo(2 * Math.PI);
        assertThat(shared(generated, "untouched").longValue()).isEqualTo(0L);
    }

    @Test
    void aLongInitializerWithAShiftIsRefusedRatherThanGuessed() {
        JavaFileObject shifted = symbolicClass("Shifted",
                "    @Shared long big = 1L << 40;",
                "    @Symbolic long plus(long x) { return x + big; }");
        assertThat(compile(shifted)).hadErrorContaining("@Shared field 'big' cannot start at '1L << 40'")
                .inFile(shifted).onLineContaining("long big");
    }

    @Test
    void aFloat32ClassRoundsADoubleInitializerToFloat() {
        JavaFileObject half = source("Half",
                "package tutorial;",
                "",
                "import dev.symbolon.annotation.*;",
                "",
                "@Float32",
                "public class Half {",
                "    @Shared double tenth = 0.1;",
                "    @Symbolic double scaled(double x) { return x * tenth; }",
                "}");
        Compilation compilation = compile(half);
        assertThat(compilation).succeededWithoutWarnings();
        Generated generated = new Generated(Compilations.load(compilation, "tutorial.CompiledHalf"));
        assertThat(shared(generated, "tenth").dtype()).isEqualTo(DType.FLOAT32);
        assertThat(generated.call("scaled", types(float.class), 10f)).isEqualTo(10f * 0.1f);
    }

    @Test
    void eachInstanceStartsAtTheInitializer() {
        JavaFileObject counter = symbolicClass("Counter",
                "    @Shared int count = 10;",
                "    @Symbolic int next() {",
                "        update(count, count + 1);",
                "        return count;",
                "    }");
        Class<?> type = Compilations.load(compile(counter), "tutorial.CompiledCounter");
        Generated first = new Generated(type);
        assertThat(first.call("next", types())).isEqualTo(10);
        assertThat(first.call("next", types())).isEqualTo(11);
        assertThat(new Generated(type).call("next", types())).isEqualTo(10);
    }

    @Test
    void anUpdateOnlyMethodReturnsNothingAndAppliesItsUpdates() throws NoSuchMethodException {
        JavaFileObject sums = symbolicClass("RunningSum",
                "    @Shared Vector w;",
                "    @Shared @Int32 Scalar calls;",
                "    @Symbolic void add(Vector x) {",
                "        update(w, w.plus(x));",
                "        update(calls, calls.plus(1));",
                "    }",
                "    @Symbolic void addTwice(Vector x) {",
                "        add(x.times(2));",
                "        return;",
                "    }");
        Compilation compilation = compile(sums);
        assertThat(compilation).succeededWithoutWarnings();
        Class<?> type = Compilations.load(compilation, "tutorial.CompiledRunningSum");
        assertThat(type.getMethod("add", NDArray.class).getReturnType()).isEqualTo(void.class);
        assertThat(type.getMethod("add", double[].class).getReturnType()).isEqualTo(void.class);
        Generated generated = new Generated(type);
        shared(generated, "w").setValue(new double[] {1, 2});

        assertThat(generated.call("add", types(double[].class), (Object) new double[] {10, 20})).isNull();
        assertThat(generated.call("add", types(NDArray.class), NDArray.of(new double[] {100, 200}))).isNull();
        assertThat(generated.call("addTwice", types(double[].class), (Object) new double[] {1, 1})).isNull();
        assertThat(shared(generated, "w").getValue().toDoubleArray()).usingExactEquality()
                .containsExactly(113.0, 224.0).inOrder();
        assertThat(shared(generated, "calls").intValue()).isEqualTo(3);
    }

    private static SharedVariable shared(Generated generated, String name) {
        return (SharedVariable) generated.call(name, types());
    }
}
