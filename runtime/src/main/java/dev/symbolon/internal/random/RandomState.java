package dev.symbolon.internal.random;

import dev.symbolon.internal.access.Internals;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import java.security.SecureRandom;

/**
 * The random state of a compiled instance or a run-time function: a seed and a count of the calls
 * that drew. Each call that draws takes the next {@link DrawCall}; {@link #seed(long)} restarts the
 * sequence. The state is a shared variable of two int64s (seed, calls) named {@link #NAME}, so that
 * {@code saveState} and {@code loadState} carry it beside the {@code @Shared} fields and a resumed run
 * continues the same sequence; the name is no Java identifier, so it clashes with no field.
 */
public final class RandomState {
    /** The name of the state's entry in a saved archive. */
    public static final String NAME = "symbolon.random";

    private static final SecureRandom SEEDS = new SecureRandom();

    private final SharedVariable variable = Internals.sharedVariable(NAME, DType.INT64, 1);

    /** A state seeded from a secure source. */
    public RandomState() {
        seed(SEEDS.nextLong());
    }

    /**
     * Restarts the sequence: the calls after this one draw what they drew after the last {@code seed}
     * of the same value.
     *
     * @param seed any value
     */
    public synchronized void seed(long seed) {
        variable.setValue(new long[] {seed, 0});
    }

    /**
     * The stream of the call about to run, counting it.
     *
     * @return this call's seed and number
     */
    public synchronized DrawCall nextCall() {
        long[] state = Internals.longData(Internals.value(variable));
        DrawCall call = new DrawCall(state[0], state[1]);
        Internals.assign(variable, NDArray.of(new long[] {state[0], state[1] + 1}));
        return call;
    }

    /**
     * The state as a shared variable, to save and load with the others.
     *
     * @return the variable holding (seed, calls)
     */
    public SharedVariable variable() {
        return variable;
    }
}
