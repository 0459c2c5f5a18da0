package dev.symbolon.internal.ir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.runtime.DType;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each graph error, raised by building the graph it refuses: its id, its sentence and its position. */
class GraphErrorTest {
    private static final SourcePosition LINE = new SourcePosition("Model.java", 7);

    // first, so that the nodes below are built at LINE: autodiff names the position of its wrt
    private final SourcePosition.Scope scope = SourcePosition.enter(LINE);
    private final Node x = GraphOps.input("score", Type.scalar(DType.FLOAT64));
    private final Node v = GraphOps.input("items", Type.of(DType.FLOAT64, 1));
    private final Node m = GraphOps.input("grid", Type.of(DType.FLOAT64, 2));
    private final Node t = GraphOps.input("cube", Type.of(DType.FLOAT64, 3));
    private final Node i = GraphOps.input("index", Type.scalar(DType.INT32));
    private final Node flags = GraphOps.compare(Op.GT, v, GraphOps.constant(0, DType.FLOAT64));
    private final Node w = GraphOps.shared("weights", Type.of(DType.FLOAT64, 1));
    private final Node count = GraphOps.shared("steps", Type.scalar(DType.INT32));
    @AfterEach
    void leaveLine() {
        scope.close();
    }

    private static void assertError(GraphError error, String sentence, Executable build) {
        GraphException e = assertThrows(GraphException.class, build);
        assertEquals(error, e.error());
        assertEquals(LINE, e.position());
        assertEquals("[" + error.id() + "] " + sentence + " (at Model.java:7)", e.getMessage());
    }

    @Test
    void gradOfANonScalarCost() {
        assertError(GraphError.GRAD_NON_SCALAR_COST, "grad needs a scalar cost, but this cost is a Vector float64[?];"
                + " reduce it first, e.g. grad(sum(cost), wrt) or grad(mean(cost), wrt)",
                () -> Autodiff.grad(GraphOps.unary(Op.EXP, v), v));
    }

    @Test
    void gradOfAnIntegerCost() {
        assertError(GraphError.GRAD_NON_FLOAT_COST, "grad needs a float cost, but this cost has dtype int32;"
                + " compute the cost in float32 or float64", () -> Autodiff.grad(GraphOps.mul(i, i), x));
    }

    @Test
    void gradWithRespectToAnUnusedValue() {
        assertError(GraphError.GRAD_WRT_UNUSED, "the cost does not depend on 'score', so its gradient is undefined;"
                + " differentiate with respect to a parameter, @Shared field or intermediate value the cost uses",
                () -> Autodiff.grad(GraphOps.sum(v), x));
    }

    @Test
    void gradWithRespectToAnInteger() {
        assertError(GraphError.GRAD_WRT_NOT_FLOAT, "cannot differentiate with respect to 'index' of dtype int32:"
                + " gradients exist only for float values; differentiate with respect to a float value",
                () -> Autodiff.grad(GraphOps.cast(i, DType.FLOAT64), i));
    }

    @Test
    void updateOfAValueThatIsNotShared() {
        try (Trace trace = Trace.open()) {
            assertError(GraphError.UPDATE_TARGET_NOT_SHARED, "update(...) needs a @Shared field of this class as its"
                    + " first argument, but score float64[] at Model.java:7 is not one; annotate the field"
                    + " with @Shared, or update a @Shared field", () -> Trace.record(x, x));
        }
    }

    @Test
    void updateWithAValueOfAnotherRankOrKind() {
        String advice = "; give update(...) a value of the field's rank whose dtype converts to the field's"
                + " without changing kind (no float into an integer field: cast it first)";
        assertError(GraphError.UPDATE_TYPE_MISMATCH, "the new value of @Shared field 'weights' is a Scalar float64[],"
                + " but the field is a Vector float64[?]" + advice, () -> Trace.convertUpdate(w, x));
        assertError(GraphError.UPDATE_TYPE_MISMATCH, "the new value of @Shared field 'steps' is a Scalar float64[],"
                + " but the field is a Scalar int32[]" + advice, () -> Trace.convertUpdate(count, x));
    }

    @Test
    void anUpdateConvertsToTheFieldsDtype() {
        assertEquals(Type.scalar(DType.INT32), Trace.convertUpdate(count, GraphOps.cast(i, DType.INT64)).type());
    }

    @Test
    void updateOfOneFieldTwice() {
        try (Trace trace = Trace.open()) {
            Trace.record(w, v);
            assertError(GraphError.DUPLICATE_UPDATE, "@Shared field 'weights' is updated twice in one call; all updates"
                    + " apply together, so compute the final value and write one update(...) for it",
                    () -> Trace.record(w, GraphOps.neg(v)));
            assertEquals(1, trace.updates().size());
        }
    }

    @Test
    void quotientOfFloats() {
        assertError(GraphError.INTEGER_OPERANDS_ONLY, "quotient takes integers (Java's / on int and long), but its"
                + " operands are Scalar float64[], Scalar int32[]; divide floats with div",
                () -> GraphOps.quotient(x, i));
    }

    @Test
    void boolOperands() {
        assertError(GraphError.BOOL_OPERAND, "neg does not take bool values, but its operand is Vector bool[?];"
                + " choose numbers with where(condition, 1, 0), or cast it to an integer dtype first",
                () -> GraphOps.neg(flags));
        for (Op op : List.of(Op.MAX, Op.MIN, Op.ARGMAX)) {
            GraphException e = assertThrows(GraphException.class, () -> GraphOps.reduce(op, flags, false));
            assertEquals(GraphError.BOOL_OPERAND, e.error());
        }
    }

    @Test
    void supremumOfIntegers() {
        assertError(GraphError.FLOAT_OPERAND_ONLY, "supremum needs a float operand, where -inf exists, but its operand"
                + " is Scalar int32[]", () -> GraphOps.reduce(Op.SUPREMUM, i, false));
    }

    @Test
    void argmaxOverTwoAxes() {
        assertError(GraphError.ARGMAX_AXES, "argmax takes one axis or none, without keepDims, but got axes [0, 1] of a"
                + " Tensor(rank 3) float64[?,?,?]", () -> GraphOps.reduce(Op.ARGMAX, t, false, 0, 1));
        assertError(GraphError.ARGMAX_AXES, "argmax takes one axis or none, without keepDims, but got axes [0] with"
                + " keepDims of a Matrix float64[?,?]", () -> GraphOps.reduce(Op.ARGMAX, m, true, 0));
    }

    @Test
    void dotOfATensor() {
        assertError(GraphError.DOT_RANKS, "dot takes vectors and matrices, but its operands are Tensor(rank 3)"
                + " float64[?,?,?], Vector float64[?]; reshape them first", () -> GraphOps.dot(t, v));
    }

    @Test
    void batchedDotOfATensorAndAVector() {
        assertError(GraphError.MATMUL_RANKS, "dot takes vectors and matrices, or rank-3 tensors batched with each other"
                + " or with a matrix, but its operands are Tensor(rank 3) float64[?,?,?], Vector float64[?]; reshape them"
                + " first", () -> LinearAlgebraOps.dot(t, v));
    }

    @Test
    void diagAndTraceOfATensor() {
        assertError(GraphError.DIAG_RANK, "diag takes a Vector or a Matrix, but its operand is Tensor(rank 3)"
                + " float64[?,?,?]", () -> LinearAlgebraOps.diag(t));
        assertError(GraphError.DIAG_RANK, "trace takes a Matrix, but its operand is Vector float64[?]",
                () -> LinearAlgebraOps.trace(v));
    }

    @Test
    void tensordotAxisListsOfDifferentLengths() {
        assertError(GraphError.TENSORDOT_AXES, "tensordot sums over pairs of axes, axesA [1] of a Matrix float64[?,?]"
                + " with axesB [0, 1] of a Tensor(rank 3) float64[?,?,?], but the lists differ in length; list each"
                + " operand's axes once, within its rank, as many for a as for b",
                () -> LinearAlgebraOps.tensordot(m, t, new int[] {1}, new int[] {0, 1}));
    }

    @Test
    void tensordotRepeatedAndOutOfRangeAxes() {
        assertError(GraphError.TENSORDOT_AXES, "tensordot sums over pairs of axes, axesA [0, -3] of a Tensor(rank 3)"
                + " float64[?,?,?] with axesB [0, 1] of a Tensor(rank 3) float64[?,?,?], but axis -3 of a is repeated;"
                + " list each operand's axes once, within its rank, as many for a as for b",
                () -> LinearAlgebraOps.tensordot(t, t, new int[] {0, -3}, new int[] {0, 1}));
        assertError(GraphError.TENSORDOT_AXES, "tensordot sums over pairs of axes, axesA [0] of a Matrix float64[?,?]"
                + " with axesB [1] of a Vector float64[?], but axis 1 of b is outside its 1 axes; list each"
                + " operand's axes once, within its rank, as many for a as for b",
                () -> LinearAlgebraOps.tensordot(m, v, new int[] {0}, new int[] {1}));
    }

    @Test
    void outerOfAMatrix() {
        assertError(GraphError.OUTER_RANKS, "outer takes two vectors, but its operands are Matrix float64[?,?], Vector"
                + " float64[?]; reshape them first", () -> GraphOps.outer(m, v));
    }

    @Test
    void transposeWithoutAPermutation() {
        assertError(GraphError.TRANSPOSE_PERMUTATION, "transpose of a Tensor(rank 3) float64[?,?,?] needs a"
                + " permutation of its axes, each of 0..2 once, but got [0, 0, 1]",
                () -> GraphOps.transpose(t, 0, 0, 1));
        assertError(GraphError.TRANSPOSE_PERMUTATION, "transpose of a Matrix float64[?,?] needs a permutation of its"
                + " axes, each of 0..1 once, but got [0]", () -> GraphOps.transpose(m, 0));
    }

    @Test
    void reshapeToImpossibleSizes() {
        String rule = ": each size must be at least 0, except one that may be -1 (inferred from the others)";
        assertError(GraphError.RESHAPE_SIZES, "reshape of a Vector float64[?] to [-2]" + rule,
                () -> GraphOps.reshape(v, -2));
        assertError(GraphError.RESHAPE_SIZES, "reshape of a Vector float64[?] to [-1, -1]" + rule,
                () -> GraphOps.reshape(v, -1, -1));
    }

    @Test
    void broadcastWithAxesOutOfPlace() {
        assertError(GraphError.BROADCAST_AXES, "broadcastLike cannot insert axes [0, 1] into a Vector float64[?] to"
                + " broadcast it like a Matrix float64[?,?]", () -> GraphOps.broadcastLike(v, m, 0, 1));
    }

    @Test
    void softmaxAndCrossentropyNeedAnAxis() {
        assertError(GraphError.NO_AXIS, "softmax needs at least one dimension, but its operand is a Scalar float64[]",
                () -> GraphOps.softmax(Op.SOFTMAX, x));
        assertError(GraphError.NO_AXIS, "categoricalCrossentropy needs at least one dimension, but its operand is a"
                + " Scalar float64[]", () -> GraphOps.categoricalCrossentropy(x, x));
    }

    @Test
    void axisOutOfRange() {
        assertError(GraphError.AXIS_OUT_OF_RANGE, "sum axis -3 is out of range for 2 dimensions; operand: Matrix"
                + " float64[?,?]", () -> GraphOps.sum(m, -3));
    }

    @Test
    void axisGivenTwice() {
        assertError(GraphError.AXIS_REPEATED, "mean axis 1 is given twice; operand: Matrix float64[?,?]",
                () -> GraphOps.reduce(Op.MEAN, m, false, 1, -1));
    }

    @Test
    void theExceptionKeepsItsArguments() {
        GraphException e = assertThrows(GraphException.class, () -> GraphOps.sum(v, 2));
        assertArrayEquals(new Object[] {"sum", 2, 1, "Vector float64[?]"}, e.arguments());
    }
}
