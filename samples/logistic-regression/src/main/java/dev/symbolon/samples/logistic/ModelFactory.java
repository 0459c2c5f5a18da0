package dev.symbolon.samples.logistic;

/** Makes the model the command trains; tests substitute another implementation. */
@FunctionalInterface
public interface ModelFactory {
    /**
     * A model with these starting weights and a bias of 0, on this device.
     *
     * @throws SampleException if the device is not available
     */
    Model<?> create(DeviceOption device, double[] initialWeights) throws SampleException;
}
