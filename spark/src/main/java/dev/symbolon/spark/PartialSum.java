package dev.symbolon.spark;

import java.io.Serializable;

/**
 * What partitions add up: the rows seen, and the cost and each parameter's gradient weighted by the
 * rows they were computed on. Dividing by the rows gives the mean-over-rows cost and gradient of all
 * the rows together (see {@link SparkGradient}). Spark may change the first operand of a sum in place.
 */
final class PartialSum implements Serializable {
    private static final long serialVersionUID = 1L;

    private long rows;
    private double cost;
    private double[][] grads;

    static PartialSum empty() {
        return new PartialSum();
    }

    /** Adds the gradient of {@code rows} rows. */
    PartialSum add(Evaluator.Gradient gradient, int rows) {
        PartialSum one = new PartialSum();
        one.rows = rows;
        one.cost = gradient.value() * rows;
        one.grads = new double[gradient.grads().length][];
        for (int i = 0; i < one.grads.length; i++) {
            double[] g = gradient.grads()[i].toDoubleArray();
            for (int k = 0; k < g.length; k++) {
                g[k] *= rows;
            }
            one.grads[i] = g;
        }
        return plus(one);
    }

    PartialSum plus(PartialSum other) {
        if (other.grads == null) {
            return this;
        }
        if (grads == null) {
            return other;
        }
        rows += other.rows;
        cost += other.cost;
        for (int i = 0; i < grads.length; i++) {
            if (grads[i].length != other.grads[i].length) {
                throw new IllegalStateException("two partitions gave gradients of " + grads[i].length + " and "
                        + other.grads[i].length + " elements for one parameter");
            }
            for (int k = 0; k < grads[i].length; k++) {
                grads[i][k] += other.grads[i][k];
            }
        }
        return this;
    }

    long rows() {
        return rows;
    }

    /** The mean cost over the rows. */
    double meanCost() {
        return cost / rows;
    }

    /** Parameter {@code i}'s gradient over the rows, shaped like the parameter. */
    double[] meanGradient(int i) {
        double[] g = grads[i].clone();
        for (int k = 0; k < g.length; k++) {
            g[k] /= rows;
        }
        return g;
    }
}
