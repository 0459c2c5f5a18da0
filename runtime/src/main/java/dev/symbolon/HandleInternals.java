package dev.symbolon;

import dev.symbolon.internal.access.HandleAccess;
import dev.symbolon.internal.access.Internals;
import dev.symbolon.internal.ir.Node;

/** This package's side of {@link Internals}: between handles and the nodes under them. */
final class HandleInternals implements HandleAccess {
    @Override
    public SymbolicValue handle(Node node) {
        return SymbolicValue.of(node);
    }

    @Override
    public Tensor tensor(Node node) {
        return new Tensor(node);
    }

    @Override
    public Node node(SymbolicValue handle) {
        return handle.node();
    }
}
