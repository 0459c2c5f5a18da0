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
     * axes then b's, in order; negative axes count from the end. One pair between operands of at most two
     * axes is {@link GraphOps#dot} of their transposes. Otherwise, since a reshape takes one unknown size
     * only and the sizes are known at run time, a is lined up as {@code (freeA..., 1..., summed...)} and b
     * as {@code (freeB..., summed...)}, multiplied by broadcasting and summed over the trailing summed
     * axes: exact, the products held once, and summed sizes that differ are the product's shape error.
     */
    public static Node tensordot(Node a, Node b, int[] axesA, int[] axesB) {
        if (axesA.length != axesB.length) {
            throw axesError(a, b, axesA, axesB, "the lists differ in length");
        }
        int[] summedA = normalized(a, axesA, "a", a, b, axesA, axesB);
        int[] summedB = normalized(b, axesB, "b", a, b, axesA, axesB);
        int[] freeA = others(a.rank(), summedA);
        int[] freeB = others(b.rank(), summedB);
        if (summedA.length == 1 && a.rank() <= 2 && b.rank() <= 2) {
            return GraphOps.dot(GraphOps.transpose(a, join(freeA, summedA)), GraphOps.transpose(b, join(summedB, freeB)));
        }
        Node left = GraphOps.transpose(a, join(freeA, summedA));
        // size-1 axes put b's free axes after a's; without free axes on one side, alignment from the right does it
        for (int i = 0; freeA.length > 0 && i < freeB.length; i++) {
            left = IndexingOps.expandDims(left, freeA.length);
        }
        Node products = GraphOps.mul(left, GraphOps.transpose(b, join(freeB, summedB)));
        if (summedA.length == 0) {
            return products;
        }
        int[] summed = IntStream.range(freeA.length + freeB.length, products.rank()).toArray();
        // a sum of integers is int64; tensordot keeps the operands' promoted dtype, as dot does
        return GraphOps.cast(GraphOps.reduce(Op.SUM, products, false, summed), products.type().dtype());
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
