package dev.symbolon.processor.random;

import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.Arrays;
import java.util.Optional;

/**
 * When two results agree: same dtype and shape; integers and bools exactly; floats within a
 * tolerance relative to the expected value, of float32's precision where the method computes in
 * float32 (even if a float64 literal makes its result float64) and else float64's, compared only where
 * the expected value is finite, since the stability rewrites exist to do better where the naive
 * graph overflows or divides zero by zero.
 */
final class Agreement {
    private Agreement() {}

    /** What differs, or empty when they agree. */
    static Optional<String> difference(NDArray actual, NDArray expected, Flavor flavor) {
        if (actual.dtype() != expected.dtype() || !Arrays.equals(actual.shape(), expected.shape())) {
            return Optional.of("got " + describe(actual) + ", expected " + describe(expected));
        }
        if (!isFloat(expected.dtype())) {
            return Arrays.equals(actual.toLongArray(), expected.toLongArray()) ? Optional.empty()
                    : Optional.of("got " + actual + ", expected " + expected);
        }
        double tolerance = flavor == Flavor.FLOAT32 || expected.dtype() == DType.FLOAT32 ? 1e-3 : 1e-7;
        double[] a = actual.toDoubleArray();
        double[] e = expected.toDoubleArray();
        for (int i = 0; i < e.length; i++) {
            if (Double.isFinite(e[i]) && !(Math.abs(a[i] - e[i]) <= tolerance * (1 + Math.abs(e[i])))) {
                return Optional.of("element " + i + ": got " + a[i] + ", expected " + e[i] + " (got " + actual
                        + ", expected " + expected + ")");
            }
        }
        return Optional.empty();
    }

    static boolean isFloat(DType dtype) {
        return dtype == DType.FLOAT32 || dtype == DType.FLOAT64;
    }

    private static String describe(NDArray array) {
        return array.dtype() + Arrays.toString(array.shape()) + " " + array;
    }
}
