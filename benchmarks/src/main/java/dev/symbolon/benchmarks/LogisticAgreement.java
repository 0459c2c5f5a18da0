package dev.symbolon.benchmarks;

/** W1 and W2 taken a few steps by each implementation from the same start, compared with the first. */
final class LogisticAgreement {
    private LogisticAgreement() {}

    /**
     * Resets every implementation, takes {@code steps} steps with each, compares every cost and the
     * final weights and bias with {@code reference}'s, and resets them again.
     *
     * @throws IllegalStateException if any disagrees
     */
    static void check(int steps, LogisticStep reference, LogisticStep... others) {
        reference.reset();
        double[] costs = new double[steps];
        for (int s = 0; s < steps; s++) {
            costs[s] = reference.step();
        }
        for (LogisticStep other : others) {
            String name = other.getClass().getSimpleName();
            other.reset();
            for (int s = 0; s < steps; s++) {
                Agreement.requireClose(name + " cost at step " + (s + 1), costs[s], other.step());
            }
            Agreement.requireClose(name + " weights after " + steps + " steps", reference.weights(), other.weights());
            Agreement.requireClose(name + " bias after " + steps + " steps", reference.bias(), other.bias());
            other.reset();
        }
        reference.reset();
    }
}
