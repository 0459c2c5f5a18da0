package dev.symbolon.spark;

/** Seeds derived from a seed and a counter (a step, a partition), well apart for neighbouring counters. */
final class Seeds {
    private Seeds() {
    }

    static long mix(long seed, long counter) {
        return finish(seed ^ finish(counter + 0x9E3779B97F4A7C15L));
    }

    /** MurmurHash3's 64-bit finalizer: every bit of the input changes about half of the output's. */
    private static long finish(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
