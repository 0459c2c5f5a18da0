package dev.symbolon.samples.tutorial;

import static dev.symbolon.T.*;

import dev.symbolon.Matrix;
import dev.symbolon.Scalar;
import dev.symbolon.Vector;
import dev.symbolon.annotation.Int64;
import dev.symbolon.annotation.Shared;
import dev.symbolon.annotation.Symbolic;

/**
 * The logistic regression of Theano's MNIST tutorial ("Classifying MNIST digits using Logistic
 * Regression"): class probabilities {@code softmax(x W + b)}, trained by gradient descent on the mean
 * negative log-likelihood of integer labels, which Theano writes {@code -mean(log(p)[arange(n), y])}.
 */
public class SoftmaxRegression {
    @Shared Matrix w;
    @Shared Vector b;

    /** One step of gradient descent with learning rate {@code rate}; returns the cost before the step. */
    @Symbolic Scalar train(Matrix x, @Int64 Vector y, double rate) {
        Matrix p = softmax(dot(x, w).plus(b));
        Scalar cost = neg(mean(log(takeAlongAxis(p, y.reshape(-1, 1), 1))));
        update(w, w.minus(grad(cost, w).times(rate)));
        update(b, b.minus(grad(cost, b).times(rate)));
        return cost;
    }

    /** The most probable class of each row. */
    @Symbolic Vector predict(Matrix x) {
        return argmax(dot(x, w).plus(b), 1);
    }
}
