package dev.symbolon.internal.interpreter;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.shape.ShapeChecks;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import dev.symbolon.internal.shape.ShapeChecks;
import dev.symbolon.internal.shape.Shapes;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Composes the messages of run-time shape errors: the op's function name, the problem, the source
 * position, in the words of {@link ShapeChecks}, so that the interpreter and compiled code say the same.
 */
final class ShapeErrors {
    private ShapeErrors() {}

    /** {@code "dot: inner dimensions differ: [3, 4] and [5] at Model.java:12"}. */
    static ShapeException error(Node node, String problem) {
        String op = node.op().functionName();
        return node.position().isKnown()
                ? ShapeChecks.error(op, node.position().toString(), problem)
                : new ShapeException(op + ": " + problem);
    }

    /** The number of elements of {@code node}'s result of this shape, checked before anything is allocated. */
    static int resultSize(Node node, int[] shape) {
        try {
            return Shapes.size(shape);
        } catch (ShapeException e) {
            ShapeException tooLarge = error(node, ShapeChecks.tooLarge(shape));
            tooLarge.initCause(e);
            throw tooLarge;
        }
    }

    static String shape(NDArray a) {
        return ShapeChecks.format(a.shape());
    }

    /** The operands' shapes, as {@code [2, 3] and [4]}. */
    static String shapes(List<NDArray> operands) {
        return operands.stream().map(ShapeErrors::shape).collect(Collectors.joining(" and "));
    }
}
