package dev.symbolon.benchmarks;

import dev.symbolon.runtime.NDArray;

/** W3 computed once by each implementation on the same data, compared. */
final class ElementwiseAgreement {
    private ElementwiseAgreement() {}

    /** @throws IllegalStateException if the sums or the gradients disagree */
    static void check(CompiledElementwiseSum compiled, ElementwiseData data) {
        int n = data.x().length;
        CompiledElementwiseSum.SumAndSlope symbolon = compiled.sumAndSlope(NDArray.wrap(data.x(), n), NDArray.wrap(data.y(), n));
        ElementwiseLoops.SumAndSlope loops = ElementwiseLoops.sumAndSlope(data.x(), data.y());
        Agreement.requireClose("Symbolon's s", loops.s(), symbolon.s());
        Agreement.requireClose("Symbolon's ds/dx", loops.dx(), symbolon.dx().toDoubleArray());
    }
}
