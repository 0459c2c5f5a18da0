package dev.symbolon.internal.debug;

import dev.symbolon.internal.shape.Shapes;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.Arrays;
import java.util.Optional;

/**
 * How far a result is from the value it should equal. Floats agree within a relative and absolute
 * tolerance of the dtype's precision (NumPy's {@code allclose}: {@code |a - e| <= tol + tol * |e|});
 * integers and bools must be equal.
 */
final class Differences {
    private Differences() {}

    /** The tolerance of {@code dtype}: about a million ulps of float64, a few thousand of float32. */
    static double tolerance(DType dtype) {
        return switch (dtype) {
            case FLOAT64 -> 1e-6;
            case FLOAT32 -> 1e-3;
            case BOOL, INT32, INT64 -> 0;
        };
    }

    /**
     * The largest difference of {@code actual} from {@code expected} beyond tolerance, described for a
     * message, or empty when they agree. Equal NaNs and equal infinities agree.
     *
     * @param onlyWhereExpectedFinite whether to skip elements where {@code expected} is NaN or infinite
     */
    static Optional<String> largest(NDArray actual, String actualLabel, NDArray expected, String expectedLabel,
                                    boolean onlyWhereExpectedFinite) {
        if (actual.dtype() != expected.dtype() || !Arrays.equals(actual.shape(), expected.shape())) {
            return Optional.of(actualLabel + " " + actual.dtype() + Shapes.format(actual.shape()) + ", "
                    + expectedLabel + " " + expected.dtype() + Shapes.format(expected.shape()));
        }
        if (!actual.dtype().isFloat()) {
            long[] a = actual.toLongArray();
            long[] e = expected.toLongArray();
            for (int i = 0; i < a.length; i++) {
                if (a[i] != e[i]) {
                    return Optional.of("first difference at " + Summary.index(i, actual.shape()) + ": " + actualLabel
                            + " " + a[i] + ", " + expectedLabel + " " + e[i]);
                }
            }
            return Optional.empty();
        }
        double tolerance = tolerance(actual.dtype());
        double[] a = actual.toDoubleArray();
        double[] e = expected.toDoubleArray();
        int worst = -1;
        double worstDifference = -1;
        for (int i = 0; i < a.length; i++) {
            double difference;
            if (Double.isFinite(e[i])) {
                difference = Math.abs(a[i] - e[i]);
                if (difference <= tolerance + tolerance * Math.abs(e[i])) {
                    continue;
                }
                if (Double.isNaN(difference)) {
                    difference = Double.POSITIVE_INFINITY;
                }
            } else if (onlyWhereExpectedFinite || Double.compare(a[i], e[i]) == 0) {
                continue;
            } else {
                difference = Double.POSITIVE_INFINITY;
            }
            if (difference > worstDifference) {
                worst = i;
                worstDifference = difference;
            }
        }
        if (worst < 0) {
            return Optional.empty();
        }
        return Optional.of("largest difference " + worstDifference + " at " + Summary.index(worst, actual.shape())
                + ": " + actualLabel + " " + a[worst] + ", " + expectedLabel + " " + e[worst]
                + " (tolerance " + tolerance + " for " + actual.dtype() + ")");
    }
}
