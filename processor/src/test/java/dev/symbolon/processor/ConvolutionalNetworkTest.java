package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static dev.symbolon.processor.Generated.component;
import static dev.symbolon.processor.Generated.types;

import com.google.testing.compile.Compilation;
import dev.symbolon.runtime.NDArray;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** conv2d, maxPool2d and avgPool2d written in {@code @Symbolic} source, compiled and run; values from NumPy. */
class ConvolutionalNetworkTest {
    private static final JavaFileObject NET = symbolicClass("Net",
            "public record Layer(@Rank(4) Tensor pooled, @Rank(4) Tensor filterSlope, @Rank(4) Tensor averaged) {}",
            "@Symbolic static Layer layer(@Rank(4) Tensor x, @Rank(4) Tensor w) {",
            "    Tensor pooled = maxPool2d(relu(conv2d(x, w, 1, 1)), 2);",
            "    return new Layer(pooled, grad(sum(pooled), w), avgPool2d(x, 2));",
            "}",
            "@Symbolic static Tensor valid(@Rank(4) Tensor x, @Rank(4) Tensor w) { return conv2d(x, w); }");

    private static double[] values(Object record, String name) {
        return ((NDArray) component(record, name)).toDoubleArray();
    }

    @Test
    void aConvolutionalLayerAndItsFilterGradientCompileFromSource() {
        Compilation compilation = compile(NET);
        assertThat(compilation).succeededWithoutWarnings();
        Generated net = new Generated(Compilations.load(compilation, "tutorial.CompiledNet"));
        NDArray x = NDArray.wrap(new double[] {-1.25, 0.5, -0.5, 1.25, 0.25, -0.75, 1.0, 0.0, -1.0, 0.75, -0.25, -1.25,
            0.5, -0.5, 1.25, 0.25}, 1, 1, 4, 4);
        NDArray w = NDArray.wrap(new double[] {-1.5, 1.0, 0.0, -1.0, 1.5, 0.5, -0.5, -1.5, 1.0, 0.0, -1.0, 1.5, 0.5,
            -0.5, -1.5, 1.0, 0.0, -1.0}, 2, 1, 3, 3);
        Object layer = net.call("layer", types(NDArray.class, NDArray.class), x, w);
        assertThat(((NDArray) component(layer, "pooled")).shape()).asList().containsExactly(1, 2, 2, 2).inOrder();
        assertThat(values(layer, "pooled")).usingExactEquality()
                .containsExactly(3.75, 3.0, 2.625, 1.125, 2.25, 3.5, 2.625, 1.75).inOrder();
        assertThat(values(layer, "filterSlope")).usingExactEquality().containsExactly(0.5, 0.25, -0.25, -1.75, 2.5,
                -0.5, 0.5, -2.5, 2.25, 1.5, -2.75, 2.5, -1.0, 0.5, -1.25, 2.0, -1.0, -0.5).inOrder();
        assertThat(values(layer, "averaged")).usingExactEquality().containsExactly(-0.3125, 0.4375, -0.0625, 0.0)
                .inOrder();
        NDArray valid = (NDArray) net.call("valid", types(NDArray.class, NDArray.class), x, w);
        assertThat(valid.shape()).asList().containsExactly(1, 2, 2, 2).inOrder();
        // the padded result's interior: [c[1:3, 1:3] for each filter]
        assertThat(valid.toDoubleArray()).usingExactEquality()
                .containsExactly(0.625, -0.25, 2.625, -1.0, -3.0, 3.5, 1.0, 0.625).inOrder();
    }
}
