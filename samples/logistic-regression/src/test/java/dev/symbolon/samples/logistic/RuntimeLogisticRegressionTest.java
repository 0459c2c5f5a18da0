package dev.symbolon.samples.logistic;

import static dev.symbolon.T.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.CompiledFunction;
import dev.symbolon.Matrix;
import dev.symbolon.Scalar;
import dev.symbolon.Vector;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The logistic regression of {@link LogisticRegression} built at run time with {@code T.function}, as
 * API.md writes it, trains the same weights as {@code CompiledLogisticRegression} within float64
 * rounding: its extra output {@code p > 0.5} keeps the cost's loop in per-element Java, while the
 * compiled class, without it, runs that loop on the vector kernels, whose log and sums round apart
 * from {@code Math.log}'s and a sequential sum's in the last bits.
 */
class RuntimeLogisticRegressionTest {
    private static final int N = 60;
    private static final int FEATURES = 12;

    @Test
    void trainsTheWeightsOfTheCompiledClassExactly() {
        SplittableRandom random = new SplittableRandom(7);
        double[][] xs = new double[N][FEATURES];
        double[] ys = new double[N];
        double[] w0 = new double[FEATURES];
        for (int j = 0; j < FEATURES; j++) {
            w0[j] = random.nextGaussian() * 0.1;
        }
        for (int i = 0; i < N; i++) {
            double z = 0;
            for (int j = 0; j < FEATURES; j++) {
                xs[i][j] = random.nextGaussian();
                z += xs[i][j] * (j % 3 - 1);
            }
            ys[i] = z > 0 ? 1 : 0;
        }

        Matrix x = matrix("x");
        Vector y = vector("y");
        Scalar learningRate = scalar("learningRate");
        Scalar l2 = scalar("l2");
        SharedVariable wState = SharedVariable.of("w", NDArray.of(w0));
        SharedVariable bState = SharedVariable.of("b", 0.0);
        Vector w = wState.vector();
        Scalar b = bState.scalar();
        Vector p = sigmoid(dot(x, w).plus(b));
        Scalar cost = mean(binaryCrossentropy(p, y)).plus(sum(w.times(w)).times(l2));
        CompiledFunction train = function(List.of(x, y, learningRate, l2), List.of(cost, p.gt(0.5)),
                Map.of(w, w.minus(grad(cost, w).times(learningRate)), b, b.minus(grad(cost, b).times(learningRate))));
        CompiledFunction predict = function(List.of(x), List.of(p));

        CompiledLogisticRegression compiled = new CompiledLogisticRegression();
        compiled.w().setValue(w0);
        for (int step = 0; step < 20; step++) {
            double expected = compiled.train(xs, ys, 0.1, 0.01);
            List<NDArray> out = train.call(xs, ys, 0.1, 0.01);
            assertEquals(expected, out.get(0).getDouble(), 1e-13, "cost of step " + step);
            assertArrayEquals(compiled.w().getValue().toDoubleArray(), wState.getValue().toDoubleArray(), 1e-13);
            assertEquals(compiled.b().doubleValue(), bState.doubleValue(), 1e-13);
        }
        assertEquals(compiled.predict(xs), predict.call((Object) xs).get(0));
    }
}
