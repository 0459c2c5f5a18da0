package dev.symbolon.benchmarks;

/**
 * One implementation of workload W4: a tanh hidden layer, softmax cross-entropy, one SGD step per
 * batch with the learning rate of {@link MlpData}, the batches taken in turn.
 */
interface MlpStep {
    /** Takes one step on the next batch and returns its mean loss at the weights before the step. */
    double step();

    /** Puts the weights back to the data's initial weights, the biases to 0, and starts at the first batch. */
    void reset();

    double[] w1();

    double[] b1();

    double[] w2();

    double[] b2();
}
