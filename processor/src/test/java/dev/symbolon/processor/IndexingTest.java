package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static dev.symbolon.processor.Generated.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.symbolon.runtime.NDArray;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Indexing and the arrays the DSL makes, from @Symbolic source, compiled and run. */
class IndexingTest {
    static final JavaFileObject PICKS = symbolicClass("Picks",
            "    @Symbolic static Vector row(Matrix x, int i) { return x.get(i); }",
            "    @Symbolic static Vector lastRow(Matrix x) { return x.get(-1); }",
            "    @Symbolic static Matrix columns(Matrix x, @Int64 Vector i) { return take(x, i, 1); }",
            "    @Symbolic static Vector picked(Matrix p, @Int64 Vector y) {",
            "        return takeAlongAxis(p, y.reshape(-1, 1), 1).reshape(-1);",
            "    }",
            "    @Symbolic static Matrix inner(Matrix x) { return slice(x, 1, 1, -1); }",
            "    @Symbolic static Matrix made(@Int64 Vector labels) {",
            "        return oneHot(labels, 3).plus(eye(3)).plus(zerosLike(eye(3))).plus(onesLike(eye(3)));",
            "    }",
            "    @Symbolic static Vector range(int n) { return arange(n); }");

    private static final double[][] X = {{1, 2, 3}, {4, 5, 6}};

    @Test
    void indexingFunctionsCompileAndComputeAsNumPy() {
        Compilation compilation = compile(PICKS);
        assertThat(compilation).succeededWithoutWarnings();
        Generated picks = new Generated(Compilations.load(compilation, "tutorial.CompiledPicks"));
        assertThat(((NDArray) picks.call("row", types(double[][].class, int.class), X, 1)).toDoubleArray())
                .isEqualTo(new double[] {4, 5, 6});
        assertThat(((NDArray) picks.call("lastRow", types(double[][].class), (Object) X)).toDoubleArray())
                .isEqualTo(new double[] {4, 5, 6});
        assertThat(((NDArray) picks.call("columns", types(double[][].class, long[].class), X, new long[] {2, 0, 2}))
                .toDoubleArray()).isEqualTo(new double[] {3, 1, 3, 6, 4, 6});
        assertThat(((NDArray) picks.call("picked", types(double[][].class, long[].class), X, new long[] {2, 0}))
                .toDoubleArray()).isEqualTo(new double[] {3, 4});
        assertThat(((NDArray) picks.call("inner", types(double[][].class), (Object) X)).toDoubleArray())
                .isEqualTo(new double[] {2, 5});
        assertThat(((NDArray) picks.call("made", types(long[].class), (Object) new long[] {1, 2, 0}))
                .toDoubleArray()).isEqualTo(new double[] {2, 2, 1, 1, 2, 2, 2, 1, 2});
        assertThat(((NDArray) picks.call("range", types(int.class), 3)).toLongArray()).isEqualTo(new long[] {0, 1, 2});
    }

    @Test
    void anIndexOutOfRangeNamesTheCallTheOpTheIndexTheSizeAndTheLine() {
        Compilation compilation = compile(PICKS);
        Generated picks = new Generated(Compilations.load(compilation, "tutorial.CompiledPicks"));
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                () -> picks.call("row", types(double[][].class, int.class), X, 2));
        assertEquals("row(x: [2, 3], i: []): take: index 2 is out of range for axis 0 of size 2 at Picks.java:9",
                e.getMessage());
    }
}
