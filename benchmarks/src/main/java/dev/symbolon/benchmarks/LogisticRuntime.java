package dev.symbolon.benchmarks;

import static dev.symbolon.T.*;

import dev.symbolon.CompiledFunction;
import dev.symbolon.Matrix;
import dev.symbolon.Scalar;
import dev.symbolon.Vector;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import java.util.List;
import java.util.Map;

/**
 * W1 and W2 run by a function built at run time with {@code T.function}: the graph of
 * {@link LogisticRegression#train}, written with the same expressions, so that it is timed against its
 * compiled twin {@link LogisticSymbolon}.
 */
final class LogisticRuntime implements TrainingStep {
    private final LogisticData data;
    private final SharedVariable wState;
    private final SharedVariable bState;
    private final CompiledFunction train;
    private final NDArray x;
    private final NDArray y;

    LogisticRuntime(LogisticData data) {
        this.data = data;
        this.x = NDArray.wrap(data.x(), data.n(), data.features());
        this.y = NDArray.wrap(data.y(), data.n());
        this.wState = SharedVariable.of("w", NDArray.of(data.w0()));
        this.bState = SharedVariable.of("b", 0.0);
        this.train = trainFunction(wState, bState);
    }

    /** {@code train(x, y, learningRate, l2)} of {@link LogisticRegression}, built at run time. */
    static CompiledFunction trainFunction(SharedVariable wState, SharedVariable bState) {
        Matrix x = matrix("x");
        Vector y = vector("y");
        Scalar learningRate = scalar("learningRate");
        Scalar l2 = scalar("l2");
        Vector w = wState.vector();
        Scalar b = bState.scalar();
        Scalar cost = mean(binaryCrossentropy(sigmoid(dot(x, w).plus(b)), y)).plus(sum(w.times(w)).times(l2));
        return function(List.of(x, y, learningRate, l2), List.of(cost),
                Map.of(w, w.minus(grad(cost, w).times(learningRate)), b, b.minus(grad(cost, b).times(learningRate))));
    }

    @Override
    public double step() {
        return train.call(x, y, LogisticData.LEARNING_RATE, LogisticData.L2).get(0).getDouble();
    }

    @Override
    public void reset() {
        wState.setValue(data.w0());
        bState.setValue(0.0);
    }

    @Override
    public Map<String, double[]> parameters() {
        return Map.of("w", wState.getValue().toDoubleArray(), "b", new double[] {bState.doubleValue()});
    }
}
