package dev.symbolon.benchmarks;

import java.util.Map;
import java.util.TreeMap;

/** A training workload taken a few steps by each implementation from the same start, compared with the first. */
final class StepAgreement {
    private StepAgreement() {}

    /**
     * Resets every implementation, takes {@code steps} steps with each, compares every cost and the
     * final parameters with {@code reference}'s, and resets them again.
     *
     * @throws IllegalStateException if any disagrees
     */
    static void check(int steps, TrainingStep reference, TrainingStep... others) {
        reference.reset();
        double[] costs = new double[steps];
        for (int s = 0; s < steps; s++) {
            costs[s] = reference.step();
        }
        // Sorted by name, so that the first disagreement reported is the same on every run.
        Map<String, double[]> expected = new TreeMap<>(reference.parameters());
        for (TrainingStep other : others) {
            String name = other.getClass().getSimpleName();
            other.reset();
            for (int s = 0; s < steps; s++) {
                Agreement.requireClose(name + " cost at step " + (s + 1), costs[s], other.step());
            }
            Map<String, double[]> actual = other.parameters();
            expected.forEach((parameter, values) -> Agreement.requireClose(
                    name + " " + parameter + " after " + steps + " steps", values, actual.get(parameter)));
            other.reset();
        }
        reference.reset();
    }
}
