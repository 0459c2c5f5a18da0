package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.source;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static dev.symbolon.processor.Generated.component;
import static dev.symbolon.processor.Generated.types;

import com.google.testing.compile.Compilation;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The body language beyond the API.md examples, compiled with the processor and run. */
class LanguageTest {
    static final JavaFileObject LOGISTIC_REGRESSION = symbolicClass("LogisticRegression",
            "    static final double LEARNING_RATE = 0.1;",
            "    @Shared Vector w;",
            "    @Shared Scalar b;",
            "",
            "    @Symbolic Vector predict(Matrix x) { return sigmoid(dot(x, w).plus(b)); }",
            "",
            "    @Grad(wrt = {\"w\", \"b\"})",
            "    @Symbolic Scalar cost(Matrix x, Vector y) {",
            "        Vector p = predict(x);",
            "        return mean(binaryCrossentropy(p, y));",
            "    }",
            "",
            "    public record Step(Scalar cost, Vector prediction) {}",
            "    @Symbolic Step train(Matrix x, Vector y) {",
            "        Vector p = this.predict(x);",
            "        Scalar c = cost(x, y);",
            "        update(w, w.minus(grad(c, w).times(LEARNING_RATE)));",
            "        update(b, b.minus(T.grad(c, b).times(LogisticRegression.LEARNING_RATE)));",
            "        return new Step(c, p);",
            "    }");

    private static final double[][] X = {{1, 2}, {3, 4}};
    private static final double[] Y = {1, 0};

    @Test
    void logisticRegressionCostGradientsAndTraining() {
        Compilation compilation = compile(LOGISTIC_REGRESSION);
        assertThat(compilation).succeededWithoutWarnings();
        Generated model = new Generated(Compilations.load(compilation, "tutorial.CompiledLogisticRegression"));
        ((SharedVariable) model.call("w", types())).setValue(NDArray.of(new double[] {0, 0}));

        Object grads = model.call("costGrad", types(double[][].class, double[].class), X, Y);
        assertThat(grads.getClass().getSimpleName()).isEqualTo("CostGrad");
        assertThat((double) component(grads, "value")).isWithin(1e-15).of(Math.log(2));
        assertThat(((NDArray) component(grads, "w")).toDoubleArray()).usingTolerance(1e-15)
                .containsExactly(0.5, 0.5).inOrder();
        assertThat((double) component(grads, "b")).isWithin(1e-15).of(0);

        Object step = model.call("train", types(double[][].class, double[].class), X, Y);
        assertThat((double) component(step, "cost")).isWithin(1e-15).of(Math.log(2));
        assertThat(((NDArray) component(step, "prediction")).toDoubleArray()).usingTolerance(1e-15)
                .containsExactly(0.5, 0.5).inOrder();
        assertThat(((SharedVariable) model.call("w", types())).getValue().toDoubleArray()).usingTolerance(1e-15)
                .containsExactly(-0.05, -0.05).inOrder();
        assertThat(((SharedVariable) model.call("b", types())).doubleValue()).isWithin(1e-15).of(0);
    }

    static final JavaFileObject SCALARS = symbolicClass("Scalars",
            "    static final int THREE = 3;",
            "",
            "    @Symbolic static int halveTwiceAndAdd(int a, int b) {",
            "        int q = a / b;",
            "        q = q * 2;",
            "        q += THREE - 2;",
            "        return q;",
            "    }",
            "    @Symbolic static Scalar plusOne(@Int32 Scalar n) { return n.plus(1); }",
            "    @Symbolic static long remainder(long a) { return a % 4 + (long) 1.9; }",
            "    @Symbolic static double secondDerivative(double x) {",
            "        double y = x * x * x;",
            "        return grad(grad(y, x), x);",
            "    }",
            "    @Symbolic static double math(double x) {",
            "        return Math.max(x, 0) + Math.pow(x, 2) * Math.PI + Math.min(x, 0) / 2 + Math.abs(-x);",
            "    }",
            "    @Grad @Symbolic static double square(double x, double y) { return x * x * y; }",
            "    @Symbolic static double viaSquare(double x) { return square(x, 1.0) + 1; }");

    @Test
    void primitiveScalarsLocalsConstantsAndMath() {
        Compilation compilation = compile(SCALARS);
        assertThat(compilation).succeededWithoutWarnings();
        Generated scalars = new Generated(Compilations.load(compilation, "tutorial.CompiledScalars"));
        assertThat(scalars.call("halveTwiceAndAdd", types(int.class, int.class), 7, 2)).isEqualTo(7);
        assertThat(scalars.call("halveTwiceAndAdd", types(int.class, int.class), -7, 2)).isEqualTo(-5);
        assertThat(scalars.call("plusOne", types(int.class), 3)).isEqualTo(4);
        assertThat(scalars.call("remainder", types(long.class), -7L)).isEqualTo(-2L);
        assertThat(scalars.call("secondDerivative", types(double.class), 2.0)).isEqualTo(12.0);
        assertThat((double) scalars.call("math", types(double.class), -2.0))
                .isWithin(1e-12).of(0 + 4 * Math.PI - 1 + 2);
        assertThat(scalars.call("viaSquare", types(double.class), 3.0)).isEqualTo(10.0);
    }

    @Test
    void gradWithRespectToEveryFloatParameterByDefault() {
        Generated scalars = new Generated(Compilations.load(compile(SCALARS), "tutorial.CompiledScalars"));
        Object grads = scalars.call("squareGrad", types(double.class, double.class), 3.0, 2.0);
        assertThat(grads.getClass().getSimpleName()).isEqualTo("SquareGrad");
        assertThat(component(grads, "value")).isEqualTo(18.0);
        assertThat(component(grads, "x")).isEqualTo(12.0);
        assertThat(component(grads, "y")).isEqualTo(9.0);
    }

    @Test
    void float32Class() {
        JavaFileObject half = source("Half",
                "package tutorial;",
                "",
                "import dev.symbolon.*;",
                "import dev.symbolon.annotation.*;",
                "",
                "@Float32",
                "public class Half {",
                "    @Symbolic double half(double x) { return x * 0.5; }",
                "    @Symbolic Vector scale(Vector v) { return v.times(0.5); }",
                "}");
        Compilation compilation = compile(half);
        assertThat(compilation).succeededWithoutWarnings();
        Generated generated = new Generated(Compilations.load(compilation, "tutorial.CompiledHalf"));
        assertThat(generated.call("half", types(float.class), 3f)).isEqualTo(1.5f);
        NDArray scaled = (NDArray) generated.call("scale", types(float[].class), new float[] {2f, 4f});
        assertThat(scaled.dtype().numpyName()).isEqualTo("float32");
        assertThat(scaled.toFloatArray()).usingExactEquality().containsExactly(1f, 2f).inOrder();
    }

    @Test
    void aNumberWithNoOperandToTakeADtypeFromIsOfTheDefaultFloatType() {
        JavaFileObject alone = source("Alone",
                "package tutorial;",
                "",
                "import static dev.symbolon.T.*;",
                "",
                "import dev.symbolon.*;",
                "import dev.symbolon.annotation.*;",
                "",
                "@Float32",
                "public class Alone {",
                "    @Symbolic Scalar clipped(Scalar x) { return where(x.lt(0.0), T.neg(0.25), x); }",
                "}");
        Compilation compilation = compile(alone);
        assertThat(compilation).succeededWithoutWarnings();
        Generated generated = new Generated(Compilations.load(compilation, "tutorial.CompiledAlone"));
        assertThat(generated.call("clipped", types(float.class), -3f)).isEqualTo(-0.25f);
        assertThat(generated.call("clipped", types(float.class), 2f)).isEqualTo(2f);
    }

    @Test
    void gradByDefaultLeavesOutSharedFieldsOnlyOtherMethodsRead() {
        JavaFileObject model = symbolicClass("Model",
                "    @Shared Vector w;",
                "    @Shared Scalar total;",
                "    @Grad @Symbolic Scalar cost(Vector x) { return sum(w.times(x)); }",
                "    @Symbolic Scalar accumulate(double v) {",
                "        update(total, total.plus(v));",
                "        return total;",
                "    }");
        Compilation compilation = compile(model);
        assertThat(compilation).succeededWithoutWarnings();
        Generated generated = new Generated(Compilations.load(compilation, "tutorial.CompiledModel"));
        ((SharedVariable) generated.call("w", types())).setValue(NDArray.of(new double[] {2, 3}));
        Object grads = generated.call("costGrad", types(double[].class), (Object) new double[] {5, 7});
        assertThat(Arrays.stream(grads.getClass().getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("value", "x", "w").inOrder();
        assertThat(((NDArray) component(grads, "w")).toDoubleArray()).usingExactEquality()
                .containsExactly(5.0, 7.0).inOrder();
    }

    @Test
    void integerDivisionTruncatesAsInJava() {
        JavaFileObject division = source("Division",
                "package tutorial;",
                "",
                "import dev.symbolon.annotation.*;",
                "",
                "public class Division {",
                "    @Symbolic static double halfPlus(int i, double d) { return i / 2 + d; }",
                "    @Symbolic static long thirdTimes(int i, long l) { return i / 3 * l; }",
                "    @Symbolic static long quotient(long a, int b) { return 7L / b + a / b; }",
                "    @Symbolic static double divided(int i) { int q = i; q /= 2; return q + i / 2.0; }",
                "}");
        Compilation compilation = compile(division);
        assertThat(compilation).succeededWithoutWarnings();
        Generated generated = new Generated(Compilations.load(compilation, "tutorial.CompiledDivision"));
        assertThat(generated.call("halfPlus", types(int.class, double.class), 5, 0.5)).isEqualTo(5 / 2 + 0.5);
        assertThat(generated.call("halfPlus", types(int.class, double.class), -5, 0.5)).isEqualTo(-5 / 2 + 0.5);
        assertThat(generated.call("thirdTimes", types(int.class, long.class), 7, 3L)).isEqualTo(7 / 3 * 3L);
        assertThat(generated.call("quotient", types(long.class, int.class), -9L, 2)).isEqualTo(7L / 2 + -9L / 2);
        assertThat(generated.call("divided", types(int.class), 5)).isEqualTo(2 + 2.5);
    }

    @Test
    void primitiveSharedFieldsCanBeUpdated() {
        JavaFileObject counter = symbolicClass("Counter",
                "    @Shared int count;",
                "    @Shared double rate;",
                "    @Symbolic double step(double x) {",
                "        update(count, count + 1);",
                "        update(rate, rate * 0.5 + x);",
                "        return rate;",
                "    }");
        Compilation compilation = compile(counter);
        assertThat(compilation).succeededWithoutWarnings();
        Generated generated = new Generated(Compilations.load(compilation, "tutorial.CompiledCounter"));
        assertThat(generated.call("step", types(double.class), 4.0)).isEqualTo(0.0);
        assertThat(generated.call("step", types(double.class), 1.0)).isEqualTo(4.0);
        assertThat(((SharedVariable) generated.call("count", types())).intValue()).isEqualTo(2);
        assertThat(((SharedVariable) generated.call("rate", types())).doubleValue()).isEqualTo(3.0);
    }

    @Test
    void gradOfFloatPrimitivesIsAFloat() {
        JavaFileObject slope = symbolicClass("Slope",
                "    @Symbolic static float cubeSlope(float x) { return grad(x * x * x, x); }");
        Compilation compilation = compile(slope);
        assertThat(compilation).succeededWithoutWarnings();
        Generated generated = new Generated(Compilations.load(compilation, "tutorial.CompiledSlope"));
        assertThat(generated.call("cubeSlope", types(float.class), 2f)).isEqualTo(12f);
    }

    @Test
    void tensorsOfRank3TakeNestedJavaArrays() {
        JavaFileObject volumes = symbolicClass("Volumes",
                "    @Symbolic static Tensor totals(@Rank(3) Tensor v) { return v.sum(2); }");
        Compilation compilation = compile(volumes);
        assertThat(compilation).succeededWithoutWarnings();
        Generated generated = new Generated(Compilations.load(compilation, "tutorial.CompiledVolumes"));
        NDArray totals = (NDArray) generated.call("totals", types(double[][][].class),
                (Object) new double[][][] {{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}});
        assertThat(totals.toDoubleArray()).usingExactEquality().containsExactly(3.0, 7.0, 11.0, 15.0).inOrder();
    }

    @Test
    void whereTakesBranchesOfAnyRankAndTypesLiteralsByTheOtherBranch() {
        JavaFileObject choices = symbolicClass("Choices",
                "    @Symbolic static Matrix clip(Matrix x, double low) { return where(lt(x, low), low, x); }",
                "    @Symbolic static Matrix byColumn(Vector keepColumn, Matrix a, double fill) { return where(gt(keepColumn, 0.0), a, fill); }",
                "    @Float32 @Symbolic static Matrix relu(Matrix x) { return where(gt(x, 0), x, 0); }");
        Compilation compilation = compile(choices);
        assertThat(compilation).succeededWithoutWarnings();
        Generated generated = new Generated(Compilations.load(compilation, "tutorial.CompiledChoices"));
        NDArray clipped = (NDArray) generated.call("clip", types(double[][].class, double.class),
                new double[][] {{-1, 2}}, 0.5);
        assertThat(clipped.toDoubleArray()).usingExactEquality().containsExactly(0.5, 2.0).inOrder();
        NDArray byColumn = (NDArray) generated.call("byColumn", types(double[].class, double[][].class, double.class),
                new double[] {1, -1}, new double[][] {{1, 2}, {3, 4}}, 9.0);
        assertThat(byColumn.toDoubleArray()).usingExactEquality().containsExactly(1.0, 9.0, 3.0, 9.0).inOrder();
        NDArray relu = (NDArray) generated.call("relu", types(float[][].class), (Object) new float[][] {{-1, 2}});
        assertThat(relu.dtype()).isEqualTo(DType.FLOAT32);
        assertThat(relu.toDoubleArray()).usingExactEquality().containsExactly(0.0, 2.0).inOrder();
    }

    @Test
    void comparisonsOfPrimitiveScalarsChooseWithWhere() {
        JavaFileObject ramps = symbolicClass("Ramps",
                "    @Symbolic static double relu(double x) { return where(x > 0, x, 0.0); }",
                "    @Symbolic static double leaky(double x, double slope) { return where(gt(x, 0.0), x, slope * x); }",
                "    @Symbolic static float clipped(float x) {",
                "        boolean high = x >= 1;",
                "        return where(high, 1f, x);",
                "    }",
                "    @Symbolic static double reluSlope(double x) { return grad(where(x > 0, x, 0.0), x); }");
        Compilation compilation = compile(ramps);
        assertThat(compilation).succeededWithoutWarnings();
        Generated generated = new Generated(Compilations.load(compilation, "tutorial.CompiledRamps"));
        assertThat(generated.call("relu", types(double.class), -2.0)).isEqualTo(0.0);
        assertThat(generated.call("relu", types(double.class), 3.0)).isEqualTo(3.0);
        assertThat(generated.call("leaky", types(double.class, double.class), -2.0, 0.1)).isEqualTo(-0.2);
        assertThat(generated.call("clipped", types(float.class), 2.5f)).isEqualTo(1f);
        assertThat(generated.call("clipped", types(float.class), 0.5f)).isEqualTo(0.5f);
        assertThat(generated.call("reluSlope", types(double.class), 3.0)).isEqualTo(1.0);
        assertThat(generated.call("reluSlope", types(double.class), -3.0)).isEqualTo(0.0);
    }
}
