package dev.symbolon.internal.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.cuda.KernelLaunch.Argument;
import dev.symbolon.internal.cuda.KernelLaunch.Grid;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReductionKernelTest {
    /** Every op over every element and over the middle axis of a 3-d array, in both float dtypes. */
    static Stream<Arguments> reductions() {
        return Stream.of(Op.SUM, Op.MEAN, Op.MAX, Op.MIN, Op.ARGMAX).flatMap(op ->
                Stream.of(DType.FLOAT64, DType.FLOAT32).flatMap(dtype -> Stream.of(
                        Arguments.of(op, dtype, true), Arguments.of(op, dtype, false))));
    }

    static Node reduction(Op op, DType dtype, boolean all) {
        Node x = GraphOps.input("x", Type.of(dtype, 3));
        return all ? GraphOps.reduce(op, x, false) : GraphOps.reduce(op, x, false, 1);
    }

    @ParameterizedTest(name = "{0} {1} all={2}")
    @MethodSource("reductions")
    void reductionKernelsAssembleForTuringAndHopper(Op op, DType dtype, boolean all) throws Exception {
        Path ptxas = Ptxas.require();
        for (KernelLaunch launch : ReductionKernelEmitter.emit(reduction(op, dtype, all), "r")) {
            Ptxas.assembleWithoutSpills(ptxas, launch.text());
        }
    }

    @Test
    void reductionOverEveryElementIsPartialsThenOneBlock() {
        Node mean = reduction(Op.MEAN, DType.FLOAT32, true);
        List<KernelLaunch> launches = ReductionKernelEmitter.emit(mean, "m");
        assertEquals(2, launches.size());
        KernelLaunch partials = launches.get(0);
        assertEquals("m_partials", partials.entry());
        assertEquals(Grid.STRIDED, partials.grid());
        assertEquals(List.of(Argument.size("n"), Argument.input(mean.input(0)), Argument.scratch("values", mean)),
                partials.arguments());
        KernelLaunch finish = launches.get(1);
        assertEquals(Grid.ONE_BLOCK, finish.grid());
        assertEquals(1024, finish.blockThreads());
        assertEquals(List.of(Argument.size("partials"), Argument.scratch("values", mean), Argument.output(mean),
                Argument.size("n")), finish.arguments());
        assertTrue(finish.text().contains(".param .u64 m_finish_n"), finish.text());
        assertTrue(finish.text().contains("cvt.rn.f32.f64"), "float32 rounds once at the end");
    }

    @Test
    void argmaxCarriesIndicesBesideValues() {
        Node argmax = reduction(Op.ARGMAX, DType.FLOAT64, true);
        List<KernelLaunch> launches = ReductionKernelEmitter.emit(argmax, "a");
        assertTrue(launches.get(0).arguments().contains(Argument.scratch("indices", argmax)));
        assertTrue(launches.get(1).text().contains("st.global.u64"), launches.get(1).text());
    }

    @Test
    void reductionAlongAnAxisIsOneBlockPerResultElement() {
        Node max = reduction(Op.MAX, DType.FLOAT64, false);
        List<KernelLaunch> launches = ReductionKernelEmitter.emit(max, "x");
        assertEquals(1, launches.size());
        assertEquals(Grid.PER_ROW, launches.get(0).grid());
        assertEquals(List.of(Argument.size("rows"), Argument.size("length"), Argument.size("inner"),
                Argument.input(max.input(0)), Argument.output(max)), launches.get(0).arguments());
    }

    @Test
    void scatteredAxesAreRefusedNamingThem() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT64, 3));
        UnsupportedKernelException e = assertThrows(UnsupportedKernelException.class,
                () -> ReductionKernelEmitter.emit(GraphOps.reduce(Op.SUM, x, false, 0, 2), "k"));
        assertTrue(e.getMessage().contains("reduces axes [0, 2]; kernels reduce every axis or a contiguous run"),
                e.getMessage());
    }

    @Test
    void integerSumIsRefused() {
        Node i = GraphOps.input("i", Type.of(DType.INT64, 1));
        UnsupportedKernelException e = assertThrows(UnsupportedKernelException.class,
                () -> ReductionKernelEmitter.emit(GraphOps.sum(i), "k"));
        assertTrue(e.getMessage().contains("is int64; kernels compute float64 and float32 only"), e.getMessage());
    }
}
