package dev.symbolon.internal.cuda;

import dev.symbolon.internal.cuda.KernelLaunch.Argument;
import dev.symbolon.internal.cuda.KernelLaunch.Grid;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.List;

/**
 * Kernels for sum, mean, max, min and argmax of a float64 or float32 array, with the interpreter's
 * rules: values accumulate in float64 and round once to the dtype, max and min are {@code Math.max}
 * and {@code Math.min} (NaN wins, +0 above -0), argmax is the first maximum's int64 position with a
 * NaN counting as the maximum. Over every element it is two launches (per-block partials in a scratch
 * buffer, then one block over them); over a contiguous run of axes it is one block per result element.
 * The order of additions is fixed by the launch shape, so sums repeat run to run (and differ from
 * the interpreter's sequential sum by rounding). max, min and argmax need at least one element per
 * result: the interpreter's error for an empty reduction is the executor's to raise before launch.
 */
public final class ReductionKernelEmitter {
    /** Threads per block of the partials pass and of the per-row kernel. */
    static final int BLOCK = 256;
    /** Threads of the one block that combines the partials. */
    static final int FINISH_BLOCK = 1024;

    private ReductionKernelEmitter() {
    }

    static boolean supports(Op op) {
        return op == Op.SUM || op == Op.MEAN || op == Op.MAX || op == Op.MIN || op == Op.ARGMAX;
    }

    /**
     * The launches computing {@code reduction}: over every element, {@code name_partials} (STRIDED:
     * n, x, scratch values[, scratch indices]) then {@code name_finish} (ONE_BLOCK: partials, the
     * same scratch, out[, n for a mean]); over a contiguous run of axes, {@code name_rows} (PER_ROW:
     * rows = the result's element count, length = the reduced axes' element count, inner = the
     * element count of the axes after them, x, out).
     */
    public static List<KernelLaunch> emit(Node reduction, String name) {
        Op op = reduction.op();
        if (!supports(op)) {
            throw new UnsupportedKernelException(reduction.describe() + " is not a reduction with a kernel:"
                    + " kernels reduce by sum, mean, max, min and argmax");
        }
        Node x = reduction.input(0);
        DType dtype = x.type().dtype();
        requireFloat(x);
        if (op != Op.ARGMAX && reduction.type().dtype() != dtype) {
            throw new UnsupportedKernelException(reduction.describe() + " changes the dtype of " + x.describe()
                    + "; kernels reduce float64 and float32 to their own dtype");
        }
        if (x.rank() == 0) {
            throw new UnsupportedKernelException(reduction.describe() + " reduces a scalar; there is nothing to launch");
        }
        int[] axes = reduction.axes();
        for (int k = 1; k < axes.length; k++) {
            if (axes[k] != axes[k - 1] + 1) {
                throw new UnsupportedKernelException(reduction.describe() + " reduces axes "
                        + java.util.Arrays.toString(axes) + "; kernels reduce every axis or a contiguous run of axes");
            }
        }
        if (axes.length == x.rank()) {
            return List.of(partials(name + "_partials", reduction), finish(name + "_finish", op, reduction, "values"));
        }
        return List.of(rows(name + "_rows", op, x, reduction));
    }

    static BlockReduction.Monoid monoid(Op op) {
        return switch (op) {
            case SUM, MEAN -> Monoids.sum();
            case MAX -> Monoids.extremum(true);
            case MIN -> Monoids.extremum(false);
            case ARGMAX -> Monoids.argmax();
            default -> throw new IllegalArgumentException(op + " is not a kernel reduction");
        };
    }

    /** Each block's combination of its grid-strided elements, into {@code values[ctaid]} (and {@code indices}). */
    private static KernelLaunch partials(String entry, Node reduction) {
        Op op = reduction.op();
        Node x = reduction.input(0);
        PtxWriter w = new PtxWriter(entry);
        List<Argument> arguments = new ArrayList<>(List.of(Argument.size("n"), Argument.input(x),
                Argument.scratch("values", reduction)));
        String n = w.sizeParameter("n");
        String in = w.pointerParameter("in");
        List<String> scratch = new ArrayList<>(List.of(w.pointerParameter("values")));
        if (op == Op.ARGMAX) {
            arguments.add(Argument.scratch("indices", reduction));
            scratch.add(w.pointerParameter("indices"));
        }
        BlockReduction block = new BlockReduction(w, monoid(op), "reduce");
        List<String> state = block.identity();
        w.gridLoop(n, i -> accumulate(w, block, state, element(op, w.loadAsDouble(in, i, x.type().dtype()), i)));
        List<String> total = block.reduce(state);
        String blockIndex = w.special64("%ctaid.x");
        firstThread(w, () -> {
            for (int k = 0; k < total.size(); k++) {
                w.line("st.global." + (k == 0 ? "f64" : "u64") + " [" + w.address(scratch.get(k), blockIndex, 3) + "], "
                        + total.get(k));
            }
        });
        return new KernelLaunch(entry, w.text(), arguments, Grid.STRIDED, BLOCK);
    }

    /**
     * One block combining {@code partials} per-block results, from the scratch array named {@code values}, (f64 values, u64 indices for argmax) into
     * {@code reduction}'s one element: a mean divides by {@code n}, float32 rounds once at the end.
     */
    static KernelLaunch finish(String entry, Op op, Node reduction, String values) {
        PtxWriter w = new PtxWriter(entry);
        List<Argument> arguments = new ArrayList<>(List.of(Argument.size("partials"), Argument.scratch(values, reduction)));
        String partials = w.sizeParameter("partials");
        List<String> scratch = new ArrayList<>(List.of(w.pointerParameter("values")));
        if (op == Op.ARGMAX) {
            arguments.add(Argument.scratch("indices", reduction));
            scratch.add(w.pointerParameter("indices"));
        }
        arguments.add(Argument.output(reduction));
        String out = w.pointerParameter("out");
        String n = null;
        if (op == Op.MEAN) {
            arguments.add(Argument.size("n"));
            n = w.sizeParameter("n");
        }
        BlockReduction block = new BlockReduction(w, monoid(op), "reduce");
        List<String> state = block.identity();
        w.blockLoop(partials, t -> {
            List<String> partial = new ArrayList<>();
            for (int k = 0; k < scratch.size(); k++) {
                String type = k == 0 ? "f64" : "b64";
                partial.add(w.op("ld.global." + (k == 0 ? "f64" : "u64"), type, "[" + w.address(scratch.get(k), t, 3) + "]"));
            }
            accumulate(w, block, state, partial);
        });
        List<String> total = block.reduce(state);
        String count = n;
        String first = w.op("mov.u64", "b64", "0");
        firstThread(w, () -> store(w, op, total, out, first, count, reduction.type().dtype()));
        return new KernelLaunch(entry, w.text(), arguments, Grid.ONE_BLOCK, FINISH_BLOCK);
    }

    /** Block r combines element t = 0 .. length-1 of row r, at (r / inner · length + t) · inner + r % inner. */
    private static KernelLaunch rows(String entry, Op op, Node x, Node reduction) {
        PtxWriter w = new PtxWriter(entry);
        List<Argument> arguments = List.of(Argument.size("rows"), Argument.size("length"), Argument.size("inner"),
                Argument.input(x), Argument.output(reduction));
        w.sizeParameter("rows");
        String length = w.sizeParameter("length");
        String inner = w.sizeParameter("inner");
        String in = w.pointerParameter("in");
        String out = w.pointerParameter("out");
        String row = w.special64("%ctaid.x");
        String outer = w.op("div.u64", "b64", row, inner);
        String within = w.op("rem.u64", "b64", row, inner);
        String base = w.op("mad.lo.u64", "b64", w.op("mul.lo.u64", "b64", outer, length), inner, within);
        BlockReduction block = new BlockReduction(w, monoid(op), "reduce");
        List<String> state = block.identity();
        w.blockLoop(length, t -> {
            String index = w.op("mad.lo.u64", "b64", t, inner, base);
            accumulate(w, block, state, element(op, w.loadAsDouble(in, index, x.type().dtype()), t));
        });
        List<String> total = block.reduce(state);
        firstThread(w, () -> store(w, op, total, out, row, length, reduction.type().dtype()));
        return new KernelLaunch(entry, w.text(), arguments, Grid.PER_ROW, BLOCK);
    }

    /** One element's state: its value, and for argmax its position. */
    private static List<String> element(Op op, String value, String position) {
        return op == Op.ARGMAX ? List.of(value, position) : List.of(value);
    }

    /** state = combine(state, element), writing back into the state's registers (they carry the loop). */
    static void accumulate(PtxWriter w, BlockReduction block, List<String> state, List<String> element) {
        List<String> combined = block.combine(state, element);
        for (int k = 0; k < state.size(); k++) {
            w.line("mov.b64 " + state.get(k) + ", " + combined.get(k));
        }
    }

    /** Writes the combined state as the result element {@code index}: the mean divided by {@code count}. */
    private static void store(PtxWriter w, Op op, List<String> total, String out, String index, String count, DType dtype) {
        if (op == Op.ARGMAX) {
            w.line("st.global.u64 [" + w.address(out, index, 3) + "], " + total.get(1));
            return;
        }
        String value = total.get(0);
        if (op == Op.MEAN) {
            value = w.op("div.rn.f64", "f64", value, w.op("cvt.rn.f64.u64", "f64", count));
        }
        w.storeFromDouble(out, index, value, dtype);
    }

    /** Instructions that only thread 0 of the block executes. */
    static void firstThread(PtxWriter w, Runnable instructions) {
        String skip = w.label("skip");
        String notFirst = w.op("setp.ne.u32", "pred", w.op("mov.u32", "b32", "%tid.x"), "0");
        w.branchIf(notFirst, skip);
        instructions.run();
        w.place(skip);
    }

    private static void requireFloat(Node node) {
        DType dtype = node.type().dtype();
        if (dtype != DType.FLOAT64 && dtype != DType.FLOAT32) {
            throw new UnsupportedKernelException(node.describe() + " is " + dtype.name().toLowerCase()
                    + "; kernels compute float64 and float32 only yet");
        }
    }
}
