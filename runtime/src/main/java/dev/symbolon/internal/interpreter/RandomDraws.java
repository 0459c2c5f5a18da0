package dev.symbolon.internal.interpreter;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.random.DrawCall;
import dev.symbolon.internal.random.Draws;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;

/** The draws, by the definition in {@link Draws} that generated code calls too. */
final class RandomDraws {
    private RandomDraws() {}

    static NDArray draw(Node node, Draws.Kind kind, NDArray like, double p, DrawCall call) {
        int[] shape = like.shape();
        return node.type().dtype() == DType.FLOAT32
                ? NDArray.wrap(Draws.float32(kind, call, node.drawKey(), p, like.size()), shape)
                : NDArray.wrap(Draws.float64(kind, call, node.drawKey(), p, like.size()), shape);
    }
}
