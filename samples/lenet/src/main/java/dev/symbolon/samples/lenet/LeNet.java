package dev.symbolon.samples.lenet;

import static dev.symbolon.T.*;

import dev.symbolon.Matrix;
import dev.symbolon.Scalar;
import dev.symbolon.Tensor;
import dev.symbolon.Vector;
import dev.symbolon.annotation.Int64;
import dev.symbolon.annotation.Rank;
import dev.symbolon.annotation.Shared;
import dev.symbolon.annotation.Symbolic;

/**
 * The convolutional network of Theano's tutorial ("Convolutional Neural Networks (LeNet)"): two
 * layers of convolution, 2x2 max-pooling and tanh, a tanh hidden layer with dropout, and a softmax
 * output, trained by stochastic gradient descent on the mean negative log-likelihood.
 *
 * <p>Images come in as {@code [N, 1, H, W]}. Both convolutions are 3x3 with padding 1, so they keep
 * the size and each pooling halves it: 8x8 digits become 6 maps of 4x4, then 16 maps of 2x2. The
 * hidden layer's weights {@code w3} are a {@code [16, H/4, W/4, hidden]} Tensor summed against the
 * pooled maps by {@code tensordot}, so one class serves any image size whose sides divide by 4.
 * The methods repeat the layers because a {@code @Symbolic} body calls no other method.
 */
public class LeNet {
    @Shared @Rank(4) Tensor w1;
    @Shared Vector b1;
    @Shared @Rank(4) Tensor w2;
    @Shared Vector b2;
    @Shared @Rank(4) Tensor w3;
    @Shared Vector b3;
    @Shared Matrix w4;
    @Shared Vector b4;

    /**
     * One step of gradient descent on a mini-batch, the hidden units dropped with probability
     * {@code dropout} and the kept ones scaled by {@code 1 / (1 - dropout)}; returns the batch's cost
     * before the step.
     */
    @Symbolic Scalar train(@Rank(4) Tensor x, @Int64 Vector y, double rate, double dropout) {
        Tensor h1 = tanh(maxPool2d(conv2d(x, w1, 1, 1), 2).plus(b1.reshape(1, -1, 1, 1)));
        Tensor h2 = tanh(maxPool2d(conv2d(h1, w2, 1, 1), 2).plus(b2.reshape(1, -1, 1, 1)));
        Tensor h3 = tanh(tensordot(h2, w3, new int[] {1, 2, 3}, new int[] {0, 1, 2}).plus(b3));
        Tensor kept = h3.times(bernoulli(1.0 - dropout, h3)).div(1.0 - dropout);
        Matrix z = tensordot(kept, w4, new int[] {1}, new int[] {0}).reshape(-1, 10).plus(b4);
        Scalar cost = mean(categoricalCrossentropy(softmax(z), y));
        update(w1, w1.minus(grad(cost, w1).times(rate)));
        update(b1, b1.minus(grad(cost, b1).times(rate)));
        update(w2, w2.minus(grad(cost, w2).times(rate)));
        update(b2, b2.minus(grad(cost, b2).times(rate)));
        update(w3, w3.minus(grad(cost, w3).times(rate)));
        update(b3, b3.minus(grad(cost, b3).times(rate)));
        update(w4, w4.minus(grad(cost, w4).times(rate)));
        update(b4, b4.minus(grad(cost, b4).times(rate)));
        return cost;
    }

    /** The class probabilities of each image, every hidden unit kept. */
    @Symbolic Matrix probabilities(@Rank(4) Tensor x) {
        Tensor h1 = tanh(maxPool2d(conv2d(x, w1, 1, 1), 2).plus(b1.reshape(1, -1, 1, 1)));
        Tensor h2 = tanh(maxPool2d(conv2d(h1, w2, 1, 1), 2).plus(b2.reshape(1, -1, 1, 1)));
        Tensor h3 = tanh(tensordot(h2, w3, new int[] {1, 2, 3}, new int[] {0, 1, 2}).plus(b3));
        Matrix z = tensordot(h3, w4, new int[] {1}, new int[] {0}).reshape(-1, 10).plus(b4);
        return softmax(z);
    }

    /** The mean negative log-likelihood of the labels, without dropout. */
    @Symbolic Scalar cost(@Rank(4) Tensor x, @Int64 Vector y) {
        Tensor h1 = tanh(maxPool2d(conv2d(x, w1, 1, 1), 2).plus(b1.reshape(1, -1, 1, 1)));
        Tensor h2 = tanh(maxPool2d(conv2d(h1, w2, 1, 1), 2).plus(b2.reshape(1, -1, 1, 1)));
        Tensor h3 = tanh(tensordot(h2, w3, new int[] {1, 2, 3}, new int[] {0, 1, 2}).plus(b3));
        Matrix z = tensordot(h3, w4, new int[] {1}, new int[] {0}).reshape(-1, 10).plus(b4);
        return mean(categoricalCrossentropy(softmax(z), y));
    }

    /** The most probable class of each image, without dropout. */
    @Symbolic Vector predict(@Rank(4) Tensor x) {
        Tensor h1 = tanh(maxPool2d(conv2d(x, w1, 1, 1), 2).plus(b1.reshape(1, -1, 1, 1)));
        Tensor h2 = tanh(maxPool2d(conv2d(h1, w2, 1, 1), 2).plus(b2.reshape(1, -1, 1, 1)));
        Tensor h3 = tanh(tensordot(h2, w3, new int[] {1, 2, 3}, new int[] {0, 1, 2}).plus(b3));
        Matrix z = tensordot(h3, w4, new int[] {1}, new int[] {0}).reshape(-1, 10).plus(b4);
        return argmax(z, 1);
    }
}
