package dev.symbolon.internal.autodiff;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.LinearAlgebraOps;
import dev.symbolon.internal.ir.Op;
import org.junit.jupiter.api.Test;

/** Gradients of the batched dot, diag, trace and tensordot against central finite differences in several shapes. */
class LinearAlgebraGradientTest {
    @Test
    void batchedDotOfTwoBatches() {
        for (int batch : new int[] {1, 3}) {
            GradientCheck.withSeed(batch).input("a", -1, 1, batch, 2, 3).input("b", -1, 1, batch, 3, 4)
                    .check(in -> LinearAlgebraOps.dot(in.get(0), in.get(1)));
        }
    }

    @Test
    void batchedDotWithAMatrixOnEitherSide() {
        GradientCheck.withSeed(5).input("a", -1, 1, 2, 3, 4).input("m", -1, 1, 4, 2)
                .check(in -> LinearAlgebraOps.dot(in.get(0), in.get(1)));
        GradientCheck.withSeed(6).input("m", -1, 1, 2, 3).input("b", -1, 1, 4, 3, 1)
                .check(in -> GraphOps.unary(Op.TANH, LinearAlgebraOps.dot(in.get(0), in.get(1))));
    }

    @Test
    void diagOfAVectorAndOfAMatrix() {
        GradientCheck.withSeed(7).input("v", -1, 1, 4).check(in -> LinearAlgebraOps.diag(in.get(0)));
        for (int[] shape : new int[][] {{3, 3}, {2, 4}, {4, 2}}) {
            GradientCheck.withSeed(shape[1]).input("x", -1, 1, shape)
                    .check(in -> GraphOps.unary(Op.EXP, LinearAlgebraOps.diag(in.get(0))));
        }
    }

    @Test
    void traceOfSquareAndOblongMatrices() {
        for (int[] shape : new int[][] {{3, 3}, {2, 5}}) {
            GradientCheck.withSeed(shape[1]).input("x", -1, 1, shape)
                    .check(in -> LinearAlgebraOps.trace(in.get(0)));
        }
    }

    @Test
    void tensordotOverTwoPairsOnePairAndNone() {
        GradientCheck.withSeed(11).input("a", -1, 1, 2, 3, 4).input("b", -1, 1, 4, 3, 2)
                .check(in -> LinearAlgebraOps.tensordot(in.get(0), in.get(1), new int[] {1, 2}, new int[] {1, 0}));
        GradientCheck.withSeed(12).input("a", -1, 1, 2, 3, 4).input("c", -1, 1, 3, 2)
                .check(in -> GraphOps.unary(Op.TANH,
                        LinearAlgebraOps.tensordot(in.get(0), in.get(1), new int[] {-2}, new int[] {0})));
        GradientCheck.withSeed(13).input("x", -1, 1, 2, 3).input("v", -1, 1, 2)
                .check(in -> LinearAlgebraOps.tensordot(in.get(0), in.get(1), new int[] {}, new int[] {}));
    }

    @Test
    void tensordotOfMatricesAndOfEveryAxis() {
        GradientCheck.withSeed(14).input("m", -1, 1, 3, 2).input("n", -1, 1, 3, 4)
                .check(in -> LinearAlgebraOps.tensordot(in.get(0), in.get(1), new int[] {0}, new int[] {0}));
        GradientCheck.withSeed(16).input("v", -1, 1, 3).input("a", -1, 1, 2, 3, 4)
                .check(in -> LinearAlgebraOps.tensordot(in.get(0), in.get(1), new int[] {0}, new int[] {1}));
        GradientCheck.withSeed(15).input("a", -1, 1, 2, 3).input("b", -1, 1, 3, 2)
                .check(in -> LinearAlgebraOps.tensordot(in.get(0), in.get(1), new int[] {0, 1}, new int[] {1, 0}));
    }
}
