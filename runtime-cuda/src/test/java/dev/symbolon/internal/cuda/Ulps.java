package dev.symbolon.internal.cuda;

/** Distances in units in the last place, for comparing a model or a kernel with a reference. */
final class Ulps {
    private Ulps() {
    }

    /**
     * |got - want| in ulps of {@code want}: 0 when both are NaN or the same infinity or zero, +inf when
     * only one is NaN or infinite, or the zeros' signs differ.
     */
    static double between(double got, double want) {
        if (Double.isNaN(got) || Double.isNaN(want)) {
            return Double.isNaN(got) && Double.isNaN(want) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (got == want) {
            return Double.doubleToRawLongBits(got) == Double.doubleToRawLongBits(want) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(got) || Double.isInfinite(want)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(got - want) / Math.ulp(want);
    }

    static double between(float got, float want) {
        if (Float.isNaN(got) || Float.isNaN(want)) {
            return Float.isNaN(got) && Float.isNaN(want) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (got == want) {
            return Float.floatToRawIntBits(got) == Float.floatToRawIntBits(want) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (Float.isInfinite(got) || Float.isInfinite(want)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs((double) got - want) / Math.ulp(want);
    }
}
