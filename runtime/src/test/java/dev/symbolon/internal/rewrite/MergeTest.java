package dev.symbolon.internal.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nodes are identified with their position; the optimizer unites equal expressions written on other lines. */
class MergeTest {
    private static final SourcePosition LINE_5 = new SourcePosition("Model.java", 5);
    private static final SourcePosition LINE_9 = new SourcePosition("Model.java", 9);

    @Test
    void theSameExpressionOnTwoLinesIsTwoNodesEachNamingItsLine() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 1));
        Node first = tanhAt(LINE_5, x);
        Node second = tanhAt(LINE_9, x);
        assertNotSame(first, second);
        assertEquals(LINE_9, second.position());
        assertSame(first, tanhAt(LINE_5, x), "the same expression at the same position is one node");
    }

    @Test
    void optimizingUnitesThemUnderTheFirstPosition() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 1));
        Node sum = GraphOps.add(tanhAt(LINE_5, x), tanhAt(LINE_9, x));
        Node merged = Optimizer.optimize(List.of(sum)).get(0);
        assertSame(merged.input(0), merged.input(1));
        assertEquals(LINE_5, merged.input(0).position());
    }

    @Test
    void mergingReachesAcrossRoots() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 1));
        List<Node> merged = Optimizer.optimize(List.of(tanhAt(LINE_5, x), tanhAt(LINE_9, x)));
        assertSame(merged.get(0), merged.get(1));
    }

    private static Node tanhAt(SourcePosition position, Node x) {
        try (var scope = SourcePosition.enter(position)) {
            return GraphOps.unary(Op.TANH, x);
        }
    }
}
