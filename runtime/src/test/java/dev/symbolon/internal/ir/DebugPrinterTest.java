package dev.symbolon.internal.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.runtime.DType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebugPrinterTest {
    private final Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 1));
    private final Node w = GraphOps.shared("w", Type.of(DType.FLOAT64, 1));

    @Test
    void printsEachNodeOnceWithItsTopologicalId() {
        Node s = GraphOps.unary(Op.SIGMOID, GraphOps.mul(x, w));
        Node cost = GraphOps.reduce(Op.SUM, GraphOps.add(s, GraphOps.unary(Op.LOG, s)), false);
        assertEquals("""
                sum{axes=[0]} id=6 float64[]
                 |add id=5 float64[?]
                 | |sigmoid id=3 float64[?]
                 | | |mul id=2 float64[?]
                 | | | |x id=0 float64[?]
                 | | | |w id=1 float64[?]
                 | |log id=4 float64[?]
                 | | |sigmoid id=3 float64[?] ...
                """, DebugPrinter.print(cost));
    }

    @Test
    void printsSeveralRootsAndConstants() {
        Node two = GraphOps.constant(2, DType.INT32);
        Node i = GraphOps.input("i", Type.scalar(DType.INT32));
        Node product = GraphOps.mul(i, two);
        assertEquals("""
                mul id=2 int32[]
                 |i id=0 int32[]
                 |2 id=1 int32[]
                transpose{[1, 0]} id=5 float64[?,?]
                 |reshape{[2, -1]} id=4 float64[?,?]
                 | |x id=3 float64[?]
                """, DebugPrinter.print(List.of(product, GraphOps.transpose(GraphOps.reshape(x, 2, -1)))));
    }
}
