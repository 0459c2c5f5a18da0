package dev.symbolon.internal.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class MatrixKernelTest {
    /** Operand ranks 1 or 2, each 2-d one stored as is or transposed, in both float dtypes. */
    static Stream<Arguments> products() {
        return Stream.of(DType.FLOAT64, DType.FLOAT32).flatMap(dtype -> Stream.of(
                Arguments.of(dtype, 2, false, 2, false), Arguments.of(dtype, 2, true, 2, false),
                Arguments.of(dtype, 2, false, 2, true), Arguments.of(dtype, 2, true, 2, true),
                Arguments.of(dtype, 2, false, 1, false), Arguments.of(dtype, 2, true, 1, false),
                Arguments.of(dtype, 1, false, 2, false), Arguments.of(dtype, 1, false, 2, true),
                Arguments.of(dtype, 1, false, 1, false)));
    }

    static Node operand(String name, DType dtype, int rank, boolean transposed) {
        Node stored = GraphOps.input(name, Type.of(dtype, rank));
        return transposed ? GraphOps.transpose(stored) : stored;
    }

    static Node dot(DType dtype, int rankA, boolean transposeA, int rankB, boolean transposeB) {
        return GraphOps.dot(operand("a", dtype, rankA, transposeA), operand("b", dtype, rankB, transposeB));
    }

    @ParameterizedTest(name = "{0} a{1}{2} b{3}{4}")
    @MethodSource("products")
    void productKernelsAssembleForTuringAndHopper(DType dtype, int rankA, boolean transposeA, int rankB,
            boolean transposeB) throws Exception {
        Path ptxas = Ptxas.require();
        Ptxas.assembleWithoutSpills(ptxas, MatrixProductEmitter.emit(dot(dtype, rankA, transposeA, rankB, transposeB), "p").text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("softmaxes")
    void softmaxKernelsAssembleForTuringAndHopper(Op op, DType dtype) throws Exception {
        Path ptxas = Ptxas.require();
        Node x = GraphOps.input("x", Type.of(dtype, 2));
        Ptxas.assembleWithoutSpills(ptxas, SoftmaxKernelEmitter.emit(GraphOps.softmax(op, x), "s").text());
    }

    static Stream<Arguments> softmaxes() {
        return Stream.of(Op.SOFTMAX, Op.LOG_SOFTMAX).flatMap(op ->
                Stream.of(Arguments.of(op, DType.FLOAT64), Arguments.of(op, DType.FLOAT32)));
    }

    @Test
    void transposedOperandIsReadInPlaceFromTheTransposesInput() {
        Node dot = dot(DType.FLOAT64, 2, true, 2, false);
        KernelLaunch launch = MatrixProductEmitter.emit(dot, "p");
        assertEquals(Grid.TILES, launch.grid());
        assertEquals(List.of(Argument.size("m"), Argument.size("n"), Argument.size("k"),
                Argument.input(dot.input(0).input(0)), Argument.input(dot.input(1)), Argument.output(dot)),
                launch.arguments());
        assertTrue(launch.text().contains(".shared .align 8 .b8 tile_a[8448]"), launch.text());
    }

    @Test
    void matrixTimesVectorIsBlockPerRowAndTransposedOneIsThreadPerColumn() {
        KernelLaunch plain = MatrixProductEmitter.emit(dot(DType.FLOAT32, 2, false, 1, false), "mv");
        assertEquals("mv_rows", plain.entry());
        assertEquals(Grid.PER_ROW, plain.grid());
        KernelLaunch transposed = MatrixProductEmitter.emit(dot(DType.FLOAT32, 2, true, 1, false), "mv");
        assertEquals("mv_columns", transposed.entry());
        assertEquals(Grid.STRIDED, transposed.grid());
        assertEquals(List.of(Argument.size("n"), Argument.size("k")), transposed.arguments().subList(0, 2));
    }

    @Test
    void softmaxIsOneBlockPerRowOverTheLastAxis() {
        Node x = GraphOps.input("x", Type.of(DType.FLOAT32, 3));
        Node softmax = GraphOps.softmax(Op.LOG_SOFTMAX, x);
        KernelLaunch launch = SoftmaxKernelEmitter.emit(softmax, "s");
        assertEquals(Grid.PER_ROW, launch.grid());
        assertEquals(List.of(Argument.size("rows"), Argument.size("length"), Argument.input(x), Argument.output(softmax)),
                launch.arguments());
    }
}
