package dev.symbolon.samples.logistic;

import dev.symbolon.samples.logistic.data.Examples;

/**
 * Full-batch gradient descent: at every step the test cost is taken at the current weights, then a
 * training step returns the training cost at those same weights and moves them, so that step k of
 * both cost curves describes one set of weights.
 */
public final class Trainer {
    /** How often progress lines appear: this many lines over a run, plus one for the first step. */
    static final int REPORTS = 10;

    /** The settings of one run. */
    public record Settings(int steps, double learningRate, double l2) {
    }

    /** The cost curves (index k for step k + 1), the final weights and the test set's predictions with them. */
    public record Result(double[] trainCosts, double[] testCosts, double[] weights, double bias, double[] testProbabilities) {
    }

    private Trainer() {
    }

    public static <D> Result train(Model<D> model, Examples train, Examples test, Settings settings, Progress progress) {
        D trainData = model.load(train);
        D testData = model.load(test);
        int steps = settings.steps();
        int interval = Math.max(1, steps / REPORTS);
        double[] trainCosts = new double[steps];
        double[] testCosts = new double[steps];
        for (int i = 0; i < steps; i++) {
            int step = i + 1;
            boolean report = step == 1 || step % interval == 0 || step == steps;
            double accuracy = report ? BinaryMetrics.of(model.predict(trainData), train.labels()).accuracy() : Double.NaN;
            testCosts[i] = model.cost(testData, settings.l2());
            trainCosts[i] = model.train(trainData, settings.learningRate(), settings.l2());
            if (report) {
                progress.report(step, trainCosts[i], accuracy, testCosts[i]);
            }
            progress.step(step);
        }
        progress.finish();
        return new Result(trainCosts, testCosts, model.weights(), model.bias(), model.predict(testData));
    }
}
