package dev.symbolon.samples.lenet;

import dev.symbolon.runtime.NDArray;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Mini-batch stochastic gradient descent: each epoch visits the training images once, in an order
 * shuffled anew from one generator seeded by the settings, then measures the test set without dropout.
 */
public final class Trainer {
    /** Test images per call when measuring, which bounds the memory of the convolutions' buffers. */
    static final int EVALUATION_BATCH = 1000;

    /** How to train. */
    public record Settings(int epochs, int batchSize, double learningRate, double dropout, long seed) {}

    /** What one epoch did: the mean cost of its batches (with dropout), the test set's cost and accuracy. */
    public record Epoch(int number, double trainCost, double testCost, double testAccuracy, double seconds) {}

    /**
     * @param firstCost the cost of the first batch before its step
     * @param epochs one entry per epoch
     */
    public record Result(double firstCost, Epoch[] epochs) {
        public Epoch last() {
            return epochs[epochs.length - 1];
        }
    }

    private Trainer() {
    }

    /** Trains {@code model} on {@code data}, reporting each epoch to {@code progress} as it ends. */
    public static Result train(CompiledLeNet model, DataSet data, Settings settings, Consumer<Epoch> progress) {
        Random shuffle = new Random(settings.seed());
        model.seed(settings.seed());
        Images train = data.train();
        int[] order = new int[train.count()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double firstCost = Double.NaN;
        Epoch[] epochs = new Epoch[settings.epochs()];
        for (int e = 0; e < settings.epochs(); e++) {
            long start = System.nanoTime();
            shuffle(order, shuffle);
            double sum = 0;
            int batches = 0;
            for (int from = 0; from < order.length; from += settings.batchSize()) {
                int to = Math.min(from + settings.batchSize(), order.length);
                double cost = model.train(train.batch(order, from, to), train.labels(order, from, to),
                        settings.learningRate(), settings.dropout());
                if (e == 0 && from == 0) {
                    firstCost = cost;
                }
                sum += cost;
                batches++;
            }
            Evaluation test = evaluate(model, data.test());
            epochs[e] = new Epoch(e + 1, sum / batches, test.cost(), test.accuracy(),
                    (System.nanoTime() - start) / 1e9);
            progress.accept(epochs[e]);
        }
        return new Result(firstCost, epochs);
    }

    /** The mean cost and the accuracy of {@code model} on {@code images}, without dropout. */
    public record Evaluation(double cost, double accuracy) {}

    public static Evaluation evaluate(CompiledLeNet model, Images images) {
        int[] order = new int[images.count()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double cost = 0;
        int right = 0;
        for (int from = 0; from < order.length; from += EVALUATION_BATCH) {
            int to = Math.min(from + EVALUATION_BATCH, order.length);
            NDArray x = images.batch(order, from, to);
            cost += model.cost(x, images.labels(order, from, to)) * (to - from);
            long[] predicted = model.predict(x).toLongArray();
            for (int i = from; i < to; i++) {
                right += predicted[i - from] == images.labels()[i] ? 1 : 0;
            }
        }
        return new Evaluation(cost / order.length, (double) right / order.length);
    }

    /** Fisher-Yates, so that one seed gives one order on every JVM. */
    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
