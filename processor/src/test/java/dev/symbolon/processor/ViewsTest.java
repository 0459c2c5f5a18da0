package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static dev.symbolon.processor.Generated.types;

import com.google.testing.compile.Compilation;
import dev.symbolon.runtime.Device;
import dev.symbolon.runtime.NDArray;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Arguments that are views of part of an array ({@code rows}, {@code NDArray.view}) give what copies of
 * them give, in fused loops (which read them where they lie) and in every kernel family (which read a
 * copy made at the method's entry), in debug mode and through an executor.
 */
class ViewsTest {
    /** One method per family of what reads an argument: each takes a matrix and returns what it computes. */
    private static final List<String> METHODS = List.of("fused", "broadcastRow", "fusedSum", "product", "matVec",
            "vecMat", "rowSums", "columnMax", "softmaxOf", "transposed", "flattened", "picked", "running", "returned",
            "outerOf");

    private static Class<?> model;

    @BeforeAll
    static void compileModel() {
        Compilation compilation = compile("-Xlint:all,-processing", symbolicClass("Views",
                "    @Symbolic static Matrix fused(Matrix x, Matrix y) { return exp(x).times(y).plus(1.0); }",
                "    @Symbolic static Matrix broadcastRow(Matrix x, Matrix y) { return x.plus(sum(y, 0)); }",
                "    @Symbolic static Scalar fusedSum(Matrix x, Matrix y) { return sum(tanh(x).times(y)); }",
                "    @Symbolic static Matrix product(Matrix x, Matrix y) { return dot(x, y.T()); }",
                "    @Symbolic static Vector matVec(Matrix x, Matrix y) { return dot(x, sum(y, 0)); }",
                "    @Symbolic static Vector vecMat(Matrix x, Matrix y) { return dot(sum(y, 1), x); }",
                "    @Symbolic static Vector rowSums(Matrix x, Matrix y) { return sum(x, 1); }",
                "    @Symbolic static Vector columnMax(Matrix x, Matrix y) { return max(x, 0); }",
                "    @Symbolic static Matrix softmaxOf(Matrix x, Matrix y) { return softmax(x); }",
                "    @Symbolic static Matrix transposed(Matrix x, Matrix y) { return x.T(); }",
                "    @Symbolic static Vector flattened(Matrix x, Matrix y) { return x.reshape(-1); }",
                "    @Symbolic static Matrix picked(Matrix x, Matrix y) { return take(x, arange(2), 0); }",
                "    @Symbolic static Matrix running(Matrix x, Matrix y) { return cumsum(x, 1); }",
                "    @Symbolic static Matrix returned(Matrix x, Matrix y) { return x; }",
                "    @Symbolic static Matrix outerOf(Matrix x, Matrix y) { return outer(sum(x, 1), sum(y, 1)); }"));
        assertThat(compilation).succeededWithoutWarnings();
        model = Compilations.load(compilation, "tutorial.CompiledViews");
    }

    @Test
    void viewsAtOffsetsGiveWhatTheirCopiesGive() {
        check(new Generated(model));
    }

    @Test
    void viewsInDebugModeGiveWhatTheirCopiesGive() {
        check(Generated.inMode("debug", model));
    }

    @Test
    void viewsThroughAnExecutorGiveWhatTheirCopiesGive() {
        check(Generated.on(Device.cuda(0), model));
    }

    @Test
    void intoFormsReadViewsToo() {
        Generated generated = new Generated(model);
        NDArray[] views = views();
        NDArray expected = (NDArray) generated.call("product", types(NDArray.class, NDArray.class), views[0].copy(),
                views[1].copy());
        NDArray target = NDArray.zeros(expected.dtype(), expected.shape());
        generated.call("productInto", types(NDArray.class, NDArray.class, NDArray.class), views[0], views[1], target);
        assertThat(target).isEqualTo(expected);
    }

    /** Rows 3 to 6 of a 10 x 4 matrix, and a 3 x 4 view at offset 5 of a longer array. */
    private static NDArray[] views() {
        NDArray x = SteadyStateTest.random(11, 10, 4).rows(3, 6);
        double[] backing = SteadyStateTest.random(12, 30).toDoubleArray();
        NDArray y = NDArray.view(backing, 5, 3, 4);
        return new NDArray[] {x, y};
    }

    private static void check(Generated generated) {
        NDArray[] views = views();
        for (String method : METHODS) {
            Object onViews = generated.call(method, types(NDArray.class, NDArray.class), views[0], views[1]);
            Object onCopies = generated.call(method, types(NDArray.class, NDArray.class), views[0].copy(),
                    views[1].copy());
            assertThat(onViews).isEqualTo(onCopies);
        }
        // the same call on the views again: nothing was written into them
        assertThat(generated.call("fused", types(NDArray.class, NDArray.class), views[0], views[1]))
                .isEqualTo(generated.call("fused", types(NDArray.class, NDArray.class), views[0].copy(), views[1].copy()));
    }
}
