package dev.symbolon.samples.kotlin.model;

import static dev.symbolon.T.binaryCrossentropy;
import static dev.symbolon.T.dot;
import static dev.symbolon.T.grad;
import static dev.symbolon.T.mean;
import static dev.symbolon.T.sigmoid;
import static dev.symbolon.T.sum;
import static dev.symbolon.T.update;

import dev.symbolon.Matrix;
import dev.symbolon.Scalar;
import dev.symbolon.Vector;
import dev.symbolon.annotation.Grad;
import dev.symbolon.annotation.Shared;
import dev.symbolon.annotation.Symbolic;

/**
 * Logistic regression with an L2 penalty, trained by gradient descent. Written in Java because the
 * processor reads method bodies from javac; javac generates {@code CompiledClassifier}, which the
 * Kotlin application calls.
 */
public class Classifier {
    @Shared Vector w;
    @Shared Scalar b;

    @Symbolic
    @Grad(wrt = {"w", "b"})
    Scalar cost(Matrix x, Vector y, double l2) {
        return mean(binaryCrossentropy(predict(x), y)).plus(sum(w.times(w)).times(l2));
    }

    /** One step of gradient descent; returns the cost before the step. */
    @Symbolic
    Scalar train(Matrix x, Vector y, double learningRate, double l2) {
        Scalar cost = cost(x, y, l2);
        update(w, w.minus(grad(cost, w).times(learningRate)));
        update(b, b.minus(grad(cost, b).times(learningRate)));
        return cost;
    }

    /** The probability of the positive class for each row of {@code x}. */
    @Symbolic
    Vector predict(Matrix x) {
        return sigmoid(dot(x, w).plus(b));
    }
}
