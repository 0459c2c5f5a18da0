package dev.symbolon.samples.lenet;

import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.Locale;
import java.util.Random;

/**
 * The layer sizes of {@link LeNet} for images of one size, and its starting weights as Theano's
 * tutorial draws them: each weight uniform in {@code +-sqrt(6 / (fanIn + fanOut))}, the output
 * layer's weights and every bias zero (so the first cost is ln 10).
 */
public record Architecture(int height, int width, int maps1, int maps2, int hidden) {
    public static final int KERNEL = 3;
    public static final int POOL = 2;

    /** The sizes this sample uses: 6 and 16 maps, as LeNet-5, and 100 hidden units. */
    public static Architecture forImages(Images images) {
        return new Architecture(images.height(), images.width(), 6, 16, 100);
    }

    /** Sets every shared variable of {@code model} to its starting value, drawn from {@code seed}. */
    public void initialize(CompiledLeNet model, long seed) {
        Random random = new Random(seed);
        int pooledHeight = height / (POOL * POOL);
        int pooledWidth = width / (POOL * POOL);
        int kernelArea = KERNEL * KERNEL;
        model.w1().setValue(uniform(random, 1 * kernelArea, maps1 * kernelArea / (POOL * POOL), maps1, 1, KERNEL, KERNEL));
        model.b1().setValue(NDArray.zeros(DType.FLOAT64, maps1));
        model.w2().setValue(uniform(random, maps1 * kernelArea, maps2 * kernelArea / (POOL * POOL),
                maps2, maps1, KERNEL, KERNEL));
        model.b2().setValue(NDArray.zeros(DType.FLOAT64, maps2));
        int flat = maps2 * pooledHeight * pooledWidth;
        model.w3().setValue(uniform(random, flat, hidden, maps2, pooledHeight, pooledWidth, hidden));
        model.b3().setValue(NDArray.zeros(DType.FLOAT64, hidden));
        model.w4().setValue(NDArray.zeros(DType.FLOAT64, hidden, DataSet.CLASSES));
        model.b4().setValue(NDArray.zeros(DType.FLOAT64, DataSet.CLASSES));
    }

    private static NDArray uniform(Random random, int fanIn, int fanOut, int... shape) {
        double bound = Math.sqrt(6.0 / (fanIn + fanOut));
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = (2 * random.nextDouble() - 1) * bound;
        }
        return NDArray.wrap(values, shape);
    }

    /** One line describing the layers. */
    public String describe(double dropout) {
        int flat = maps2 * (height / (POOL * POOL)) * (width / (POOL * POOL));
        return String.format(Locale.ROOT, "LeNet: %dx%d images, conv %dx%d 1->%d (padding 1), max-pool %d, "
                        + "conv %dx%d %d->%d (padding 1), max-pool %d, tanh %d->%d with dropout %s, softmax %d->%d",
                height, width, KERNEL, KERNEL, maps1, POOL, KERNEL, KERNEL, maps1, maps2, POOL, flat, hidden, dropout,
                hidden, DataSet.CLASSES);
    }
}
