package dev.symbolon.internal.interpreter;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.shape.Shapes;
import dev.symbolon.runtime.NDArray;
import java.util.Arrays;

/** Ops that move elements without computing (transpose, the reshapes, broadcastLike) or read only the shape (size). */
final class ShapeOps {
    private ShapeOps() {}

    /** Output dimension i is input dimension {@code permutation[i]}. */
    static NDArray transpose(Node node, NDArray x) {
        int[] permutation = node.permutation();
        int[] in = x.shape();
        int[] inStrides = Shapes.strides(in);
        int[] shape = new int[in.length];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = in[permutation[i]];
        }
        int[] map = new int[x.size()];
        for (int i = 0; i < map.length; i++) {
            int[] coords = Indexing.coordinates(i, shape);
            for (int d = 0; d < coords.length; d++) {
                map[i] += coords[d] * inStrides[permutation[d]];
            }
        }
        return Values.gather(x, shape, map);
    }

    /** Reshapes to {@link Node#shape()}, inferring its one -1 entry, if any, from the size. */
    static NDArray reshape(Node node, NDArray x) {
        int[] shape = node.shape();
        int known = 1;
        int inferred = -1;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == -1) {
                inferred = d;
            } else {
                known *= shape[d];
            }
        }
        if (inferred >= 0) {
            if (known == 0 || x.size() % known != 0) {
                throw ShapeErrors.error(node, "cannot reshape " + ShapeErrors.shape(x) + " into "
                        + Arrays.toString(shape));
            }
            shape[inferred] = x.size() / known;
        }
        return reshapeTo(node, x, shape);
    }

    /** Reshapes {@code x} to the run-time shape of {@code model}. */
    static NDArray reshapeLike(Node node, NDArray x, NDArray model) {
        return reshapeTo(node, x, model.shape());
    }

    private static NDArray reshapeTo(Node node, NDArray x, int[] shape) {
        int size = ShapeErrors.resultSize(node, shape);
        if (size != x.size()) {
            throw ShapeErrors.error(node, "cannot reshape " + ShapeErrors.shape(x) + " (" + x.size()
                    + " elements) into " + Arrays.toString(shape) + " (" + size + " elements)");
        }
        // copied, so that no computed value shares data with another
        return x.copy().reshape(shape);
    }

    /**
     * {@code x} with size-1 dimensions inserted at the node's axes, then broadcast to {@code model}'s
     * shape. Only inserted dimensions, missing leading ones and those {@code x}'s type marks
     * broadcastable repeat; every other dimension must equal the model's.
     */
    static NDArray broadcastLike(Node node, NDArray x, NDArray model) {
        int[] inserted = node.axes();
        int[] xShape = x.shape();
        boolean[] xBroadcastable = node.input(0).type().broadcastable();
        int rank = xShape.length + inserted.length;
        int[] expanded = new int[rank];
        boolean[] repeats = new boolean[rank];
        for (int d = 0, k = 0; d < rank; d++) {
            if (Arrays.binarySearch(inserted, d) >= 0) {
                expanded[d] = 1;
                repeats[d] = true;
            } else {
                expanded[d] = xShape[k];
                repeats[d] = xBroadcastable[k++];
            }
        }
        int[] target = model.shape();
        int offset = target.length - rank;
        for (int d = 0; d < rank; d++) {
            if (!repeats[d] && expanded[d] != target[d + offset]) {
                throw ShapeErrors.error(node, "cannot broadcast " + ShapeErrors.shape(x) + " with inserted axes "
                        + Arrays.toString(inserted) + " to " + ShapeErrors.shape(model));
            }
        }
        return Values.gather(x, target, Indexing.broadcastMap(expanded, target));
    }

    /** The number of elements of x along the node's axes, as a scalar of the node's dtype. */
    static NDArray size(Node node, NDArray x) {
        int[] shape = x.shape();
        double count = 1;
        for (int axis : node.axes()) {
            count *= shape[axis];
        }
        return Values.ofDoubles(node.type().dtype(), new int[0], new double[] {count});
    }
}
