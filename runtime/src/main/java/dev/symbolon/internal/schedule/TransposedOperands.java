package dev.symbolon.internal.schedule;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Transposes that products read in place. A float64 product of two matrices multiplies the stored
 * matrix under {@code transpose(m)} with a transpose flag ({@code Gemm} packs either layout alike),
 * so the transposed copy is only made where something else reads it: the gradients of {@code dot}
 * are {@code dot(transpose(x), g)} and {@code dot(g, transpose(w))}, and without this each training
 * step would copy {@code x} and {@code w} column by column. The graph keeps its transposes; only the
 * generated code leaves out the copies, so the interpreter, autodiff and the rewrites see no change.
 */
public final class TransposedOperands {
    private TransposedOperands() {}

    /** Whether {@code product}'s operand {@code i} is a transpose that the product reads in place. */
    public static boolean readInPlace(Node product, int i) {
        return product.op() == Op.DOT && product.type().dtype() == DType.FLOAT64 && product.input(0).rank() == 2
                && product.input(1).rank() == 2 && isMatrixTranspose(product.input(i));
    }

    /**
     * The transposes in {@code order} that the method never computes: every reader reads them in
     * place, and they are not among the {@code roots} the method hands out.
     */
    static Set<Node> neverComputed(List<Node> order, List<Node> roots) {
        Set<Node> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node node : order) {
            if (isMatrixTranspose(node)) {
                candidates.add(node);
            }
        }
        candidates.removeAll(roots);
        for (Node node : order) {
            for (int i = 0; i < node.inputs().size(); i++) {
                if (!readInPlace(node, i)) {
                    candidates.remove(node.input(i));
                }
            }
        }
        return candidates;
    }

    private static boolean isMatrixTranspose(Node node) {
        return node.op() == Op.TRANSPOSE && node.rank() == 2 && node.permutation()[0] == 1;
    }
}
