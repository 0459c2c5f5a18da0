package dev.symbolon.internal.executor;

import dev.symbolon.internal.access.Internals;
import dev.symbolon.internal.random.DrawCall;
import dev.symbolon.runtime.Device;
import dev.symbolon.runtime.NDArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A provider's executor behind the checks that keep the generated method's promises: every result
 * of the dtype and rank the graph gives, so that the generated code may read it unconverted, and
 * owned by the caller, so that no result or new shared value shares its data with an argument, a
 * shared value or another result (a result that does is copied).
 */
final class CheckedExecutor implements Executor {
    private final MethodGraph method;
    private final Executor executor;
    private final Device device;

    CheckedExecutor(MethodGraph method, Executor executor, Device device) {
        this.method = method;
        this.executor = executor;
        this.device = device;
    }

    @Override
    public Results run(List<NDArray> arguments, List<NDArray> shared, @Nullable DrawCall draws) {
        Results results = executor.run(arguments, shared, draws);
        if (results == null) {
            throw wrong("returned no results");
        }
        Set<Object> owned = Collections.newSetFromMap(new IdentityHashMap<>());
        arguments.forEach(a -> owned.add(data(a)));
        shared.forEach(s -> owned.add(data(s)));
        return new Results(owned(results.outputs(), method.outputs(), "outputs", owned),
                owned(results.updates(), method.updates(), "updates", owned));
    }

    private List<NDArray> owned(List<NDArray> values, List<Slot> slots, String what, Set<Object> taken) {
        if (values.size() != slots.size()) {
            throw wrong("returned " + values.size() + " " + what + " for " + slots);
        }
        List<NDArray> checked = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            NDArray value = values.get(i);
            Slot slot = slots.get(i);
            if (value == null || value.dtype() != slot.dtype() || value.rank() != slot.rank()) {
                throw wrong("returned " + (value == null ? "null" : value.dtype() + " of shape "
                        + Arrays.toString(value.shape())) + " for " + slot);
            }
            checked.add(taken.add(data(value)) ? value : value.copy());
        }
        return checked;
    }

    private IllegalStateException wrong(String problem) {
        return new IllegalStateException("the " + device + " executor of " + method.method() + " " + problem
                + ": a bug in that executor");
    }

    /** The array behind a value, by which two values share data. */
    private static Object data(NDArray value) {
        return switch (value.dtype()) {
            case FLOAT64 -> Internals.doubleData(value);
            case FLOAT32 -> Internals.floatData(value);
            case INT32 -> Internals.intData(value);
            case INT64 -> Internals.longData(value);
            case BOOL -> Internals.boolData(value);
        };
    }
}
