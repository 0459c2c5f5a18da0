package dev.symbolon.processor.random;

import dev.symbolon.runtime.NDArray;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The gradients of a float64 {@code @Grad} method against central finite differences of its
 * compiled value method. An element where three step sizes do not all agree is skipped: the cost has
 * a kink or a jump there ({@code abs}, {@code where}, {@code rem}, {@code max}; a jump can lie within
 * two steps and fool a pair), or is too ill-conditioned for differences to say anything. An element
 * whose gradient is NaN or infinite is skipped too: an intermediate that overflowed makes the chain
 * rule multiply 0 by infinity, as IEEE arithmetic does in any framework, and the comparison with the
 * interpreter already holds such a gradient to the graph as written. A cost so large that the
 * smallest step changes it by less than its rounding is not checked at all: differences of it are
 * rounding noise.
 */
final class FiniteDifferences {
    private static final double STEP = 1e-5;
    private static final double TOLERANCE = 1e-4;

    private FiniteDifferences() {}

    static Optional<Failure> check(Program.Method m, Map<String, NDArray> inputs, Object grads,
                                   ToDoubleFunction<Map<String, NDArray>> cost) {
        if (Math.ulp(cost.applyAsDouble(inputs)) / (STEP / 8) > TOLERANCE) {
            return Optional.empty();
        }
        List<NDArray> outputs = Oracle.outputs(grads);
        List<String> names = Oracle.gradientNames(grads);
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            NDArray at = inputs.get(name);
            double[] symbolic = outputs.get(k + 1).toDoubleArray();
            for (int i = 0; i < at.size(); i++) {
                if (!Double.isFinite(symbolic[i])) {
                    continue;
                }
                double coarse = difference(inputs, name, i, STEP, cost);
                double fine = difference(inputs, name, i, STEP / 8, cost);
                double finest = difference(inputs, name, i, STEP / 64, cost);
                if (!agree(coarse, fine) || !agree(fine, finest)) {
                    continue;
                }
                if (!(Math.abs(symbolic[i] - fine) <= 10 * TOLERANCE * (1 + Math.abs(fine)))) {
                    return Optional.of(new Failure("gradient differs from finite differences of the value",
                            m.name() + "Grad's " + name + " element " + i + " is " + symbolic[i]
                                    + ", finite differences give " + fine + ", with inputs " + inputs));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether two differences say the same: both finite and close, so no jump lies within either step. */
    private static boolean agree(double a, double b) {
        return Double.isFinite(a) && Double.isFinite(b) && Math.abs(a - b) <= TOLERANCE * (1 + Math.abs(b));
    }

    private static double difference(Map<String, NDArray> inputs, String name, int i, double step,
                                     ToDoubleFunction<Map<String, NDArray>> cost) {
        return (cost.applyAsDouble(moved(inputs, name, i, step)) - cost.applyAsDouble(moved(inputs, name, i, -step)))
                / (2 * step);
    }

    private static Map<String, NDArray> moved(Map<String, NDArray> inputs, String name, int i, double step) {
        NDArray at = inputs.get(name);
        double[] values = at.toDoubleArray();
        values[i] += step;
        Map<String, NDArray> moved = new HashMap<>(inputs);
        moved.put(name, NDArray.wrap(values, at.shape()));
        return moved;
    }
}
