package dev.symbolon.internal.interpreter;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.shape.ShapeChecks;
import dev.symbolon.internal.shape.Shapes;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.Arrays;

/**
 * Take, takeAlongAxis, slice, concatenate and arange, and the scatters of their gradients, written
 * per element from coordinates: the oracle for the kernels of {@code internal.cpu.Indexing}. A pick
 * is a map from each result element to the operand element it reads; a scatter adds backwards along it.
 */
final class Picks {
    private Picks() {}

    static NDArray take(Node node, NDArray x, NDArray indices) {
        int[] shape = takeShape(node, x.shape(), indices.shape());
        return Values.gather(x, shape, takeMap(node, x.shape(), indices, shape));
    }

    static NDArray scatterAdd(Node node, NDArray g, NDArray indices, NDArray model) {
        int[] shape = takeShape(node, model.shape(), indices.shape());
        return scatter(node, g, model.shape(), takeMap(node, model.shape(), indices, shape));
    }

    static NDArray takeAlongAxis(Node node, NDArray x, NDArray indices) {
        int[] shape = alongAxisShape(node, x, indices);
        return Values.gather(x, shape, alongAxisMap(node, x.shape(), indices, shape));
    }

    static NDArray scatterAddAlongAxis(Node node, NDArray g, NDArray indices, NDArray model) {
        return scatter(node, g, model.shape(), alongAxisMap(node, model.shape(), indices, g.shape()));
    }

    static NDArray slice(Node node, NDArray x) {
        int[] bounds = node.sliceBounds();
        int[] shape = x.shape();
        int[] range = range(shape[bounds[0]], bounds[1], bounds[2]);
        shape[bounds[0]] = range[1] - range[0];
        return Values.gather(x, shape, sliceMap(bounds[0], range[0], x.shape(), shape));
    }

    static NDArray scatterSlice(Node node, NDArray g, NDArray model) {
        int[] bounds = node.sliceBounds();
        int[] range = range(model.shape()[bounds[0]], bounds[1], bounds[2]);
        return scatter(node, g, model.shape(), sliceMap(bounds[0], range[0], model.shape(), g.shape()));
    }

    static NDArray concatenate(Node node, NDArray a, NDArray b) {
        int axis = node.axis();
        int[] shape = a.shape();
        for (int d = 0; d < shape.length; d++) {
            if (d != axis && shape[d] != b.shape()[d]) {
                throw ShapeErrors.error(node, "dimension " + d + " differs: " + shape[d] + " and " + b.shape()[d]);
            }
        }
        long joined = (long) shape[axis] + b.shape()[axis];
        shape[axis] = (int) Math.min(joined, Integer.MAX_VALUE);
        int size = joined > Integer.MAX_VALUE ? -1 : ShapeErrors.resultSize(node, shape);
        if (size < 0) {
            throw ShapeErrors.error(node, "joining " + ShapeErrors.shape(a) + " and " + ShapeErrors.shape(b)
                    + " gives more entries along axis " + axis + " than a Java array holds (" + Integer.MAX_VALUE
                    + ")");
        }
        int[] aStrides = Shapes.strides(a.shape());
        int[] bStrides = Shapes.strides(b.shape());
        // read as one array, a's elements first, then b's
        int[] map = new int[size];
        for (int i = 0; i < size; i++) {
            int[] c = Indexing.coordinates(i, shape);
            boolean fromA = c[axis] < a.shape()[axis];
            if (!fromA) {
                c[axis] -= a.shape()[axis];
            }
            map[i] = fromA ? flat(c, aStrides) : a.size() + flat(c, bStrides);
        }
        if (a.dtype().isFloat()) {
            double[] both = concat(Values.doubles(a), Values.doubles(b));
            return Values.ofDoubles(a.dtype(), shape, Arrays.stream(map).mapToDouble(i -> both[i]).toArray());
        }
        long[] both = concat(Values.longs(a), Values.longs(b));
        return Values.ofLongs(a.dtype(), shape, Arrays.stream(map).mapToLong(i -> both[i]).toArray());
    }

    static NDArray arange(Node node, NDArray n) {
        long count = Values.longs(n)[0];
        if (count > Integer.MAX_VALUE) {
            throw ShapeErrors.error(node, "arange of " + count + " has more elements than a Java array holds ("
                    + Integer.MAX_VALUE + ")");
        }
        long[] out = new long[(int) Math.max(0, count)];
        for (int i = 0; i < out.length; i++) {
            out[i] = i;
        }
        return Values.ofLongs(node.type().dtype(), new int[] {out.length}, out);
    }

    // ---- maps

    private static int[] takeShape(Node node, int[] xShape, int[] indicesShape) {
        int axis = node.axis();
        int[] shape = new int[xShape.length - 1 + indicesShape.length];
        for (int d = 0, o = 0; d < xShape.length; d++) {
            if (d == axis) {
                for (int k : indicesShape) {
                    shape[o++] = k;
                }
            } else {
                shape[o++] = xShape[d];
            }
        }
        ShapeErrors.resultSize(node, shape);
        return shape;
    }

    /** For each element of take's result of {@code shape}: the element of x it reads. */
    private static int[] takeMap(Node node, int[] xShape, NDArray indices, int[] shape) {
        int axis = node.axis();
        int indexRank = indices.rank();
        long[] index = Values.longs(indices);
        int[] indexStrides = Shapes.strides(indices.shape());
        int[] xStrides = Shapes.strides(xShape);
        int[] map = new int[Shapes.size(shape)];
        for (int i = 0; i < map.length; i++) {
            int[] c = Indexing.coordinates(i, shape);
            int k = 0;
            for (int d = 0; d < indexRank; d++) {
                k += c[axis + d] * indexStrides[d];
            }
            int at = checked(node, index[k], xShape[axis], axis) * xStrides[axis];
            for (int d = 0; d < xShape.length; d++) {
                if (d != axis) {
                    at += c[d < axis ? d : d - 1 + indexRank] * xStrides[d];
                }
            }
            map[i] = at;
        }
        return map;
    }

    private static int[] alongAxisShape(Node node, NDArray x, NDArray indices) {
        int axis = node.axis();
        boolean[] xBroadcastable = node.input(0).type().broadcastable();
        boolean[] indexBroadcastable = node.input(1).type().broadcastable();
        int[] shape = new int[x.rank()];
        for (int d = 0; d < shape.length; d++) {
            int xd = x.shape()[d];
            int id = indices.shape()[d];
            if (d != axis && !xBroadcastable[d] && !indexBroadcastable[d] && xd != id) {
                throw ShapeErrors.error(node, "dimension " + d + " differs: " + xd + " and " + id);
            }
            shape[d] = d == axis || xBroadcastable[d] && !indexBroadcastable[d] ? id : xd;
        }
        return shape;
    }

    /** For each element of takeAlongAxis's result of {@code shape}: the element of x it reads. */
    private static int[] alongAxisMap(Node node, int[] xShape, NDArray indices, int[] shape) {
        int axis = node.axis();
        long[] index = Values.longs(indices);
        int[] indexShape = indices.shape();
        int[] xStrides = Shapes.strides(xShape);
        int[] indexStrides = Shapes.strides(indexShape);
        int[] map = new int[Shapes.size(shape)];
        for (int i = 0; i < map.length; i++) {
            int[] c = Indexing.coordinates(i, shape);
            int k = 0;
            int at = 0;
            for (int d = 0; d < c.length; d++) {
                k += (indexShape[d] == 1 ? 0 : c[d]) * indexStrides[d];
                at += d == axis || xShape[d] == 1 ? 0 : c[d] * xStrides[d];
            }
            map[i] = at + checked(node, index[k], xShape[axis], axis) * xStrides[axis];
        }
        return map;
    }

    /** For each element of a slice of {@code shape} starting at {@code start} along {@code axis}: the element of x. */
    private static int[] sliceMap(int axis, int start, int[] xShape, int[] shape) {
        int[] xStrides = Shapes.strides(xShape);
        int[] map = new int[Shapes.size(shape)];
        for (int i = 0; i < map.length; i++) {
            int[] c = Indexing.coordinates(i, shape);
            c[axis] += start;
            map[i] = flat(c, xStrides);
        }
        return map;
    }

    /** NumPy's {@code [start:stop]} of a dimension of size n, as {from, to}: negatives count from the end, both clamp. */
    private static int[] range(int n, int start, int stop) {
        long from = Math.max(0, Math.min(start < 0 ? (long) start + n : start, n));
        long to = Math.max(0, Math.min(stop < 0 ? (long) stop + n : stop, n));
        return new int[] {(int) from, (int) Math.max(from, to)};
    }

    /** Adds g's elements into zeros of {@code shape} along the map, in the node's float dtype as the kernels do. */
    private static NDArray scatter(Node node, NDArray g, int[] shape, int[] map) {
        double[] values = Values.doubles(g);
        double[] out = new double[Shapes.size(shape)];
        boolean single = node.type().dtype() == DType.FLOAT32;
        for (int i = 0; i < map.length; i++) {
            out[map[i]] = single ? (float) (out[map[i]] + values[i]) : out[map[i]] + values[i];
        }
        return Values.ofDoubles(node.type().dtype(), shape, out);
    }

    private static int checked(Node node, long index, int size, int axis) {
        if (index < -size || index >= size) {
            throw ShapeChecks.indexOutOfRange(node.op().functionName(), node.position().isKnown()
                    ? node.position().toString() : null, index, axis, size);
        }
        return (int) (index < 0 ? index + size : index);
    }

    private static int flat(int[] coordinates, int[] strides) {
        int at = 0;
        for (int d = 0; d < coordinates.length; d++) {
            at += coordinates[d] * strides[d];
        }
        return at;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
