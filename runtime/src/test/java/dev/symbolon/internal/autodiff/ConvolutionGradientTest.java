package dev.symbolon.internal.autodiff;

import static dev.symbolon.internal.ir.ConvolutionOps.avgPool2d;
import static dev.symbolon.internal.ir.ConvolutionOps.conv2d;
import static dev.symbolon.internal.ir.ConvolutionOps.maxPool2d;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Op;
import org.junit.jupiter.api.Test;

/**
 * Gradients of conv2d (in the images and in the filters, the transposed convolutions), of the pools,
 * and second derivatives through the gradient ops, against central finite differences.
 */
class ConvolutionGradientTest {
    @Test
    void conv2dGradientsInImagesAndFiltersMatchFiniteDifferences() {
        int[][] shapes = {{1, 1, 4, 4, 1, 3, 3}, {2, 3, 5, 4, 2, 2, 3}, {2, 2, 6, 6, 3, 3, 3}};
        for (int[] s : shapes) {
            for (int stride : new int[] {1, 2}) {
                for (int padding : new int[] {0, 1}) {
                    GradientCheck.withSeed(stride * 10L + padding).input("x", -1, 1, s[0], s[1], s[2], s[3])
                            .input("w", -1, 1, s[4], s[1], s[5], s[6])
                            .check(in -> conv2d(in.get(0), in.get(1), stride, padding));
                }
            }
        }
    }

    @Test
    void maxPool2dPassesTheGradientToEachWindowsMaximum() {
        GradientCheck.withSeed(1).input("x", -1, 1, 2, 3, 4, 6).check(in -> maxPool2d(in.get(0), 2));
        GradientCheck.withSeed(2).input("x", -1, 1, 1, 2, 6, 3).check(in -> maxPool2d(in.get(0), 3));
        GradientCheck.withSeed(3).input("x", -1, 1, 3, 4).check(in -> maxPool2d(in.get(0), 1));
    }

    @Test
    void avgPool2dSpreadsTheGradientEvenly() {
        GradientCheck.withSeed(1).input("x", -1, 1, 2, 3, 4, 6).check(in -> avgPool2d(in.get(0), 2));
        GradientCheck.withSeed(2).input("x", -1, 1, 1, 2, 6, 3).check(in -> avgPool2d(in.get(0), 3));
    }

    /** The gradient ops are differentiated too: a gradient norm as a cost needs them (second order). */
    @Test
    void secondDerivativesGoThroughTheGradientOps() {
        GradientCheck.withSeed(4).input("x", -1, 1, 2, 2, 5, 5).input("w", -1, 1, 3, 2, 3, 3)
                .check(in -> {
                    var cost = GraphOps.sum(GraphOps.unary(Op.TANH, conv2d(in.get(0), in.get(1), 2, 1)));
                    var grads = Autodiff.grad(cost, in);
                    return GraphOps.add(GraphOps.sum(GraphOps.unary(Op.SQUARE, grads.get(0))),
                            GraphOps.sum(GraphOps.unary(Op.SQUARE, grads.get(1))));
                });
        GradientCheck.withSeed(5).input("x", -1, 1, 1, 2, 4, 4)
                .check(in -> {
                    var pooled = GraphOps.add(maxPool2d(in.get(0), 2), avgPool2d(in.get(0), 2));
                    var cost = GraphOps.sum(GraphOps.unary(Op.TANH, pooled));
                    return GraphOps.sum(GraphOps.unary(Op.SQUARE, Autodiff.grad(cost, in).get(0)));
                });
    }
}
