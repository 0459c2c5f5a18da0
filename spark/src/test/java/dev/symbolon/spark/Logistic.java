package dev.symbolon.spark;

import static dev.symbolon.T.*;

import dev.symbolon.Matrix;
import dev.symbolon.Scalar;
import dev.symbolon.Vector;
import dev.symbolon.annotation.Grad;
import dev.symbolon.annotation.Shared;
import dev.symbolon.annotation.Symbolic;

/** The logistic-regression sample's model: a mean cross-entropy over the rows plus an L2 penalty. */
public class Logistic {
    @Shared
    Vector w;
    @Shared
    Scalar b;

    @Symbolic
    @Grad(wrt = {"w", "b"})
    Scalar cost(Matrix x, Vector y, double l2) {
        return mean(binaryCrossentropy(sigmoid(dot(x, w).plus(b)), y)).plus(sum(w.times(w)).times(l2));
    }

    @Symbolic
    Scalar train(Matrix x, Vector y, double learningRate, double l2) {
        Scalar cost = cost(x, y, l2);
        update(w, w.minus(grad(cost, w).times(learningRate)));
        update(b, b.minus(grad(cost, b).times(learningRate)));
        return cost;
    }
}
