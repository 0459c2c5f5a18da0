package dev.symbolon.internal.random;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * What a draw computes: the one definition that generated code and the reference interpreter both
 * call, so that they draw the same numbers for the same {@link DrawCall}.
 *
 * <p>The elements of a draw, in row-major order, fall into blocks of {@link #BLOCK} elements. Block
 * {@code b} of the draw with key {@code key} in call {@code call} takes its numbers, in order, from its
 * own {@code L64X128MixRandom} (the JDK's LXM generator, statistically strong and fast), seeded by a
 * hash of (seed, call number, key, b). A block's numbers thus depend on nothing else: filling the
 * blocks in any order, or a range of blocks per thread, gives the same array, whatever the thread
 * count. The keys of one method's draws are distinct (see {@code GraphOps.draw}), so its draws in one
 * call are independent streams, and so are the calls.
 */
public final class Draws {
    /** Elements per block: large enough that seeding a generator costs little next to its draws. */
    public static final int BLOCK = 4096;

    private static final RandomGeneratorFactory<RandomGenerator> LXM = RandomGeneratorFactory.of("L64X128MixRandom");
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private Draws() {}

    /** The distributions a draw takes its elements from. */
    public enum Kind {
        /** Uniform on [0, 1). */
        UNIFORM,
        /** Standard normal: mean 0, variance 1. */
        NORMAL,
        /** 1 with probability p, else 0. */
        BERNOULLI
    }

    /**
     * A float64 draw of {@code size} elements.
     *
     * @param kind the distribution
     * @param call the call's stream
     * @param key the draw's key in its method
     * @param p the probability of a 1 for {@link Kind#BERNOULLI}; ignored by the others
     * @param size the number of elements
     * @return the drawn elements
     */
    public static double[] float64(Kind kind, DrawCall call, int key, double p, int size) {
        double[] out = new double[size];
        fill(kind, call, key, p, out, 0, blocks(size));
        return out;
    }

    /**
     * A float32 draw of {@code size} elements: uniform from {@link RandomGenerator#nextFloat()} (never
     * 1, which rounding a double could give), normal rounded from the double.
     *
     * @param kind the distribution
     * @param call the call's stream
     * @param key the draw's key in its method
     * @param p the probability of a 1 for {@link Kind#BERNOULLI}; ignored by the others
     * @param size the number of elements
     * @return the drawn elements
     */
    public static float[] float32(Kind kind, DrawCall call, int key, double p, int size) {
        float[] out = new float[size];
        fill(kind, call, key, p, out, 0, blocks(size));
        return out;
    }

    /**
     * The number of blocks of a draw of {@code size} elements.
     *
     * @param size the number of elements
     * @return {@code ceil(size / BLOCK)}
     */
    public static int blocks(int size) {
        return (int) (((long) size + BLOCK - 1) / BLOCK);
    }

    /**
     * Fills blocks {@code fromBlock} (inclusive) to {@code toBlock} (exclusive) of {@code out}: what one
     * thread of a parallel kernel does with its share.
     *
     * @param kind the distribution
     * @param call the call's stream
     * @param key the draw's key in its method
     * @param p the probability of a 1 for {@link Kind#BERNOULLI}
     * @param out the draw's elements, of which these blocks are written
     * @param fromBlock the first block
     * @param toBlock the block after the last
     */
    public static void fill(Kind kind, DrawCall call, int key, double p, double[] out, int fromBlock, int toBlock) {
        for (int b = fromBlock; b < toBlock; b++) {
            RandomGenerator g = generator(call, key, b);
            for (int i = b * BLOCK, end = Math.min(out.length, i + BLOCK); i < end; i++) {
                out[i] = switch (kind) {
                    case UNIFORM -> g.nextDouble();
                    case NORMAL -> g.nextGaussian();
                    case BERNOULLI -> g.nextDouble() < p ? 1 : 0;
                };
            }
        }
    }

    /**
     * As {@link #fill(Kind, DrawCall, int, double, double[], int, int)}, for float32.
     *
     * @param kind the distribution
     * @param call the call's stream
     * @param key the draw's key in its method
     * @param p the probability of a 1 for {@link Kind#BERNOULLI}
     * @param out the draw's elements, of which these blocks are written
     * @param fromBlock the first block
     * @param toBlock the block after the last
     */
    public static void fill(Kind kind, DrawCall call, int key, double p, float[] out, int fromBlock, int toBlock) {
        for (int b = fromBlock; b < toBlock; b++) {
            RandomGenerator g = generator(call, key, b);
            for (int i = b * BLOCK, end = Math.min(out.length, i + BLOCK); i < end; i++) {
                out[i] = switch (kind) {
                    case UNIFORM -> g.nextFloat();
                    case NORMAL -> (float) g.nextGaussian();
                    case BERNOULLI -> g.nextDouble() < p ? 1 : 0;
                };
            }
        }
    }

    /** Block {@code block}'s generator: each input goes through a full avalanche before the next joins. */
    private static RandomGenerator generator(DrawCall call, int key, int block) {
        long h = mix(call.seed() + GOLDEN);
        h = mix(h + call.call() * GOLDEN + 1);
        h = mix(h + key * GOLDEN + 2);
        h = mix(h + block * GOLDEN + 3);
        return LXM.create(h);
    }

    /** Stafford's variant 13 of the 64-bit finalizer of MurmurHash3, as SplitMix64 uses it. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
