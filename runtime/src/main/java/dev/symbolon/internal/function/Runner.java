package dev.symbolon.internal.function;

import dev.symbolon.runtime.NDArray;
import java.util.List;

/** Runs a lowered function: the class generated for it, or the reference interpreter. */
interface Runner {
    /**
     * The outputs for these arguments (checked: the inputs' dtypes and ranks, in order), applying the
     * updates to the function's shared variables after the outputs and only when nothing threw.
     * The caller holds the variables' monitors.
     */
    List<NDArray> call(NDArray[] arguments);

    /**
     * As {@link #call}, writing each non-scalar output into the target of its index (checked by the
     * caller for dtype, rank and shared data); the outputs, the targets in place of the arrays. A target
     * of the wrong shape throws before any update applies.
     */
    List<NDArray> callInto(NDArray[] arguments, List<NDArray> targets);

    /** Restarts the function's random draws: the calls after it draw what they drew after another seed of the value. */
    void seed(long seed);
}
