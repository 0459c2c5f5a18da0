package dev.symbolon.internal.autodiff;

import static dev.symbolon.internal.ir.ConvolutionOps.avgPool2d;
import static dev.symbolon.internal.ir.ConvolutionOps.avgPool2dGrad;
import static dev.symbolon.internal.ir.ConvolutionOps.conv2d;
import static dev.symbolon.internal.ir.ConvolutionOps.conv2dFilterGrad;
import static dev.symbolon.internal.ir.ConvolutionOps.conv2dInputGrad;
import static dev.symbolon.internal.ir.ConvolutionOps.maxPool2dGrad;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;

/**
 * The derivatives of the convolution ops. conv2d is bilinear in its input and filters, and its two
 * gradient ops are bilinear too, so each one's gradient is one of the three again (the convolution, its
 * transpose in the input, its correlation in the filters) and derivatives of every order exist. The
 * pools' gradients are linear in g: their own gradients in g pool again. The shape models (the last input
 * of the gradient ops) and the pooled x of maxPool2dGrad get none: a model passes only its shape, and
 * which element is a window's maximum is constant almost everywhere.
 */
final class ConvolutionGradients {
    private ConvolutionGradients() {}

    static Node inputGradient(Node node, int k, Node g) {
        int[] window = node.window();
        Node x = node.input(0);
        return switch (node.op()) {
            case CONV2D -> k == 0 ? conv2dInputGrad(g, node.input(1), x, window[0], window[1])
                    : conv2dFilterGrad(x, g, node.input(1), window[0], window[1]);
            // y = A_w^T g with A_w x = conv2d(x, w): <h, y> = <conv2d(h, w), g>
            case CONV2D_INPUT_GRAD -> switch (k) {
                case 0 -> conv2d(g, node.input(1), window[0], window[1]);
                case 1 -> conv2dFilterGrad(g, x, node.input(1), window[0], window[1]);
                default -> null;
            };
            // y = d<conv2d(x, w), gy>/dw: <h, y> = <conv2d(x, h), gy>
            case CONV2D_FILTER_GRAD -> switch (k) {
                case 0 -> conv2dInputGrad(node.input(1), g, x, window[0], window[1]);
                case 1 -> conv2d(x, g, window[0], window[1]);
                default -> null;
            };
            case MAX_POOL2D -> maxPool2dGrad(g, x, window[0]);
            // each window's h at its maximum: the windows' sums of h masked to the maxima
            case MAX_POOL2D_GRAD -> k == 0 ? windowSums(GraphOps.mul(g, maxima(x, node.input(1), window[0])),
                    window[0]) : null;
            case AVG_POOL2D -> avgPool2dGrad(g, x, window[0]);
            // spreading evenly is the transpose of averaging
            case AVG_POOL2D_GRAD -> k == 0 ? avgPool2d(g, window[0]) : null;
            default -> throw new IllegalArgumentException(node.op() + " is not a convolution op");
        };
    }

    /** Ones at the first maximum of each window of x, zeros elsewhere; {@code pooled} has the windows' shape. */
    private static Node maxima(Node pooled, Node x, int size) {
        return maxPool2dGrad(GraphOps.broadcastLike(GraphOps.constant(1.0, pooled.type().dtype()), pooled), x, size);
    }

    private static Node windowSums(Node h, int size) {
        return GraphOps.mul(avgPool2d(h, size), GraphOps.constant((double) size * size, h.type().dtype()));
    }
}
