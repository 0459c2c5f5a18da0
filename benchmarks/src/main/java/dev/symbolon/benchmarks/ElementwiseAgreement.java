package dev.symbolon.benchmarks;

import dev.symbolon.CompiledFunction;
import dev.symbolon.runtime.NDArray;
import java.util.List;

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
        Agreement.requireClose("Symbolon's value-only s", loops.s(), compiled.cost(NDArray.wrap(data.x(), n),
                NDArray.wrap(data.y(), n)));
    }

    /** As {@link #check(CompiledElementwiseSum, ElementwiseData)}, for the function built at run time. */
    static void check(CompiledFunction function, ElementwiseData data) {
        int n = data.x().length;
        List<NDArray> out = function.call(NDArray.wrap(data.x(), n), NDArray.wrap(data.y(), n));
        ElementwiseLoops.SumAndSlope loops = ElementwiseLoops.sumAndSlope(data.x(), data.y());
        Agreement.requireClose("the run-time function's s", loops.s(), out.get(0).getDouble());
        Agreement.requireClose("the run-time function's ds/dx", loops.dx(), out.get(1).toDoubleArray());
    }
}
