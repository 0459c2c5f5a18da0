package dev.symbolon.benchmarks;

import static dev.symbolon.T.*;

import dev.symbolon.Matrix;
import dev.symbolon.Scalar;
import dev.symbolon.Vector;
import dev.symbolon.annotation.Shared;
import dev.symbolon.annotation.Symbolic;

/** Workload W4 written for Symbolon: a tanh hidden layer, softmax cross-entropy, one SGD step. */
public class TanhMlp {
    @Shared
    Matrix w1;
    @Shared
    Vector b1;
    @Shared
    Matrix w2;
    @Shared
    Vector b2;

    /** One step on a batch of inputs {@code x} with one-hot {@code target} rows; returns the mean loss. */
    @Symbolic
    Scalar train(Matrix x, Matrix target, double learningRate) {
        Matrix hidden = tanh(dot(x, w1).plus(b1));
        Scalar cost = mean(categoricalCrossentropy(softmax(dot(hidden, w2).plus(b2)), target));
        update(w1, w1.minus(grad(cost, w1).times(learningRate)));
        update(b1, b1.minus(grad(cost, b1).times(learningRate)));
        update(w2, w2.minus(grad(cost, w2).times(learningRate)));
        update(b2, b2.minus(grad(cost, b2).times(learningRate)));
        return cost;
    }
}
