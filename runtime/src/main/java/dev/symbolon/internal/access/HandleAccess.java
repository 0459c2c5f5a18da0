package dev.symbolon.internal.access;

import dev.symbolon.SymbolicValue;
import dev.symbolon.Tensor;
import dev.symbolon.internal.ir.Node;

/**
 * The package-private members of {@code dev.symbolon} that front ends need: the node under a handle
 * and the handle of a node. Implemented in that package and registered with {@link Internals}.
 */
public interface HandleAccess {
    /** The handle class of {@code node}'s rank: Scalar, Vector, Matrix, or else Tensor. */
    SymbolicValue handle(Node node);

    /** A {@code Tensor} handle on {@code node}, whatever its rank. */
    Tensor tensor(Node node);

    Node node(SymbolicValue handle);
}
