package dev.symbolon.benchmarks;

/**
 * One implementation of workloads W1 and W2: full-batch gradient descent on the Theano tutorial's
 * logistic regression, with the learning rate and L2 weight of {@link LogisticData}.
 */
interface LogisticStep {
    /** Takes one step and returns the cost at the weights before it. */
    double step();

    /** Puts the weights back to the data's initial weights and the bias to 0. */
    void reset();

    double[] weights();

    double bias();
}
