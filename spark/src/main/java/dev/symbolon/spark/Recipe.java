package dev.symbolon.spark;

import dev.symbolon.runtime.NDArray;
import java.io.Serializable;

/**
 * How to build a model's gradient again on an executor: what travels to the executors instead of the
 * driver's model, so that no state travels with it by accident. The state travels on its own, as a
 * broadcast each step.
 */
interface Recipe extends Serializable {
    /** Tells recipes apart in an executor's pool of built evaluators; unique per {@link SparkGradient}. */
    String id();

    /** The gradient built anew, its state starting at {@code state} (parameters first, in order). */
    Evaluator build(NDArray[] state);
}
