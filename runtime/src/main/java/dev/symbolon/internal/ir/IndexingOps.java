package dev.symbolon.internal.ir;

import static dev.symbolon.internal.ir.GraphOps.error;
import static dev.symbolon.internal.ir.GraphOps.make;
import static dev.symbolon.internal.ir.GraphOps.operands;

import dev.symbolon.runtime.DType;
import java.util.List;

/**
 * The type rules of indexing and joining: take, takeAlongAxis, slice, concatenate and arange, the
 * scatters that are their gradients, and the composites built on them (get, oneHot, eye, zerosLike,
 * onesLike). Indices are checked against their dimension at run time, not here: their values are data.
 */
public final class IndexingOps {
    private IndexingOps() {}

    /** NumPy's {@code take(x, indices, axis)}: x's axis replaced by the indices' dimensions. */
    public static Node take(Node x, Node indices, int axis) {
        int a = axisOf(Op.TAKE, x, axis);
        requireIndices(Op.TAKE, indices);
        boolean[] bc = new boolean[x.rank() - 1 + indices.rank()];
        int o = 0;
        for (int d = 0; d < a; d++) {
            bc[o++] = x.type().isBroadcastable(d);
        }
        for (int d = 0; d < indices.rank(); d++) {
            bc[o++] = indices.type().isBroadcastable(d);
        }
        for (int d = a + 1; d < x.rank(); d++) {
            bc[o++] = x.type().isBroadcastable(d);
        }
        return make(Op.TAKE, List.of(x, indices), Type.of(x.type().dtype(), bc), null, 0, new int[] {a}, false);
    }

    /** {@code x.get(i)}: the i-th entry along the first axis, an int or an integer scalar. */
    public static Node get(Node x, Node index) {
        if (index.rank() != 0) {
            throw error(GraphError.INDEX_DTYPE, "get", operands(index));
        }
        return take(x, index, 0);
    }

    /** The gradient of {@link #take}: {@code g} added into zeros shaped like {@code model} at the indices. */
    public static Node scatterAdd(Node g, Node indices, Node model, int axis) {
        return make(Op.SCATTER_ADD, List.of(g, indices, model), model.type().withDtype(g.type().dtype()), null, 0,
                new int[] {axisOf(Op.SCATTER_ADD, model, axis)}, false);
    }

    /**
     * NumPy's {@code take_along_axis(x, indices, axis)}: indices of x's rank; the result has the
     * indices' size along the axis, and elsewhere the two broadcast as elementwise operands do.
     */
    public static Node takeAlongAxis(Node x, Node indices, int axis) {
        int a = axisOf(Op.TAKE_ALONG_AXIS, x, axis);
        requireIndices(Op.TAKE_ALONG_AXIS, indices);
        if (indices.rank() != x.rank()) {
            throw error(GraphError.INDEX_RANKS, Op.TAKE_ALONG_AXIS, operands(x), operands(indices));
        }
        boolean[] bc = new boolean[x.rank()];
        for (int d = 0; d < bc.length; d++) {
            bc[d] = d == a ? indices.type().isBroadcastable(d)
                    : x.type().isBroadcastable(d) && indices.type().isBroadcastable(d);
        }
        return make(Op.TAKE_ALONG_AXIS, List.of(x, indices), Type.of(x.type().dtype(), bc), null, 0, new int[] {a},
                false);
    }

    /** The gradient of {@link #takeAlongAxis}: {@code g} added into zeros shaped like {@code model}. */
    public static Node scatterAddAlongAxis(Node g, Node indices, Node model, int axis) {
        return make(Op.SCATTER_ADD_ALONG_AXIS, List.of(g, indices, model), model.type().withDtype(g.type().dtype()),
                null, 0, new int[] {axisOf(Op.SCATTER_ADD_ALONG_AXIS, model, axis)}, false);
    }

    /**
     * NumPy's {@code x[start:stop]} along {@code axis}: negative bounds count from the end, and bounds
     * past either end clamp to it, so a slice never fails (an empty one has size 0).
     */
    public static Node slice(Node x, int axis, int start, int stop) {
        int a = axisOf(Op.SLICE, x, axis);
        boolean[] bc = x.type().broadcastable();
        // a slice of a size-1 dimension may be empty
        bc[a] = false;
        return make(Op.SLICE, List.of(x), Type.of(x.type().dtype(), bc), null, 0, new int[] {a, start, stop}, false);
    }

    /** The gradient of {@link #slice}: zeros shaped like {@code model} with {@code g} where the slice was. */
    public static Node scatterSlice(Node g, Node model, int[] bounds) {
        return make(Op.SCATTER_SLICE, List.of(g, model), model.type().withDtype(g.type().dtype()), null, 0,
                bounds, false);
    }

    /** {@code a} and {@code b} joined along {@code axis}, in their promoted dtype; every other dimension must agree. */
    public static Node concatenate(int axis, Node a, Node b) {
        if (a.rank() != b.rank()) {
            throw error(GraphError.CONCATENATE_RANKS, Op.CONCATENATE, operands(a, b));
        }
        int ax = axisOf(Op.CONCATENATE, a, axis);
        DType dtype = DType.promote(a.type().dtype(), b.type().dtype());
        boolean[] bc = new boolean[a.rank()];
        for (int d = 0; d < bc.length; d++) {
            bc[d] = d != ax && a.type().isBroadcastable(d) && b.type().isBroadcastable(d);
        }
        return make(Op.CONCATENATE, List.of(GraphOps.cast(a, dtype), GraphOps.cast(b, dtype)), Type.of(dtype, bc),
                null, 0, new int[] {ax}, false);
    }

    /** Any number of operands joined along {@code axis}, as NumPy's {@code concatenate}: a chain of pairs. */
    public static Node concatenate(int axis, List<Node> xs) {
        if (xs.isEmpty()) {
            throw error(GraphError.CONCATENATE_RANKS, Op.CONCATENATE, "no operands");
        }
        Node joined = xs.get(0);
        if (xs.size() == 1) {
            axisOf(Op.CONCATENATE, joined, axis);
        }
        for (Node x : xs.subList(1, xs.size())) {
            joined = concatenate(axis, joined, x);
        }
        return joined;
    }

    /**
     * NumPy's {@code stack(xs, axis)}: operands of one rank (and, checked at run time, one shape)
     * joined along a new axis at {@code axis} of the result (negative counts from the end): each
     * operand gets a size-1 axis there, and the results are concatenated along it.
     */
    public static Node stack(int axis, List<Node> xs) {
        if (xs.isEmpty()) {
            throw error(GraphError.CONCATENATE_RANKS, "stack", "no operands");
        }
        int rank = xs.get(0).rank();
        for (Node x : xs) {
            if (x.rank() != rank) {
                throw error(GraphError.CONCATENATE_RANKS, "stack", operands(xs.toArray(Node[]::new)));
            }
        }
        int a = axis < 0 ? axis + rank + 1 : axis;
        if (a < 0 || a > rank) {
            throw error(GraphError.AXIS_OUT_OF_RANGE, "stack", axis, rank + 1, operands(xs.get(0)));
        }
        return concatenate(a, xs.stream().map(x -> expandDims(x, a)).toList());
    }

    /**
     * {@code x} with a size-1 axis inserted at {@code axis} (0 to x's rank). Reshape takes one unknown
     * size only, so the axis comes from a take of all positions of a neighbouring axis by indices
     * shaped (1, n) or (n, 1), which replace that axis by two; its gradient is the scatter that undoes it.
     */
    static Node expandDims(Node x, int axis) {
        if (x.rank() == 0) {
            return GraphOps.reshape(x, 1);
        }
        int picked = Math.min(axis, x.rank() - 1);
        Node positions = arange(GraphOps.size(x, DType.INT64, picked));
        Node indices = axis < x.rank() ? GraphOps.reshape(positions, 1, -1) : GraphOps.reshape(positions, -1, 1);
        return take(x, indices, picked);
    }

    /** {@code 0, 1, ..., n-1} as an int64 vector; {@code n} an integer scalar. */
    public static Node arange(Node n) {
        if (n.rank() != 0 || n.type().dtype().isFloat() || n.type().dtype() == DType.BOOL) {
            throw error(GraphError.ARANGE_LENGTH, Op.ARANGE, operands(n));
        }
        return make(Op.ARANGE, List.of(n), Type.of(DType.INT64, false), null, 0, null, false);
    }

    public static Node arange(int n) {
        return arange(GraphOps.constant(n, DType.INT64));
    }

    // ---- composites

    /** A float64 matrix with one row per label, 1 at the label's column and 0 elsewhere (0 for a label outside 0..depth-1). */
    public static Node oneHot(Node labels, int depth) {
        requireIndices(Op.TAKE, labels);
        Node column = labels.rank() == 0 ? labels : GraphOps.reshape(labels, -1, 1);
        return GraphOps.cast(GraphOps.compare(Op.EQ, column, arange(depth)), DType.FLOAT64);
    }

    /** The n-by-n float64 identity matrix. */
    public static Node eye(int n) {
        Node range = arange(n);
        return GraphOps.cast(GraphOps.compare(Op.EQ, GraphOps.reshape(range, -1, 1), range), DType.FLOAT64);
    }

    /** Zeros of x's shape and dtype. */
    public static Node zerosLike(Node x) {
        return GraphOps.broadcastLike(GraphOps.constant(0, x.type().dtype()), x);
    }

    /** Ones of x's shape and dtype. */
    public static Node onesLike(Node x) {
        return GraphOps.broadcastLike(GraphOps.constant(1, x.type().dtype()), x);
    }

    // ---- rules shared by the functions above

    private static int axisOf(Op op, Node x, int axis) {
        if (x.rank() < 1) {
            throw error(GraphError.NO_AXIS, op, operands(x));
        }
        return GraphOps.normalizeAxes(op, x, new int[] {axis})[0];
    }

    private static void requireIndices(Op op, Node indices) {
        DType dtype = indices.type().dtype();
        if (dtype != DType.INT32 && dtype != DType.INT64) {
            throw error(GraphError.INDEX_DTYPE, op, operands(indices));
        }
    }
}
