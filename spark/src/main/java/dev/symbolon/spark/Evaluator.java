package dev.symbolon.spark;

import dev.symbolon.runtime.NDArray;

/** A model's gradient on one executor, built from a {@link Recipe}; used by one task at a time. */
interface Evaluator {
    /**
     * The cost and its gradient with respect to each parameter on these rows.
     *
     * @param state the value of every shared variable the model reads, parameters first, in order
     * @param seed seeds the model's random draws, if it draws, so that a retried task draws again what it drew
     * @param data the data inputs, one row per example
     */
    Gradient compute(NDArray[] state, long seed, NDArray[] data);

    /** A cost and one gradient per parameter, in the parameters' order. */
    record Gradient(double value, NDArray[] grads) {
    }
}
