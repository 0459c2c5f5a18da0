package dev.symbolon.samples.logistic;

import dev.symbolon.runtime.Device;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.samples.logistic.data.Examples;

/** The model as the annotation processor compiled it from {@link LogisticRegression}. */
final class CompiledModel extends CompiledLogisticModel<CompiledModel.Batch> {
    /** Examples as arrays of values, converted once and passed to every call. */
    record Batch(NDArray x, NDArray y) implements Arrays {
    }

    private CompiledModel(CompiledLogisticRegression compiled) {
        super(compiled);
    }

    /**
     * A compiled model on {@code device} with these weights; the bias starts at 0.
     *
     * @throws SampleException if the device is not available here or cannot run the model yet
     */
    static CompiledModel create(DeviceOption device, double[] initialWeights) throws SampleException {
        CompiledLogisticRegression compiled;
        try {
            compiled = new CompiledLogisticRegression(Device.parse(device.toString()));
        } catch (IllegalStateException | UnsupportedOperationException unavailable) {
            // no such device here, or an op of the model that the device's executor has no kernel for yet
            throw new SampleException(unavailable.getMessage(), unavailable);
        }
        compiled.w().setValue(initialWeights);
        return new CompiledModel(compiled);
    }

    @Override
    public Batch load(Examples examples) {
        return new Batch(NDArray.of(examples.features()), NDArray.of(examples.labels()));
    }

    @Override
    public double train(Batch data, double learningRate, double l2) {
        return compiled.train(data.x(), data.y(), learningRate, l2);
    }

    @Override
    public String device() {
        return compiled.device().toString();
    }
}
