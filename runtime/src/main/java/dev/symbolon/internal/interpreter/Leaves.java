package dev.symbolon.internal.interpreter;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.runtime.NDArray;
import java.util.Arrays;

/** The values of leaves: given ones checked against the leaf's type, constants made from the node. */
final class Leaves {
    private Leaves() {}

    /**
     * Checks a value given for an input or shared leaf. A wrong dtype is refused rather than
     * converted, because a silent conversion would hide a mistake in whoever supplied the value.
     */
    static NDArray given(Node leaf, NDArray value) {
        String what = leaf.op().functionName() + " " + leaf.name();
        if (value == null) {
            throw new IllegalArgumentException("no value given for " + what);
        }
        if (value.dtype() != leaf.type().dtype()) {
            throw new IllegalArgumentException(what + " expects dtype " + leaf.type().dtype() + ", given "
                    + value.dtype());
        }
        int[] shape = value.shape();
        if (shape.length != leaf.rank()) {
            throw ShapeErrors.error(leaf, leaf.name() + " expects rank " + leaf.rank() + " ("
                    + leaf.type().kindName() + "), given shape " + Arrays.toString(shape));
        }
        for (int d = 0; d < shape.length; d++) {
            if (leaf.type().isBroadcastable(d) && shape[d] != 1) {
                throw ShapeErrors.error(leaf, leaf.name() + " of type " + leaf.type() + " needs size 1 in dimension "
                        + d + ", given shape " + Arrays.toString(shape));
            }
        }
        return value;
    }

    /** A constant's scalar value in its dtype; the graph stored the value already converted to that dtype. */
    static NDArray constant(Node node) {
        return node.type().dtype().isFloat()
                ? Values.ofDoubles(node.type().dtype(), new int[0], new double[] {node.value()})
                : Values.ofLongs(node.type().dtype(), new int[0], new long[] {node.longValue()});
    }
}
