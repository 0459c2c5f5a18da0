package dev.symbolon.internal.ir;

import static dev.symbolon.internal.ir.GraphOps.error;
import static dev.symbolon.internal.ir.GraphOps.operands;

import dev.symbolon.runtime.DType;

/**
 * Linear algebra beyond {@code dot} of vectors and matrices, as composites of existing ops, so that
 * gradients, type rules and code follow from theirs: the batched product of rank-3 operands
 * ({@code matmul}), {@code diag} and {@code trace}.
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
}
