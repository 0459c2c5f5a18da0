package dev.symbolon.internal.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.IndexingOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Gradients of the picks (scatter-adds, repeated indices summed), of slices and of concatenate,
 * against central finite differences in several shapes.
 */
class IndexingGradientTest {
    /** {@code [0, 1, 2, 0, 1, ...]}: n indices into an axis of 3, repeating. */
    private static Node repeating(int n) {
        return GraphOps.binary(Op.REM, IndexingOps.arange(n), GraphOps.constant(3, DType.INT64));
    }

    @Test
    void takeSumsTheGradientOfRepeatedIndices() {
        for (int rows : new int[] {1, 2, 4}) {
            GradientCheck.withSeed(rows).input("x", -1, 1, rows, 3)
                    .check(in -> IndexingOps.take(in.get(0), repeating(5), 1));
            GradientCheck.withSeed(rows).input("x", -1, 1, 3, rows)
                    .check(in -> IndexingOps.take(in.get(0), GraphOps.reshape(repeating(4), 2, 2), 0));
        }
    }

    @Test
    void getPassesTheGradientToItsEntry() {
        GradientCheck.withSeed(1).input("x", -1, 1, 3, 2)
                .check(in -> IndexingOps.get(in.get(0), GraphOps.constant(-1, DType.INT64)));
        GradientCheck.withSeed(2).input("v", -1, 1, 4)
                .check(in -> IndexingOps.get(in.get(0), GraphOps.constant(2, DType.INT32)));
    }

    @Test
    void takeAlongAxisScattersBackIntoEachRow() {
        for (int rows : new int[] {1, 3, 4}) {
            GradientCheck.withSeed(rows).input("p", 0.1, 1, rows, 3)
                    .check(in -> GraphOps.unary(Op.LOG, IndexingOps.takeAlongAxis(in.get(0),
                            GraphOps.reshape(repeating(rows), -1, 1), 1)));
        }
        // indices broadcast along the rows: each column picks from the same rows
        GradientCheck.withSeed(5).input("x", -1, 1, 3, 4)
                .check(in -> IndexingOps.takeAlongAxis(in.get(0), GraphOps.reshape(repeating(5), 5, 1), 0));
    }

    @Test
    void sliceAndItsScatterPassTheGradientOfTheSlicedPart() {
        GradientCheck.withSeed(1).input("x", -1, 1, 3, 4).check(in -> IndexingOps.slice(in.get(0), 1, 1, -1));
        GradientCheck.withSeed(2).input("x", -1, 1, 3, 4).check(in -> IndexingOps.slice(in.get(0), 0, -2, 100));
        GradientCheck.withSeed(3).input("g", -1, 1, 2, 4).input("model", -1, 1, 3, 4)
                .check(in -> IndexingOps.scatterSlice(in.get(0), in.get(1), new int[] {0, 1, 3}));
    }

    @Test
    void scatterAddsGradientIsATake() {
        GradientCheck.withSeed(4).input("g", -1, 1, 2, 5).input("model", -1, 1, 2, 3)
                .check(in -> IndexingOps.scatterAdd(in.get(0), repeating(5), in.get(1), 1));
        GradientCheck.withSeed(6).input("g", -1, 1, 4, 1).input("model", -1, 1, 4, 3)
                .check(in -> IndexingOps.scatterAddAlongAxis(in.get(0), GraphOps.reshape(repeating(4), -1, 1),
                        in.get(1), 1));
    }

    @Test
    void concatenateSplitsTheGradient() {
        GradientCheck.withSeed(1).input("a", -1, 1, 2, 3).input("b", -1, 1, 4, 3)
                .check(in -> IndexingOps.concatenate(0, in.get(0), in.get(1)));
        GradientCheck.withSeed(2).input("a", -1, 1, 2, 1).input("b", -1, 1, 2, 3).input("c", -1, 1, 2, 2)
                .check(in -> IndexingOps.concatenate(1, in));
        GradientCheck.withSeed(3).input("a", -1, 1, 3).input("b", -1, 1, 2)
                .check(in -> GraphOps.unary(Op.EXP, IndexingOps.concatenate(0, in.get(0), in.get(1))));
    }

    @Test
    void stackSplitsTheGradient() {
        for (int axis = -3; axis <= 2; axis++) {
            int a = axis;
            GradientCheck.withSeed(4 + axis).input("a", -1, 1, 2, 3).input("b", -1, 1, 2, 3)
                    .input("c", -1, 1, 2, 3).check(in -> GraphOps.unary(Op.SIN, IndexingOps.stack(a, in)));
        }
        GradientCheck.withSeed(9).input("s", -1, 1).input("t", -1, 1)
                .check(in -> IndexingOps.stack(0, in));
    }

    @Test
    void theGradientOfPickingTheSameEntryTwiceIsTwo() {
        Node v = GraphOps.input("v", Type.of(DType.FLOAT64, 1));
        Node twice = IndexingOps.take(v, GraphOps.binary(Op.MUL, IndexingOps.arange(2), GraphOps.constant(0,
                DType.INT64)), 0);
        Node grad = Autodiff.grad(GraphOps.sum(twice), v);
        NDArray value = Interpreter.evaluate(List.of(grad), Map.of(v, NDArray.of(new double[] {5, 6, 7}))::get).get(0);
        assertArrayEquals(new double[] {2, 0, 0}, value.toDoubleArray());
    }
}
