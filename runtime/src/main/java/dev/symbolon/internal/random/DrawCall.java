package dev.symbolon.internal.random;

/**
 * The random stream of one call of a method that draws: the owner's seed and the number of calls that
 * drew before it. With a draw's key and a block index it fixes every number the call draws
 * ({@link Draws}), so the generated code, an executor and the reference interpreter given the same
 * call draw the same numbers.
 *
 * @param seed the seed of the instance or function
 * @param call how many calls drew before this one since the seed was set
 */
public record DrawCall(long seed, long call) {
    /** A call of a fresh owner seeded from a secure source: what a graph evaluated without an owner draws. */
    public static DrawCall unseeded() {
        return new RandomState().nextCall();
    }
}
