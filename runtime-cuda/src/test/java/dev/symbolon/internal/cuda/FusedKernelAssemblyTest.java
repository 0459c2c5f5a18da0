package dev.symbolon.internal.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FusedKernelAssemblyTest {
    static Stream<Arguments> groups() {
        return Stream.of(
                Arguments.of("arithmeticF64", (Supplier<Node[]>) Groups::arithmeticF64),
                Arguments.of("extremaF32", (Supplier<Node[]>) Groups::extremaF32),
                Arguments.of("castsBetweenWidths", (Supplier<Node[]>) Groups::castsBetweenWidths),
                Arguments.of("scalarBroadcast", (Supplier<Node[]>) Groups::scalarBroadcast));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void emittedKernelAssemblesForTuringAndHopper(String name, Supplier<Node[]> graph) throws Exception {
        Path ptxas = Ptxas.require();
        PtxKernel kernel = FusedKernelEmitter.emit(Groups.of(graph.get()), name);
        for (String arch : new String[] {"sm_75", "sm_90"}) {
            String log = Ptxas.assemble(ptxas, kernel.text(), arch);
            assertTrue(log.contains("0 bytes spill stores"), log);
        }
    }

    @Test
    void kernelBindsOperandsAndMaterializedMembers() {
        Node[] roots = Groups.arithmeticF64();
        PtxKernel kernel = FusedKernelEmitter.emit(Groups.of(roots), "k");
        // rank-0 operands first (s and s*s, computed outside the loop, read once), then y and x per
        // element in the order the members first read them; 0.5 is an immediate
        assertEquals(4, kernel.inputs().size());
        assertEquals("s", kernel.inputs().get(0).name());
        assertEquals(Op.MUL, kernel.inputs().get(1).op());
        assertEquals("y", kernel.inputs().get(2).name());
        assertEquals("x", kernel.inputs().get(3).name());
        assertEquals(2, kernel.outputs().size());
        assertTrue(kernel.outputs().get(1) == roots[1], "the last root is the second output");
        assertTrue(kernel.text().contains("0d3FE0000000000000"), kernel.text());
        assertTrue(kernel.text().startsWith(".version 7.0\n.target sm_70\n.address_size 64\n"), kernel.text());
    }

    @Test
    void transcendentalOpIsRefusedNamingTheOp() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 1));
        Node y = GraphOps.add(GraphOps.unary(Op.EXP, x), x);
        UnsupportedKernelException e = assertThrows(UnsupportedKernelException.class,
                () -> FusedKernelEmitter.emit(Groups.of(y), "k"));
        assertTrue(e.getMessage().startsWith("exp float64[?]"), e.getMessage());
        assertTrue(e.getMessage().contains("has no PTX yet: kernels compute neg, abs"), e.getMessage());
    }

    @Test
    void integerGroupIsRefused() {
        Node i = GraphOps.input("i", Type.of(DType.INT64, 1));
        UnsupportedKernelException e = assertThrows(UnsupportedKernelException.class,
                () -> FusedKernelEmitter.emit(Groups.of(GraphOps.add(i, i)), "k"));
        assertTrue(e.getMessage().contains("is int64; kernels compute float64 and float32 only"), e.getMessage());
    }

    @Test
    void groupWithAccumulatedSumIsRefused() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 1));
        Node sq = GraphOps.mul(x, x);
        UnsupportedKernelException e = assertThrows(UnsupportedKernelException.class,
                () -> FusedKernelEmitter.emit(Groups.of(GraphOps.sum(sq), sq), "k"));
        assertTrue(e.getMessage().contains("kernels with reductions are not written yet"), e.getMessage());
    }
}
