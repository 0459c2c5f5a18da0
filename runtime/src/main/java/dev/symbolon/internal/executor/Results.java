package dev.symbolon.internal.executor;

import dev.symbolon.runtime.NDArray;
import java.util.ArrayList;
import java.util.List;

/**
 * What one call computed: the outputs and the new value of each updated shared variable, in the
 * orders of {@link MethodGraph#outputs()} and {@link MethodGraph#updates()}; scalars as rank-0
 * arrays. The caller owns every array: none may share its data with an argument, a shared value or
 * another result.
 */
public record Results(List<NDArray> outputs, List<NDArray> updates) {
    public Results {
        outputs = List.copyOf(outputs);
        updates = List.copyOf(updates);
    }

    /** The outputs, then the new values: the order of the graph's roots. */
    public List<NDArray> all() {
        List<NDArray> all = new ArrayList<>(outputs);
        all.addAll(updates);
        return all;
    }
}
