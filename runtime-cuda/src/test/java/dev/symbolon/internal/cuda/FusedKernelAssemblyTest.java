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
import java.util.List;
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

    /** Groups whose kernels match the interpreter within the transcendental sequences' few ulp, not bit for bit. */
    static Stream<Arguments> transcendentalGroups() {
        return Stream.of(
                Arguments.of("transcendentalF64", (Supplier<Node[]>) Groups::transcendentalF64),
                Arguments.of("transcendentalF32", (Supplier<Node[]>) Groups::transcendentalF32));
    }

    /** Groups that accumulate sums or means in their loop: a kernel plus a finishing launch per reduction. */
    static Stream<Arguments> reducingGroups() {
        return Stream.of(
                Arguments.of("sumAndMeanF64", (Supplier<Node[]>) Groups::sumAndMeanF64),
                Arguments.of("sumOfInputF32", (Supplier<Node[]>) Groups::sumOfInputF32));
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcendentalGroups")
    void transcendentalKernelAssemblesWithoutSpills(String name, Supplier<Node[]> graph) throws Exception {
        Path ptxas = Ptxas.require();
        Ptxas.assembleWithoutSpills(ptxas, FusedKernelEmitter.emit(Groups.of(graph.get()), name).text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reducingGroups")
    void reducingGroupLaunchesAssemble(String name, Supplier<Node[]> graph) throws Exception {
        Path ptxas = Ptxas.require();
        for (KernelLaunch launch : FusedKernelEmitter.launches(Groups.of(graph.get()), name)) {
            Ptxas.assembleWithoutSpills(ptxas, launch.text());
        }
    }

    @Test
    void transcendentalsAreCorrectlyRoundedStepsWithoutApproximations() {
        String text = FusedKernelEmitter.emit(Groups.of(Groups.transcendentalF64()), "t").text();
        assertTrue(text.contains("fma.rn.f64"), text);
        assertTrue(text.contains("div.rn.f64"), text);
        assertTrue(!text.contains("approx"), "no approximate instruction: the Java model must give the same bits");
        String f32 = FusedKernelEmitter.emit(Groups.of(Groups.transcendentalF32()), "t").text();
        assertTrue(f32.contains("cvt.f64.f32") && f32.contains("cvt.rn.f32.f64"), "float32 computes in float64");
    }

    @Test
    void reducingGroupIsKernelThenOneFinishPerReduction() {
        Node[] roots = Groups.sumAndMeanF64();
        dev.symbolon.internal.schedule.FusedGroup group = Groups.of(roots);
        List<KernelLaunch> launches = FusedKernelEmitter.launches(group, "g");
        assertEquals(3, launches.size());
        KernelLaunch kernel = launches.get(0);
        assertEquals(KernelLaunch.Grid.STRIDED, kernel.grid());
        List<KernelLaunch.Argument> arguments = kernel.arguments();
        assertEquals(KernelLaunch.Argument.size("n"), arguments.get(0));
        assertEquals(KernelLaunch.Argument.scratch("values0", group.reductions().get(0)), arguments.get(arguments.size() - 2));
        assertEquals(KernelLaunch.Argument.scratch("values1", group.reductions().get(1)), arguments.get(arguments.size() - 1));
        assertTrue(kernel.text().contains(".param .u64 g_values1"), kernel.text());
        assertEquals("g_finish0", launches.get(1).entry());
        assertEquals(KernelLaunch.Argument.scratch("values1", group.reductions().get(1)), launches.get(2).arguments().get(1));
        assertTrue(launches.get(2).arguments().contains(KernelLaunch.Argument.size("n")), "the mean divides by n");
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
    void opWithoutSequenceIsRefusedNamingTheOp() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 1));
        Node y = GraphOps.add(GraphOps.unary(Op.SIN, x), x);
        UnsupportedKernelException e = assertThrows(UnsupportedKernelException.class,
                () -> FusedKernelEmitter.emit(Groups.of(y), "k"));
        assertTrue(e.getMessage().startsWith("sin float64[?]"), e.getMessage());
        assertTrue(e.getMessage().contains("has no PTX yet: kernels compute neg, abs"), e.getMessage());
        assertTrue(e.getMessage().contains("exp, expm1, log, log1p, tanh, sigmoid, softplus"), e.getMessage());
    }

    @Test
    void integerGroupIsRefused() {
        Node i = GraphOps.input("i", Type.of(DType.INT64, 1));
        UnsupportedKernelException e = assertThrows(UnsupportedKernelException.class,
                () -> FusedKernelEmitter.emit(Groups.of(GraphOps.add(i, i)), "k"));
        assertTrue(e.getMessage().contains("is int64; kernels compute float64 and float32 only"), e.getMessage());
    }

    @Test
    void groupWithAccumulatedSumNeedsTheLaunchList() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 1));
        Node sq = GraphOps.mul(x, x);
        UnsupportedKernelException e = assertThrows(UnsupportedKernelException.class,
                () -> FusedKernelEmitter.emit(Groups.of(GraphOps.sum(sq), sq), "k"));
        assertTrue(e.getMessage().contains("takes a second launch per reduction"), e.getMessage());
    }
}
