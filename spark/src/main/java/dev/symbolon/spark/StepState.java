package dev.symbolon.spark;

import dev.symbolon.runtime.NDArray;
import java.io.Serializable;

/**
 * What one training step broadcasts: the value of every shared variable of the model, parameters
 * first, and how the partitions draw their rows.
 *
 * @param fraction the chance of each row to be in the step's batch; 1 for all rows
 * @param seed the step's seed, mixed with a partition's index to seed its draw and the model's
 */
record StepState(Values[] state, double fraction, long seed) implements Serializable {
    private static final long serialVersionUID = 1L;

    NDArray[] arrays() {
        NDArray[] arrays = new NDArray[state.length];
        for (int i = 0; i < arrays.length; i++) {
            arrays[i] = state[i].array();
        }
        return arrays;
    }

    /** The seed of partition {@code partition}'s draw in this step. */
    long seedOf(int partition) {
        return Seeds.mix(seed, partition);
    }
}
