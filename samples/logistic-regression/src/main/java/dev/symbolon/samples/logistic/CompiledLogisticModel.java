package dev.symbolon.samples.logistic;

import dev.symbolon.runtime.NDArray;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A {@link Model} on the class the annotation processor compiled from {@link LogisticRegression}:
 * costs, predictions, weights and saved state; subclasses say how examples are held and how a step
 * trains (on the compiled class itself, or on Spark).
 *
 * @param <D> examples as the subclass holds them
 */
public abstract class CompiledLogisticModel<D extends CompiledLogisticModel.Arrays> implements Model<D> {
    /** Examples as arrays of values, converted once and passed to every call. */
    public interface Arrays {
        /** The features, one row an example. */
        NDArray x();

        /** The labels, 0 or 1. */
        NDArray y();
    }

    /** The compiled model, whose shared variables hold the weights. */
    protected final CompiledLogisticRegression compiled;

    /** A model on {@code compiled}, which holds its weights. */
    protected CompiledLogisticModel(CompiledLogisticRegression compiled) {
        this.compiled = compiled;
    }

    @Override
    public double cost(D data, double l2) {
        return compiled.cost(data.x(), data.y(), l2);
    }

    @Override
    public double[] predict(D data) {
        return compiled.predict(data.x()).toDoubleArray();
    }

    @Override
    public double[] weights() {
        return compiled.w().getValue().toDoubleArray();
    }

    @Override
    public double bias() {
        return compiled.b().doubleValue();
    }

    @Override
    public void saveState(Path file) throws IOException {
        compiled.saveState(file);
    }

    @Override
    public void loadState(Path file) throws IOException {
        compiled.loadState(file);
    }
}
