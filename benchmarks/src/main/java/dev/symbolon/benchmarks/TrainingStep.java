package dev.symbolon.benchmarks;

import java.util.Map;

/**
 * One implementation of a training workload (W1, W2: the logistic regression of {@link LogisticData};
 * W4: the MLP of {@link MlpData}): a step of gradient descent from weights that {@link #reset} restores.
 */
interface TrainingStep {
    /** Takes one step and returns the cost at the weights before it. */
    double step();

    /** Puts the weights back to the data's initial weights, the biases to 0, and starts at the first batch. */
    void reset();

    /** A copy of each trained parameter by name (a scalar as an array of one). */
    Map<String, double[]> parameters();
}
