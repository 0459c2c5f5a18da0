package dev.symbolon.benchmarks;

import dev.symbolon.runtime.Device;
import dev.symbolon.runtime.NDArray;
import java.util.Arrays;
import java.util.Map;

/** W4 run by the class Symbolon generates from {@link TanhMlp}, on the CPU. */
final class MlpSymbolon implements TrainingStep {
    private final MlpData data;
    private final CompiledTanhMlp model = new CompiledTanhMlp(Device.cpu());
    // Sliced and one-hot encoded once, so that a step measures the compiled code.
    private final NDArray[] inputs;
    private final NDArray[] targets;
    private int next;

    MlpSymbolon(MlpData data) {
        this.data = data;
        int batch = data.batch();
        inputs = new NDArray[data.batches()];
        targets = new NDArray[data.batches()];
        for (int j = 0; j < inputs.length; j++) {
            int from = j * batch;
            inputs[j] = NDArray.wrap(Arrays.copyOfRange(data.x(), from * data.inputs(), (from + batch) * data.inputs()),
                    batch, data.inputs());
            double[] oneHot = new double[batch * data.classes()];
            for (int i = 0; i < batch; i++) {
                oneHot[i * data.classes() + data.labels()[from + i]] = 1;
            }
            targets[j] = NDArray.wrap(oneHot, batch, data.classes());
        }
        reset();
    }

    @Override
    public double step() {
        double loss = model.train(inputs[next], targets[next], MlpData.LEARNING_RATE);
        next = (next + 1) % inputs.length;
        return loss;
    }

    @Override
    public void reset() {
        model.w1().setValue(NDArray.wrap(data.w1(), data.inputs(), data.hidden()));
        model.b1().setValue(new double[data.hidden()]);
        model.w2().setValue(NDArray.wrap(data.w2(), data.hidden(), data.classes()));
        model.b2().setValue(new double[data.classes()]);
        next = 0;
    }

    @Override
    public Map<String, double[]> parameters() {
        return Map.of("w1", model.w1().getValue().toDoubleArray(), "b1", model.b1().getValue().toDoubleArray(),
                "w2", model.w2().getValue().toDoubleArray(), "b2", model.b2().getValue().toDoubleArray());
    }
}
