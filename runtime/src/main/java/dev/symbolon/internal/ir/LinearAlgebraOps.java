package dev.symbolon.internal.ir;

import static dev.symbolon.internal.ir.GraphOps.error;
import static dev.symbolon.internal.ir.GraphOps.operands;

import dev.symbolon.runtime.DType;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Linear algebra beyond {@code dot} of vectors and matrices, as composites of existing ops, so that
 * gradients, type rules and code follow from theirs: the batched product of rank-3 operands
 * ({@code matmul}), {@code diag}, {@code trace} and {@code tensordot}.
 */
public final class LinearAlgebraOps {
    private LinearAlgebraOps() {}

    /**
     * {@code dot} as NumPy's {@code matmul} where an operand has rank 3: {@code (b, m, k)} by
     * {@code (b, k, n)} gives {@code (b, m, n)}, a matrix operand broadcasting over the batch. The
     * products are formed by broadcasting {@code (b, m, k, 1)} against {@code (b, 1, k, n)} and summed
     * over {@code k}; vectors and matrices keep {@link GraphOps#dot}.
     */
    public static Node dot(Node a, Node b) {
        if (a.rank() <= 2 && b.rank() <= 2) {
            return GraphOps.dot(a, b);
        }
        if (a.rank() < 2 || a.rank() > 3 || b.rank() < 2 || b.rank() > 3) {
            throw error(GraphError.MATMUL_RANKS, Op.DOT, operands(a, b));
        }
        Node columns = IndexingOps.expandDims(a, a.rank());
        Node rows = IndexingOps.expandDims(b, b.rank() - 2);
        Node products = GraphOps.mul(columns, rows);
        // a sum of integers is int64; dot keeps the operands' promoted dtype
        return GraphOps.cast(GraphOps.reduce(Op.SUM, products, false, products.rank() - 2), products.type().dtype());
    }

    /**
     * NumPy's {@code diag}: of a vector, the square matrix with it on the diagonal and zeros elsewhere;
     * of a matrix, its diagonal {@code x[i, i]} for {@code i < min(rows, columns)}.
     */
    public static Node diag(Node x) {
        if (x.rank() == 1) {
            Node positions = IndexingOps.arange(GraphOps.size(x, DType.INT64, 0));
            Node onDiagonal = GraphOps.compare(Op.EQ, GraphOps.reshape(positions, -1, 1), positions);
            return GraphOps.where(onDiagonal, x, GraphOps.constant(0, x.type().dtype()));
        }
        if (x.rank() != 2) {
            throw error(GraphError.DIAG_RANK, "diag", "a Vector or a Matrix", operands(x));
        }
        Node length = GraphOps.binary(Op.MINIMUM, GraphOps.size(x, DType.INT64, 0), GraphOps.size(x, DType.INT64, 1));
        Node positions = IndexingOps.arange(length);
        Node rows = IndexingOps.take(x, positions, 0);
        return GraphOps.reshape(IndexingOps.takeAlongAxis(rows, GraphOps.reshape(positions, -1, 1), 1), -1);
    }

    /** The sum of a matrix's diagonal, {@code sum(diag(x))}. */
    public static Node trace(Node x) {
        if (x.rank() != 2) {
            throw error(GraphError.DIAG_RANK, "trace", "a Matrix", operands(x));
        }
        return GraphOps.sum(diag(x));
    }

    /**
     * NumPy's {@code tensordot(a, b, (axesA, axesB))}: the products summed over each pair of axes
     * {@code axesA[i]} of {@code a} and {@code axesB[i]} of {@code b}, the result's axes being a's other
     * axes then b's, in order; negative axes count from the end. As NumPy does, a is transposed to
     * {@code (freeA..., summed...)} and b to {@code (summed..., freeB...)}, each flattened to a matrix (or
     * a vector, where a side has no axes), multiplied by {@link GraphOps#dot} and the product unflattened
     * to {@code (freeA..., freeB...)}. A reshape takes one unknown size only, so the flattenings reshape
     * like a model of the run-time sizes ({@link GraphOps#reshapeLike}). Without pairs it is the
     * broadcast product of a, with b's axes appended as size-1 axes, and b.
     */
    public static Node tensordot(Node a, Node b, int[] axesA, int[] axesB) {
        if (axesA.length != axesB.length) {
            throw axesError(a, b, axesA, axesB, "the lists differ in length");
        }
        int[] summedA = normalized(a, axesA, "a", a, b, axesA, axesB);
        int[] summedB = normalized(b, axesB, "b", a, b, axesA, axesB);
        int[] freeA = others(a.rank(), summedA);
        int[] freeB = others(b.rank(), summedB);
        if (summedA.length == 0) {
            Node left = a;
            for (int i = 0; a.rank() > 0 && i < b.rank(); i++) {
                left = IndexingOps.expandDims(left, left.rank());
            }
            return GraphOps.mul(left, b);
        }
        // one pair is checked by dot; the product of several sizes is not, so each pair is checked apart
        Node summedSize = summedA.length == 1 ? null : pairedSize(a, summedA, b, summedB);
        Node left = flattened(GraphOps.transpose(a, join(freeA, summedA)), freeA.length, summedSize, false);
        Node right = flattened(GraphOps.transpose(b, join(summedB, freeB)), summedB.length, summedSize, true);
        Node product = GraphOps.dot(left, right);
        if (freeA.length <= 1 && freeB.length <= 1) {
            return product;
        }
        // a model of shape (freeA..., freeB...): the positions along each free axis, broadcast together
        int rank = freeA.length + freeB.length;
        Node model = null;
        for (int i = 0; i < rank; i++) {
            Node size = i < freeA.length ? GraphOps.size(a, DType.INT64, freeA[i])
                    : GraphOps.size(b, DType.INT64, freeB[i - freeA.length]);
            int[] shape = new int[rank];
            Arrays.fill(shape, 1);
            shape[i] = -1;
            Node positions = GraphOps.reshape(IndexingOps.arange(size), shape);
            model = model == null ? positions : GraphOps.mul(model, positions);
        }
        return GraphOps.reshapeLike(product, model);
    }

    /**
     * {@code x} as a matrix of its first {@code split} axes by the others, or as a vector where one of the
     * two has no axes. {@code summedSize}, where not null, is the checked size of the summed side, the
     * columns of a or, {@code summedFirst}, the rows of b.
     */
    private static Node flattened(Node x, int split, Node summedSize, boolean summedFirst) {
        if (summedSize == null && (x.rank() == 1 || x.rank() == 2 && split == 1)) {
            return x;
        }
        Node rows = split == 0 ? null : summedFirst && summedSize != null ? summedSize
                : GraphOps.size(x, DType.INT64, IntStream.range(0, split).toArray());
        Node columns = split == x.rank() ? null : !summedFirst && summedSize != null ? summedSize
                : GraphOps.size(x, DType.INT64, IntStream.range(split, x.rank()).toArray());
        Node model = rows == null ? IndexingOps.arange(columns) : columns == null ? IndexingOps.arange(rows)
                : GraphOps.mul(GraphOps.reshape(IndexingOps.arange(rows), -1, 1),
                        GraphOps.reshape(IndexingOps.arange(columns), 1, -1));
        return GraphOps.reshapeLike(x, model);
    }

    /**
     * The product of the paired axes' sizes, each pair's positions multiplied first: a shape error where
     * a pair's sizes differ, which the product alone could hide ((3, 4) against (4, 3)).
     */
    private static Node pairedSize(Node a, int[] summedA, Node b, int[] summedB) {
        Node total = null;
        for (int i = 0; i < summedA.length; i++) {
            Node pair = GraphOps.mul(IndexingOps.arange(GraphOps.size(a, DType.INT64, summedA[i])),
                    IndexingOps.arange(GraphOps.size(b, DType.INT64, summedB[i])));
            Node size = GraphOps.size(pair, DType.INT64, 0);
            total = total == null ? size : GraphOps.mul(total, size);
        }
        return total;
    }

    /** {@code axes} of {@code x} counted from 0, each within x's rank and given once. */
    private static int[] normalized(Node x, int[] axes, String operand, Node a, Node b, int[] axesA, int[] axesB) {
        int[] out = new int[axes.length];
        boolean[] seen = new boolean[x.rank()];
        for (int i = 0; i < axes.length; i++) {
            int axis = axes[i] < 0 ? axes[i] + x.rank() : axes[i];
            if (axis < 0 || axis >= x.rank()) {
                throw axesError(a, b, axesA, axesB, "axis " + axes[i] + " of " + operand + " is outside its "
                        + x.rank() + " axes");
            }
            if (seen[axis]) {
                throw axesError(a, b, axesA, axesB, "axis " + axes[i] + " of " + operand + " is repeated");
            }
            seen[axis] = true;
            out[i] = axis;
        }
        return out;
    }

    /** The axes of a rank-{@code rank} value outside {@code axes}, in order. */
    private static int[] others(int rank, int[] axes) {
        return IntStream.range(0, rank).filter(i -> Arrays.stream(axes).noneMatch(axis -> axis == i)).toArray();
    }

    private static int[] join(int[] first, int[] second) {
        return IntStream.concat(Arrays.stream(first), Arrays.stream(second)).toArray();
    }

    private static GraphException axesError(Node a, Node b, int[] axesA, int[] axesB, String problem) {
        return error(GraphError.TENSORDOT_AXES, Arrays.toString(axesA), operands(a), Arrays.toString(axesB),
                operands(b), problem);
    }
}
