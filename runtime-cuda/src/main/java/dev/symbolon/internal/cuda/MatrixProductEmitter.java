package dev.symbolon.internal.cuda;

import dev.symbolon.internal.cuda.KernelLaunch.Argument;
import dev.symbolon.internal.cuda.KernelLaunch.Grid;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;
import java.util.List;

/**
 * Kernels for {@code dot} of float64 or float32 operands, accumulating in float64 as the interpreter
 * does and rounding once. An operand that is a 2-d {@code transpose} is read in place from the
 * transpose's input (its {@link Argument} names that node), so no transposed copy is made:
 * <ul>
 * <li>row dots ({@code m×k · k}, and {@code k · (k×n)} with the matrix transposed): one block per
 *     result element, threads striding along the matrix row, a block sum at the end;</li>
 * <li>column dots ({@code k · k×n}, and {@code (k×m)ᵀ · k}): one thread per result element, walking
 *     k in order with one fma per step, so the sum is the interpreter's up to fma rounding;</li>
 * <li>matrix products: 32×32 result tiles per block of 256 threads, each thread four elements of a
 *     column (register blocking), the k dimension in 32-wide tiles staged through shared memory as
 *     float64 (zero beyond the edges), loads coalesced for either storage order; k is walked in
 *     order, so for float32 (exact products in float64) the result is the interpreter's bit for bit.</li>
 * </ul>
 * A vector·vector dot is a row dot with one row.
 */
public final class MatrixProductEmitter {
    static final int TILE = 32;
    static final int BLOCK = 256;
    private static final int ROWS_PER_THREAD = TILE * TILE / BLOCK;
    /** Shared tile rows are padded by one element so that a transposed store hits 32 different banks. */
    private static final int PITCH = TILE + 1;

    private MatrixProductEmitter() {
    }

    /**
     * The launch for {@code dot}. Row dots ({@code name_rows}, PER_ROW): rows, k, matrix, vector, out;
     * column dots ({@code name_columns}, STRIDED over n): n, k, vector, matrix, out; matrix products
     * ({@code name_tiles}, TILES): m, n, k, a, b, out. Sizes are the logical ones of the product
     * (m×k times k×n); k = 0 gives zeros; m or n of 0 is no launch.
     */
    public static KernelLaunch emit(Node dot, String name) {
        if (dot.op() != Op.DOT) {
            throw new IllegalArgumentException(dot.describe() + " is not a dot");
        }
        DType dtype = dot.type().dtype();
        if (dtype != DType.FLOAT64 && dtype != DType.FLOAT32) {
            throw new UnsupportedKernelException(dot.describe() + " is " + dtype.name().toLowerCase()
                    + "; kernels compute float64 and float32 only yet");
        }
        Node a = dot.input(0);
        Node b = dot.input(1);
        if (a.rank() == 2 && b.rank() == 2) {
            return tiles(name + "_tiles", dot, stored(a), transposed(a), stored(b), transposed(b));
        }
        if (a.rank() == 2) {
            // (m×k)·k: rows of a; (k×m)ᵀ·k: columns of the stored k×m matrix
            return transposed(a) ? columns(name + "_columns", dot, b, stored(a)) : rows(name + "_rows", dot, a, b);
        }
        if (b.rank() == 2) {
            // k·(k×n): columns of b; k·(n×k)ᵀ: rows of the stored n×k matrix
            return transposed(b) ? rows(name + "_rows", dot, stored(b), a) : columns(name + "_columns", dot, a, b);
        }
        return rows(name + "_rows", dot, a, b);
    }

    /** Whether {@code operand} is a 2-d transpose that the kernels read in place from its input. */
    static boolean transposed(Node operand) {
        return operand.op() == Op.TRANSPOSE && operand.rank() == 2 && operand.permutation()[0] == 1;
    }

    /** The node whose buffer a kernel reads for {@code operand}. */
    static Node stored(Node operand) {
        return transposed(operand) ? operand.input(0) : operand;
    }

    /** out[r] = Σ_p matrix[r·k + p]·vector[p], one block per r (a vector is one row). */
    private static KernelLaunch rows(String entry, Node dot, Node matrix, Node vector) {
        PtxWriter w = new PtxWriter(entry);
        w.sizeParameter("rows");
        String k = w.sizeParameter("k");
        String m = w.pointerParameter("matrix");
        String v = w.pointerParameter("vector");
        String out = w.pointerParameter("out");
        String row = w.special64("%ctaid.x");
        String base = w.op("mul.lo.u64", "b64", row, k);
        BlockReduction sums = new BlockReduction(w, Monoids.sum(), "sum");
        List<String> sum = sums.identity();
        w.blockLoop(k, p -> {
            String x = w.loadAsDouble(m, w.op("add.s64", "b64", base, p), matrix.type().dtype());
            String y = w.loadAsDouble(v, p, vector.type().dtype());
            w.line("fma.rn.f64 " + sum.get(0) + ", " + x + ", " + y + ", " + sum.get(0));
        });
        String total = sums.reduce(sum).get(0);
        ReductionKernelEmitter.firstThread(w, () -> w.storeFromDouble(out, row, total, dot.type().dtype()));
        return new KernelLaunch(entry, w.text(), List.of(Argument.size("rows"), Argument.size("k"),
                Argument.input(matrix), Argument.input(vector), Argument.output(dot)), Grid.PER_ROW, BLOCK);
    }

    /** out[j] = Σ_p vector[p]·matrix[p·n + j], p in order, one thread per j. */
    private static KernelLaunch columns(String entry, Node dot, Node vector, Node matrix) {
        PtxWriter w = new PtxWriter(entry);
        String n = w.sizeParameter("n");
        String k = w.sizeParameter("k");
        String v = w.pointerParameter("vector");
        String m = w.pointerParameter("matrix");
        String out = w.pointerParameter("out");
        w.gridLoop(n, j -> {
            String sum = w.op("mov.f64", "f64", "0d0000000000000000");
            String index = w.op("mov.u64", "b64", j);
            w.loop(w.op("mov.u64", "b64", "0"), k, w.op("mov.u64", "b64", "1"), p -> {
                String x = w.loadAsDouble(v, p, vector.type().dtype());
                String y = w.loadAsDouble(m, index, matrix.type().dtype());
                w.line("fma.rn.f64 " + sum + ", " + x + ", " + y + ", " + sum);
                w.line("add.s64 " + index + ", " + index + ", " + n);
            });
            w.storeFromDouble(out, j, sum, dot.type().dtype());
        });
        return new KernelLaunch(entry, w.text(), List.of(Argument.size("n"), Argument.size("k"),
                Argument.input(vector), Argument.input(matrix), Argument.output(dot)), Grid.STRIDED, BLOCK);
    }

    /** C (m×n) = A·B with A stored m×k (or k×m when {@code transposeA}) and B k×n (or n×k). */
    private static KernelLaunch tiles(String entry, Node dot, Node a, boolean transposeA, Node b, boolean transposeB) {
        PtxWriter w = new PtxWriter(entry);
        String m = w.sizeParameter("m");
        String n = w.sizeParameter("n");
        String k = w.sizeParameter("k");
        String pa = w.pointerParameter("a");
        String pb = w.pointerParameter("b");
        String out = w.pointerParameter("out");
        String tileA = w.sharedArray("tile_a", TILE * PITCH * 8);
        String tileB = w.sharedArray("tile_b", TILE * PITCH * 8);
        String tid = w.special64("%tid.x");
        String tx = w.op("and.b64", "b64", tid, Integer.toString(TILE - 1));
        String ty = w.op("shr.u64", "b64", tid, "5");
        String row0 = w.op("mul.lo.u64", "b64", w.special64("%ctaid.y"), Integer.toString(TILE));
        String col0 = w.op("mul.lo.u64", "b64", w.special64("%ctaid.x"), Integer.toString(TILE));
        String baseA = w.op("mov.u64", "b64", tileA);
        String baseB = w.op("mov.u64", "b64", tileB);
        // this thread reads tile_a's rows ty + 8r and tile_b's column tx, at constant offsets from these
        String rowA = w.address(baseA, w.op("mul.lo.u64", "b64", ty, Integer.toString(PITCH)), 3);
        String columnB = w.address(baseB, tx, 3);
        String[] sums = new String[ROWS_PER_THREAD];
        for (int r = 0; r < ROWS_PER_THREAD; r++) {
            sums[r] = w.op("mov.f64", "f64", "0d0000000000000000");
        }
        w.loop(w.op("mov.u64", "b64", "0"), k, w.op("mov.u64", "b64", Integer.toString(TILE)), t0 -> {
            for (int q = 0; q < ROWS_PER_THREAD; q++) {
                // this thread's q-th element of each 32×32 tile: storage row ty + 8q, storage column tx
                String sr = w.op("add.s64", "b64", ty, Integer.toString(q * BLOCK / TILE));
                if (transposeA) {   // stored k×m: storage (p, i) goes to tile_a[i][p]
                    stage(w, pa, a, w.op("add.s64", "b64", t0, sr), k, w.op("add.s64", "b64", row0, tx), m, baseA, tx, sr);
                } else {            // stored m×k: storage (i, p) goes to tile_a[i][p]
                    stage(w, pa, a, w.op("add.s64", "b64", row0, sr), m, w.op("add.s64", "b64", t0, tx), k, baseA, sr, tx);
                }
                if (transposeB) {   // stored n×k: storage (j, p) goes to tile_b[p][j]
                    stage(w, pb, b, w.op("add.s64", "b64", col0, sr), n, w.op("add.s64", "b64", t0, tx), k, baseB, tx, sr);
                } else {            // stored k×n: storage (p, j) goes to tile_b[p][j]
                    stage(w, pb, b, w.op("add.s64", "b64", t0, sr), k, w.op("add.s64", "b64", col0, tx), n, baseB, sr, tx);
                }
            }
            w.line("bar.sync 0");
            for (int p = 0; p < TILE; p++) {
                String y = w.op("ld.shared.f64", "f64", "[" + columnB + "+" + p * PITCH * 8 + "]");
                for (int r = 0; r < ROWS_PER_THREAD; r++) {
                    int offset = (r * BLOCK / TILE * PITCH + p) * 8;
                    String x = w.op("ld.shared.f64", "f64", "[" + rowA + "+" + offset + "]");
                    w.line("fma.rn.f64 " + sums[r] + ", " + x + ", " + y + ", " + sums[r]);
                }
            }
            // the tiles are overwritten by the next step only once every thread has read them
            w.line("bar.sync 0");
        });
        String j = w.op("add.s64", "b64", col0, tx);
        String columnInside = w.op("setp.lt.u64", "pred", j, n);
        for (int r = 0; r < ROWS_PER_THREAD; r++) {
            String i = w.op("add.s64", "b64", w.op("add.s64", "b64", row0, ty), Integer.toString(r * BLOCK / TILE));
            String inside = w.op("and.pred", "pred", columnInside, w.op("setp.lt.u64", "pred", i, m));
            String skip = w.label("outside");
            String outside = w.op("not.pred", "pred", inside);
            w.branchIf(outside, skip);
            w.storeFromDouble(out, w.op("mad.lo.u64", "b64", i, n, j), sums[r], dot.type().dtype());
            w.place(skip);
        }
        return new KernelLaunch(entry, w.text(), List.of(Argument.size("m"), Argument.size("n"), Argument.size("k"),
                Argument.input(a), Argument.input(b), Argument.output(dot)), Grid.TILES, BLOCK);
    }

    /**
     * Loads storage element (row, column) of a rows×columns array (0 outside it), widened to f64, into
     * shared tile element [tileRow][tileColumn].
     */
    private static void stage(PtxWriter w, String base, Node array, String row, String rows, String column,
            String columns, String tile, String tileRow, String tileColumn) {
        DType dtype = array.type().dtype();
        String t = ElementInstructions.floatType(dtype);
        String inside = w.op("and.pred", "pred", w.op("setp.lt.u64", "pred", row, rows),
                w.op("setp.lt.u64", "pred", column, columns));
        String value = w.op("mov." + t, t, ElementInstructions.immediate(0, dtype));
        String address = w.address(base, w.op("mad.lo.u64", "b64", row, columns, column), PtxWriter.shift(dtype));
        w.line("@" + inside + " ld.global." + t + " " + value + ", [" + address + "]");
        w.line("st.shared.f64 [" + sharedAddress(w, tile, tileRow, tileColumn) + "], " + w.widen(value, dtype));
    }

    private static String sharedAddress(PtxWriter w, String base, String row, String column) {
        String element = w.op("mad.lo.u64", "b64", row, Integer.toString(PITCH), column);
        return w.address(base, element, 3);
    }
}
