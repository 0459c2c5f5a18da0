package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static dev.symbolon.processor.Generated.component;
import static dev.symbolon.processor.Generated.types;

import com.google.testing.compile.Compilation;
import dev.symbolon.runtime.NDArray;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Models whose gradients would fuse into two loops that each need the other first, through a
 * product, an outer product or a reduction between them. Each compiles, and in debug mode, which
 * compares every result with the reference interpreter, gives the interpreter's values.
 */
class FusedLoopOrderTest {
    private static Class<?> models;

    @BeforeAll
    static void compileModels() {
        Compilation compilation = compile("-Xlint:all,-processing", symbolicClass("CrossedLoops",
                "    @Symbolic @Grad(wrt = {\"a\"}) static Scalar dotTimesSum(Vector a, Vector b) {",
                "        return dot(a, b.exp()).times(sum(a.exp()));",
                "    }",
                "    @Symbolic @Grad static Scalar bothOperandsDifferentiated(Vector a, Vector b) {",
                "        return dot(a.exp(), b).times(sum(b.exp()));",
                "    }",
                "    @Symbolic @Grad static Scalar memberReadInsideAndAfterItsLoop(Vector a, Vector b) {",
                "        return sum(a.exp().times(dot(b, a.exp()))).plus(sum(b.exp().times(sum(a.exp()))));",
                "    }",
                "    @Symbolic @Grad(wrt = {\"a\"}) static Scalar sumOfAFusedProduct(Vector a, Vector b) {",
                "        return dot(a, b.exp()).times(sum(a.exp().times(b)));",
                "    }",
                "    @Symbolic @Grad static Scalar sigmoids(Vector a, Vector b) {",
                "        return dot(a.sigmoid(), b).times(sum(b.sigmoid()));",
                "    }",
                "    @Symbolic @Grad static Scalar outerProduct(Vector a, Vector b) {",
                "        return sum(outer(a, b).exp()).times(dot(a.exp(), b));",
                "    }",
                "    @Symbolic @Grad(wrt = {\"a\"}) static Scalar maxOfAFusedMember(Vector a, Vector b) {",
                "        return dot(a, b.exp()).plus(max(a.exp())).times(sum(a.exp()));",
                "    }",
                "    @Symbolic @Grad(wrt = {\"x\"}) static Scalar sumAlongAnAxis(Matrix x, Vector v) {",
                "        return sum(sum(x.exp(), 1).times(v.exp())).times(sum(x.exp()));",
                "    }"));
        assertThat(compilation).succeededWithoutWarnings();
        models = Compilations.load(compilation, "tutorial.CompiledCrossedLoops");
    }

    @Test
    void aGradientWhoseLoopsReadEachOthersResultsGivesTheHandComputedValues() {
        double[] a = {0.5, -1, 2};
        double[] b = {1, 0.25, -0.5};
        Object result = Generated.inMode("normal", models).call("dotTimesSumGrad",
                types(double[].class, double[].class), a, b);
        double dot = 0;
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * Math.exp(b[i]);
            sum += Math.exp(a[i]);
        }
        double[] expected = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            expected[i] = Math.exp(b[i]) * sum + dot * Math.exp(a[i]);
        }
        assertThat((double) component(result, "value")).isWithin(1e-12).of(dot * sum);
        assertThat(((NDArray) component(result, "a")).toDoubleArray()).usingTolerance(1e-12)
                .containsExactly(expected).inOrder();
    }

    @Test
    void twoVectorModelsMatchTheInterpreter() {
        Generated debug = Generated.inMode("debug", models);
        Generated normal = Generated.inMode("normal", models);
        Random random = new Random(17);
        for (String name : new String[] {"dotTimesSum", "bothOperandsDifferentiated", "memberReadInsideAndAfterItsLoop",
                "sumOfAFusedProduct", "sigmoids", "outerProduct", "maxOfAFusedMember"}) {
            for (int n : new int[] {1, 4}) {
                NDArray a = NDArray.of(random.doubles(n, -1, 1).toArray());
                NDArray b = NDArray.of(random.doubles(n, -1, 1).toArray());
                for (String method : new String[] {name, name + "Grad"}) {
                    Object checked = debug.call(method, types(NDArray.class, NDArray.class), a, b);
                    assertThat(normal.call(method, types(NDArray.class, NDArray.class), a, b)).isEqualTo(checked);
                }
            }
        }
    }

    @Test
    void aMatrixModelWithAnAxisSumMatchesTheInterpreter() {
        Generated debug = Generated.inMode("debug", models);
        Random random = new Random(19);
        double[][] x = new double[3][];
        Arrays.setAll(x, i -> random.doubles(4, -1, 1).toArray());
        double[] v = random.doubles(3, -1, 1).toArray();
        Object result = debug.call("sumAlongAnAxisGrad", types(double[][].class, double[].class), x, v);
        assertThat(((NDArray) component(result, "x")).shape()).isEqualTo(new int[] {3, 4});
    }
}
