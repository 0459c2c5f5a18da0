package dev.symbolon.benchmarks;

/**
 * The check that every benchmark state runs before it is measured: a timing means nothing unless the
 * implementations compute the same thing. Values agree within {@link #TOLERANCE} relative; an array
 * agrees when each element is within that fraction of the reference array's largest magnitude, so
 * that elements near zero are judged on the scale of the array (summation orders differ).
 */
final class Agreement {
    static final double TOLERANCE = 1e-9;

    private Agreement() {}

    /** @throws IllegalStateException naming {@code what} if the values disagree (NaN never agrees) */
    static void requireClose(String what, double reference, double actual) {
        if (!(Math.abs(reference - actual) <= TOLERANCE * Math.abs(reference))) {
            throw new IllegalStateException(what + " disagrees: hand-written " + reference + ", other " + actual);
        }
    }

    /** @throws IllegalStateException naming {@code what} and the first element that disagrees */
    static void requireClose(String what, double[] reference, double[] actual) {
        if (reference.length != actual.length) {
            throw new IllegalStateException(what + " disagrees: hand-written has " + reference.length
                    + " elements, other " + actual.length);
        }
        double scale = 0;
        for (double r : reference) {
            scale = Math.max(scale, Math.abs(r));
        }
        for (int i = 0; i < reference.length; i++) {
            if (!(Math.abs(reference[i] - actual[i]) <= TOLERANCE * scale)) {
                throw new IllegalStateException(what + " disagrees at element " + i + ": hand-written "
                        + reference[i] + ", other " + actual[i] + " (largest magnitude " + scale + ")");
            }
        }
    }
}
