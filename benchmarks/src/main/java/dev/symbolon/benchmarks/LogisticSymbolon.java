package dev.symbolon.benchmarks;

import dev.symbolon.runtime.Device;
import dev.symbolon.runtime.NDArray;
import java.util.Map;

/** W1 and W2 run by the class Symbolon generates from {@link LogisticRegression}, on the CPU. */
final class LogisticSymbolon implements TrainingStep {
    private final LogisticData data;
    private final CompiledLogisticRegression model = new CompiledLogisticRegression(Device.cpu());
    // Wrapped once, so that a step measures the compiled code and not the copy of Java arrays.
    private final NDArray x;
    private final NDArray y;

    LogisticSymbolon(LogisticData data) {
        this.data = data;
        this.x = NDArray.wrap(data.x(), data.n(), data.features());
        this.y = NDArray.wrap(data.y(), data.n());
        reset();
    }

    @Override
    public double step() {
        return model.train(x, y, LogisticData.LEARNING_RATE, LogisticData.L2);
    }

    @Override
    public void reset() {
        model.w().setValue(data.w0());
        model.b().setValue(0.0);
    }

    @Override
    public Map<String, double[]> parameters() {
        return Map.of("w", model.w().getValue().toDoubleArray(), "b", new double[] {model.b().doubleValue()});
    }
}
