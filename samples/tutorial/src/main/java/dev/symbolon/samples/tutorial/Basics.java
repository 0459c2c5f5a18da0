package dev.symbolon.samples.tutorial;

import static dev.symbolon.T.dot;
import static dev.symbolon.T.grad;

import dev.symbolon.Matrix;
import dev.symbolon.Scalar;
import dev.symbolon.Vector;
import dev.symbolon.annotation.Symbolic;

/** The first programs of Theano's tutorial: algebra on scalars, vectors and matrices, and a derivative. */
public class Basics {
    /** Scalars may be plain Java primitives: operators work as math. */
    @Symbolic
    static double difference(double a, double b) {
        return a - b;
    }

    /** The logistic function, written as a user would; compilation rewrites it into a stable sigmoid. */
    @Symbolic
    static double logistic(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** Two outputs at once: the logistic and its derivative, computed symbolically. */
    public record Slope(double value, double slope) {}

    @Symbolic
    static Slope logisticWithSlope(double x) {
        double s = 1.0 / (1.0 + Math.exp(-x));
        return new Slope(s, grad(s, x));
    }

    @Symbolic
    static Matrix add(Matrix x, Matrix y) {
        return x.plus(y);
    }

    @Symbolic
    static Scalar dotProduct(Vector a, Vector b) {
        return dot(a, b);
    }
}
