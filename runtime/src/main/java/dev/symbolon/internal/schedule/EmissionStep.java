package dev.symbolon.internal.schedule;

import dev.symbolon.internal.ir.Node;
import java.util.List;

/**
 * What a generated method computes next: one node by itself, a group of nodes in one loop, or a pass
 * over the rows of a matrix.
 */
public sealed interface EmissionStep permits EmissionStep.Single, FusedGroup, RowPass {
    /** The nodes the step computes. */
    List<Node> nodes();

    /** A node emitted by itself, as {@link NodeEmitter#emit} does. */
    record Single(Node node) implements EmissionStep {
        @Override
        public List<Node> nodes() {
            return List.of(node);
        }
    }
}
