package dev.symbolon.samples.tutorial;

import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;

/**
 * Trains {@link SoftmaxRegression} on {@link Digits} as the tutorial does: from zeros, full-batch
 * gradient descent, then the accuracy on the held-out images.
 *
 * @param firstCost the cost before the first step (ln 10 from zeros)
 * @param lastCost the cost before the last step
 * @param testAccuracy the fraction of held-out images classified right after training
 */
public record DigitsTraining(double firstCost, double lastCost, double testAccuracy) {
    public static final int STEPS = 300;
    public static final double RATE = 0.5;

    public static DigitsTraining run(Digits digits) {
        var model = new CompiledSoftmaxRegression();
        model.w().setValue(NDArray.zeros(DType.FLOAT64, Digits.FEATURES, Digits.CLASSES));
        model.b().setValue(NDArray.zeros(DType.FLOAT64, Digits.CLASSES));
        NDArray x = NDArray.of(digits.trainX());
        NDArray y = NDArray.of(digits.trainY());
        double first = model.train(x, y, RATE);
        double last = first;
        for (int step = 1; step < STEPS; step++) {
            last = model.train(x, y, RATE);
        }
        long[] predicted = model.predict(digits.testX()).toLongArray();
        int right = 0;
        for (int i = 0; i < predicted.length; i++) {
            right += predicted[i] == digits.testY()[i] ? 1 : 0;
        }
        return new DigitsTraining(first, last, (double) right / predicted.length);
    }
}
