package dev.symbolon.benchmarks;

/** W4 taken a few steps by each implementation from the same start, compared with the first. */
final class MlpAgreement {
    private MlpAgreement() {}

    /**
     * Resets every implementation, takes {@code steps} steps with each, compares every loss and the
     * final weights and biases with {@code reference}'s, and resets them again.
     *
     * @throws IllegalStateException if any disagrees
     */
    static void check(int steps, MlpStep reference, MlpStep... others) {
        reference.reset();
        double[] losses = new double[steps];
        for (int s = 0; s < steps; s++) {
            losses[s] = reference.step();
        }
        for (MlpStep other : others) {
            String name = other.getClass().getSimpleName();
            String after = " after " + steps + " steps";
            other.reset();
            for (int s = 0; s < steps; s++) {
                Agreement.requireClose(name + " loss at step " + (s + 1), losses[s], other.step());
            }
            Agreement.requireClose(name + " w1" + after, reference.w1(), other.w1());
            Agreement.requireClose(name + " b1" + after, reference.b1(), other.b1());
            Agreement.requireClose(name + " w2" + after, reference.w2(), other.w2());
            Agreement.requireClose(name + " b2" + after, reference.b2(), other.b2());
            other.reset();
        }
        reference.reset();
    }
}
