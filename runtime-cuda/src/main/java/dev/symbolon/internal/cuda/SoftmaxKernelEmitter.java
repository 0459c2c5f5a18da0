package dev.symbolon.internal.cuda;

import dev.symbolon.internal.cuda.KernelLaunch.Argument;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.runtime.DType;
import java.util.List;

/**
 * Softmax and log-softmax over the last axis, one block per row, computed as the interpreter does:
 * the row's maximum ({@code Math.max}) first, then the sum of exp(x - max), then
 * {@code exp(x - max) / sum} or {@code (x - max) - log(sum)}, in float64 with {@link Transcendentals}'
 * exp and log, rounded once for float32. The sum is a block tree, so it differs from the
 * interpreter's sequential one by rounding.
 */
public final class SoftmaxKernelEmitter {
    static final int BLOCK = 256;

    private SoftmaxKernelEmitter() {
    }

    /**
     * {@code name}: PER_ROW over rows = the element count divided by the last axis' length; arguments
     * rows, length (the last axis), x, out. A row of length 0 writes nothing.
     */
    public static KernelLaunch emit(Node softmax, String name) {
        if (softmax.op() != Op.SOFTMAX && softmax.op() != Op.LOG_SOFTMAX) {
            throw new IllegalArgumentException(softmax.describe() + " is not a softmax");
        }
        Node x = softmax.input(0);
        DType dtype = x.type().dtype();
        if (dtype != DType.FLOAT64 && dtype != DType.FLOAT32) {
            throw new UnsupportedKernelException(x.describe() + " is " + dtype.name().toLowerCase()
                    + "; kernels compute float64 and float32 only yet");
        }
        boolean log = softmax.op() == Op.LOG_SOFTMAX;
        PtxWriter w = new PtxWriter(name);
        w.sizeParameter("rows");
        String length = w.sizeParameter("length");
        String in = w.pointerParameter("in");
        String out = w.pointerParameter("out");
        String base = w.op("mul.lo.u64", "b64", w.special64("%ctaid.x"), length);

        BlockReduction maxima = new BlockReduction(w, Monoids.extremum(true), "max");
        List<String> max = maxima.identity();
        w.blockLoop(length, t -> ReductionKernelEmitter.accumulate(w, maxima, max,
                List.of(w.loadAsDouble(in, w.op("add.s64", "b64", base, t), dtype))));
        String rowMax = maxima.reduce(max).get(0);

        BlockReduction sums = new BlockReduction(w, Monoids.sum(), "sum");
        List<String> sum = sums.identity();
        w.blockLoop(length, t -> {
            String shifted = w.op("sub.rn.f64", "f64", w.loadAsDouble(in, w.op("add.s64", "b64", base, t), dtype), rowMax);
            ReductionKernelEmitter.accumulate(w, sums, sum, List.of(exp(w, shifted)));
        });
        String total = sums.reduce(sum).get(0);
        String logTotal = log ? MathProgramPtx.emit(Transcendentals.program(Op.LOG), total, w.registers, w.body) : null;

        w.blockLoop(length, t -> {
            String index = w.op("add.s64", "b64", base, t);
            String shifted = w.op("sub.rn.f64", "f64", w.loadAsDouble(in, index, dtype), rowMax);
            String value = log ? w.op("sub.rn.f64", "f64", shifted, logTotal)
                    : w.op("div.rn.f64", "f64", exp(w, shifted), total);
            w.storeFromDouble(out, index, value, softmax.type().dtype());
        });
        List<Argument> arguments = List.of(Argument.size("rows"), Argument.size("length"), Argument.input(x),
                Argument.output(softmax));
        return new KernelLaunch(name, w.text(), arguments, KernelLaunch.Grid.PER_ROW, BLOCK);
    }

    private static String exp(PtxWriter w, String value) {
        return MathProgramPtx.emit(Transcendentals.program(Op.EXP), value, w.registers, w.body);
    }
}
