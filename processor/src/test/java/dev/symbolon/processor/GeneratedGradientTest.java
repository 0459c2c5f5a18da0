package dev.symbolon.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.source;
import static dev.symbolon.processor.Generated.component;
import static dev.symbolon.processor.Generated.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import java.util.Random;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The {@code Grad} methods that the processor generates, against central finite differences of the
 * generated cost method itself: the whole path from source through autodiff, rewrites and code
 * generation.
 */
class GeneratedGradientTest {
    private static final JavaFileObject TANH_NETWORK = source("TanhNetwork",
            "package nets;",
            "",
            "import static dev.symbolon.T.*;",
            "",
            "import dev.symbolon.*;",
            "import dev.symbolon.annotation.*;",
            "",
            "public class TanhNetwork {",
            "    @Shared Matrix w1;",
            "    @Shared Vector b1;",
            "    @Shared Matrix w2;",
            "",
            "    @Grad",
            "    @Symbolic Scalar cost(Matrix x, Matrix target) {",
            "        Matrix hidden = tanh(dot(x, w1).plus(b1));",
            "        Matrix p = softmax(dot(hidden, w2));",
            "        return mean(categoricalCrossentropy(p, target)).plus(sum(square(w1)).times(0.01));",
            "    }",
            "}");

    private static final double STEP = 1e-6;
    private final Random random = new Random(7);

    @Test
    void tanhNetworkGradientsMatchFiniteDifferences() {
        Compilation compilation = compile(TANH_NETWORK);
        assertThat(compilation).succeededWithoutWarnings();
        Generated net = new Generated(Compilations.load(compilation, "nets.CompiledTanhNetwork"));
        double[][] w1 = randomMatrix(4, 3);
        double[] b1 = randomMatrix(1, 3)[0];
        double[][] w2 = randomMatrix(3, 2);
        shared(net, "w1").setValue(w1);
        shared(net, "b1").setValue(b1);
        shared(net, "w2").setValue(w2);
        double[][] x = randomMatrix(5, 4);
        double[][] target = {{1, 0}, {0, 1}, {0, 1}, {1, 0}, {1, 0}};

        Object grads = net.call("costGrad", types(double[][].class, double[][].class), x, target);
        assertEquals(cost(net, x, target), (double) component(grads, "value"), 1e-12);
        for (String name : new String[] {"w1", "b1", "w2"}) {
            double[] symbolic = ((NDArray) component(grads, name)).toDoubleArray();
            SharedVariable variable = shared(net, name);
            NDArray at = variable.getValue();
            double[] values = at.toDoubleArray();
            for (int i = 0; i < values.length; i++) {
                double numeric = (costWith(net, variable, at, values, i, STEP, x, target)
                        - costWith(net, variable, at, values, i, -STEP, x, target)) / (2 * STEP);
                assertEquals(numeric, symbolic[i], 1e-6 * (1 + Math.abs(numeric)), name + " element " + i);
            }
            variable.setValue(at);
        }
    }

    private static double costWith(Generated net, SharedVariable variable, NDArray at, double[] values, int i,
                                   double step, double[][] x, double[][] target) {
        double[] moved = values.clone();
        moved[i] += step;
        variable.setValue(NDArray.wrap(moved, at.shape()));
        return cost(net, x, target);
    }

    private static double cost(Generated net, double[][] x, double[][] target) {
        return (double) net.call("cost", types(double[][].class, double[][].class), x, target);
    }

    private static SharedVariable shared(Generated net, String name) {
        return (SharedVariable) net.call(name, types());
    }

    private double[][] randomMatrix(int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return m;
    }
}
