package dev.symbolon.samples.logistic;

import dev.symbolon.samples.logistic.data.Examples;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A logistic regression {@code p = sigmoid(dot(x, w) + b)} with its weights, trained by full-batch
 * gradient descent on the cost {@code mean(crossentropy(p, y)) + l2 * sum(w^2)}.
 *
 * @param <D> examples in the form the model computes on, converted once by {@link #load}
 */
public interface Model<D> {
    /** Converts examples once, so that each step does not copy them again. */
    D load(Examples examples);

    /** One gradient-descent step of {@code w} and {@code b}; returns the cost before the step. */
    double train(D data, double learningRate, double l2);

    /** The cost at the current weights, changing nothing. */
    double cost(D data, double l2);

    /** The probability of class 1 for each example. */
    double[] predict(D data);

    double[] weights();

    double bias();

    /** Writes {@code w} and {@code b} to {@code file}, a NumPy {@code .npz} archive with entries w and b. */
    void saveState(Path file) throws IOException;

    /**
     * Sets {@code w} and {@code b} from a file {@link #saveState} wrote, or, if it does not fit, neither.
     *
     * @throws IllegalArgumentException naming the file and the entry that does not fit
     */
    void loadState(Path file) throws IOException;

    /** Where the computation runs, for the user: {@code cpu}, {@code cuda:0}, ... */
    String device();
}
