package dev.symbolon.internal.interpreter;

import static dev.symbolon.internal.interpreter.Fixtures.eval;
import static dev.symbolon.internal.interpreter.Fixtures.matrix;
import static dev.symbolon.internal.interpreter.Fixtures.of;
import static dev.symbolon.internal.interpreter.Fixtures.scalar;
import static dev.symbolon.internal.interpreter.Fixtures.vector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Shape errors name the op, the operand shapes and the line of the model that built the op. */
class ShapeErrorsTest {
    private static final NDArray M34 = NDArray.wrap(new double[12], 3, 4);

    /**
     * Builds the graph as if on line 12 of Model.java. A node keeps the position of its first build,
     * so these tests use leaf names no other test uses.
     */
    @SuppressWarnings("try") // the scope is entered for its effect on the nodes built inside it
    private static Node atLine12(Supplier<Node> build) {
        try (var s = SourcePosition.enter(new SourcePosition("Model.java", 12))) {
            return build.get();
        }
    }

    private static String failure(Node node, Object... leaves) {
        return assertThrows(ShapeException.class, () -> eval(node, leaves)).getMessage();
    }

    @Test
    void dotWithDifferentInnerDimensions() {
        Node dot = atLine12(() -> GraphOps.dot(matrix("left"), vector("right")));
        assertEquals("dot: inner dimensions differ: [3, 4] and [5] at Model.java:12",
                failure(dot, "left", M34, "right", of(1, 2, 3, 4, 5)));
    }

    @Test
    void elementwiseOperandsThatDoNotBroadcast() {
        Node add = atLine12(() -> GraphOps.add(matrix("left"), vector("right")));
        assertEquals("add: shapes [3, 4] and [3] do not broadcast: sizes 4 and 3 in dimension 1 of the result"
                + " at Model.java:12", failure(add, "left", M34, "right", of(1, 2, 3)));
    }

    @Test
    void aSizeOneDimensionBroadcastsOnlyWhereTheTypeSaysSo() {
        // as in Theano: a vector input of run-time size 1 is not a broadcastable one
        Node add = atLine12(() -> GraphOps.add(matrix("left"), vector("right")));
        assertEquals("add: shapes [3, 4] and [1] do not broadcast: sizes 4 and 1 in dimension 1 of the result"
                + " at Model.java:12", failure(add, "left", M34, "right", of(1)));
    }

    @Test
    void reshapeToAnotherSize() {
        Node reshape = atLine12(() -> GraphOps.reshape(matrix("left"), 5, -1));
        assertEquals("reshape: cannot reshape [3, 4] into [5, -1] at Model.java:12", failure(reshape, "left", M34));
        Node fixed = atLine12(() -> GraphOps.reshape(matrix("left"), 2, 5));
        assertEquals("reshape: cannot reshape [3, 4] (12 elements) into [2, 5] (10 elements) at Model.java:12",
                failure(fixed, "left", M34));
    }

    @Test
    void reshapeLikeToAnotherSize() {
        Node like = atLine12(() -> GraphOps.reshapeLike(vector("values"), matrix("left")));
        assertEquals("reshapeLike: cannot reshape [5] (5 elements) into [3, 4] (12 elements) at Model.java:12",
                failure(like, "values", of(1, 2, 3, 4, 5), "left", M34));
    }

    @Test
    void broadcastLikeOfAnIncompatibleShape() {
        Node like = atLine12(() -> GraphOps.broadcastLike(vector("values"), matrix("left"), 1));
        assertEquals("broadcastLike: cannot broadcast [4] with inserted axes [1] to [3, 4] at Model.java:12",
                failure(like, "values", of(1, 2, 3, 4), "left", M34));
    }

    @Test
    void leafOfTheWrongRank() {
        Node x = atLine12(() -> matrix("rankChecked"));
        Node exp = GraphOps.unary(Op.EXP, x);
        assertEquals("input: rankChecked expects rank 2 (Matrix), given shape [3] at Model.java:12", failure(exp, "rankChecked", of(1, 2, 3)));
    }

    @Test
    void leafWithSizeOtherThanOneInABroadcastableDimension() {
        Node column = atLine12(() -> GraphOps.shared("c", Type.of(DType.FLOAT64, false, true)));
        assertEquals("shared: c of type float64[?,1] needs size 1 in dimension 1, given shape [3, 4] at Model.java:12",
                failure(column, "c", M34));
    }

    @Test
    void leafOfTheWrongDtypeIsRefusedNotConverted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> eval(vector("values"), "values", NDArray.wrap(new float[] {1}, 1)));
        assertEquals("input values expects dtype float64, given float32", e.getMessage());
    }

    @Test
    void missingLeafValueNamesTheLeaf() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> eval(GraphOps.add(scalar("a"), scalar("b")), "a", NDArray.scalar(1.0)));
        assertEquals("no value given for input b", e.getMessage());
    }

    @Test
    void resultsTooLargeForAJavaArrayAreShapeErrorsOfTheirOp() {
        NDArray big = NDArray.zeros(DType.FLOAT64, 65_536);
        Node outer = atLine12(() -> GraphOps.outer(vector("huge"), vector("huge")));
        assertEquals("outer: the result of shape [65536, 65536] has more elements than a Java array holds (2147483647)"
                + " at Model.java:12", failure(outer, "huge", big));
        Node column = atLine12(() -> GraphOps.reshape(vector("tall"), -1, 1));
        Node product = atLine12(() -> GraphOps.dot(column, GraphOps.reshape(vector("wide"), 1, -1)));
        assertEquals("dot: the result of shape [46341, 46341] has more elements than a Java array holds (2147483647)"
                + " at Model.java:12", failure(product, "tall", NDArray.zeros(DType.FLOAT64, 46_341), "wide",
                NDArray.zeros(DType.FLOAT64, 46_341)));
        Node broadcast = atLine12(() -> GraphOps.mul(column, vector("wide")));
        assertEquals("mul: the result of shape [65536, 65536] has more elements than a Java array holds (2147483647)"
                + " at Model.java:12", failure(broadcast, "tall", big, "wide", big));
    }
}
