package dev.symbolon.samples.logistic;

import static dev.symbolon.T.*;

import dev.symbolon.Matrix;
import dev.symbolon.Scalar;
import dev.symbolon.Vector;
import dev.symbolon.annotation.Grad;
import dev.symbolon.annotation.Shared;
import dev.symbolon.annotation.Symbolic;

/**
 * The Theano tutorial's logistic regression: the probability of class 1 is
 * {@code sigmoid(dot(x, w) + b)}, and the cost is the mean cross-entropy plus {@code l2 * sum(w^2)}.
 * The annotation processor compiles this class into {@code CompiledLogisticRegression}, which holds
 * {@code w} and {@code b} and runs the methods below on arrays.
 */
public class LogisticRegression {
    @Shared
    Vector w;
    @Shared
    Scalar b;

    /** The cost at the current weights; {@code costGrad} adds its gradient with respect to both. */
    @Symbolic
    @Grad(wrt = {"w", "b"})
    Scalar cost(Matrix x, Vector y, double l2) {
        return mean(binaryCrossentropy(predict(x), y)).plus(sum(w.times(w)).times(l2));
    }

    /**
     * One step of gradient descent: returns the cost, then moves {@code w} and {@code b} against
     * their gradients, both computed from the values before the step. Calling {@code cost} inlines it.
     */
    @Symbolic
    Scalar train(Matrix x, Vector y, double learningRate, double l2) {
        Scalar cost = cost(x, y, l2);
        update(w, w.minus(grad(cost, w).times(learningRate)));
        update(b, b.minus(grad(cost, b).times(learningRate)));
        return cost;
    }

    /** The probability of class 1 for each row of {@code x}. */
    @Symbolic
    Vector predict(Matrix x) {
        return sigmoid(dot(x, w).plus(b));
    }
}
