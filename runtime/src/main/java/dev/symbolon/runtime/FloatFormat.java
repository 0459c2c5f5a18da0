package dev.symbolon.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Floating-point text as NumPy's default {@code FloatingFormat} writes it (precision 8, "maxprec"):
 * each element gets the fewest digits that identify it, at most 8 after the point; an array switches
 * to scientific notation when its largest magnitude reaches 1e8 (1e6 for float32, whose 7 digits
 * would print larger numbers rounded), its smallest non-zero one falls below 1e-4, or they are more
 * than 1000 apart. Digits come from {@link Double#toString} (or
 * {@link Float#toString} for float32), which gives the shortest decimal that reads back as the value.
 */
final class FloatFormat {
    private static final int PRECISION = 8;

    private FloatFormat() {
    }

    /** One decimal number split as NumPy pads it: sign and integer digits, fraction digits, exponent. */
    private record Parts(String integer, String fraction, int exponent) {
    }

    static String[] words(double[] values, boolean float32) {
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        boolean anyNonFinite = false;
        boolean negativeInfinity = false;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                anyNonFinite = true;
                negativeInfinity |= v == Double.NEGATIVE_INFINITY;
            } else if (v != 0) {
                max = Math.max(max, Math.abs(v));
                min = Math.min(min, Math.abs(v));
            }
        }
        double cutoff = float32 ? 1e6 : 1e8;
        // NumPy compares in the array's dtype: 1e-4f, just below 1e-4 as a double, is not below 1e-4 in float32
        double smallest = float32 ? (float) 1e-4 : 1e-4;
        double ratio = float32 ? (float) max / (float) min : max / min;
        boolean scientific = max != 0 && (max >= cutoff || min < smallest || ratio > 1000);

        Parts[] parts = new Parts[values.length];
        int padLeft = 0;
        int fractionDigits = 0;
        int exponentDigits = 2;
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i])) {
                parts[i] = scientific ? scientificParts(values[i], float32) : positionalParts(values[i], float32);
                padLeft = Math.max(padLeft, parts[i].integer().length());
                fractionDigits = Math.max(fractionDigits, parts[i].fraction().length());
                exponentDigits = Math.max(exponentDigits, Integer.toString(Math.abs(parts[i].exponent())).length());
            }
        }
        if (scientific) {
            for (int i = 0; i < values.length; i++) {
                if (parts[i] != null) {
                    parts[i] = scientificParts(values[i], fractionDigits);
                }
            }
        }
        int padRight = scientific ? exponentDigits + 2 + fractionDigits : fractionDigits;
        if (anyNonFinite) {
            int infinityLength = negativeInfinity ? 4 : 3;
            padLeft = Math.max(padLeft, Math.max(3, infinityLength) - (padRight + 1));
        }

        String[] words = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            String word;
            if (parts[i] == null) {
                word = nonFinite(values[i]);
            } else if (scientific) {
                word = parts[i].integer() + "." + parts[i].fraction() + exponent(parts[i].exponent(), exponentDigits);
            } else {
                word = parts[i].integer() + "." + parts[i].fraction()
                        + " ".repeat(padRight - parts[i].fraction().length());
            }
            words[i] = " ".repeat(Math.max(0, padLeft + padRight + 1 - word.length())) + word;
        }
        return words;
    }

    /**
     * A rank-0 float as NumPy's scalar {@code str} writes it, which is Python's {@code repr} for
     * float64: {@code 6.0}, {@code 0.1}, {@code 1e-05}, {@code nan}; float32 turns scientific from 1e6.
     */
    static String scalar(double value, boolean float32) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        double magnitude = Math.abs(value);
        BigDecimal digits = shortest(magnitude, float32);
        if (magnitude == 0 || magnitude >= 1e-4 && magnitude < (float32 ? 1e6 : 1e16)) {
            String plain = digits.toPlainString();
            return sign(value) + (plain.contains(".") ? plain : plain + ".0");
        }
        String unscaled = digits.unscaledValue().toString();
        int exponent = unscaled.length() - 1 - digits.scale();
        String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
        return sign(value) + mantissa + exponent(exponent, 2);
    }

    private static Parts positionalParts(double value, boolean float32) {
        double magnitude = Math.abs(value);
        BigDecimal decimal = shortest(magnitude, float32);
        if (decimal.scale() > PRECISION) {
            decimal = new BigDecimal(magnitude).setScale(PRECISION, RoundingMode.HALF_EVEN).stripTrailingZeros();
        }
        String plain = decimal.toPlainString();
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        return new Parts(sign(value) + integer, fraction, 0);
    }

    /** Scientific parts with the fewest digits that identify the value, at most {@link #PRECISION} after the point. */
    private static Parts scientificParts(double value, boolean float32) {
        BigDecimal decimal = shortest(Math.abs(value), float32);
        if (decimal.precision() > PRECISION + 1) {
            decimal = new BigDecimal(Math.abs(value)).round(new MathContext(PRECISION + 1, RoundingMode.HALF_EVEN));
        }
        return scientificParts(value, decimal.stripTrailingZeros());
    }

    /** Scientific parts with exactly this many fraction digits, as NumPy pads every element of an array. */
    private static Parts scientificParts(double value, int fractionDigits) {
        BigDecimal exact = value == 0 ? BigDecimal.ZERO : new BigDecimal(Math.abs(value));
        BigDecimal rounded = exact.round(new MathContext(fractionDigits + 1, RoundingMode.HALF_EVEN));
        Parts parts = scientificParts(value, rounded.stripTrailingZeros());
        String fraction = parts.fraction() + "0".repeat(fractionDigits - parts.fraction().length());
        return new Parts(parts.integer(), fraction, parts.exponent());
    }

    private static Parts scientificParts(double value, BigDecimal decimal) {
        String unscaled = decimal.unscaledValue().toString();
        int exponent = decimal.signum() == 0 ? 0 : unscaled.length() - 1 - decimal.scale();
        return new Parts(sign(value) + unscaled.charAt(0), unscaled.substring(1), exponent);
    }

    /**
     * The shortest decimal that reads back as this double, or this float for float32. Before JDK 19,
     * {@link Double#toString} and {@link Float#toString} sometimes give a digit or two more than needed
     * (JDK-4511638); where they use nearly all the digits a type has, or the value is subnormal (the
     * smallest double prints as 4.9E-324, not 5e-324), shorter roundings of the exact value are tried first.
     */
    private static BigDecimal shortest(double magnitude, boolean float32) {
        String text = float32 ? Float.toString((float) magnitude) : Double.toString(magnitude);
        BigDecimal decimal = new BigDecimal(text).stripTrailingZeros();
        int suspicious = float32 ? 8 : 16;
        boolean subnormal = magnitude != 0 && magnitude < (float32 ? Float.MIN_NORMAL : Double.MIN_NORMAL);
        if (decimal.precision() >= suspicious || subnormal) {
            BigDecimal exact = new BigDecimal(magnitude);
            for (int digits = 1; digits < decimal.precision(); digits++) {
                BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
                boolean readsBack = float32
                        ? candidate.floatValue() == (float) magnitude
                        : candidate.doubleValue() == magnitude;
                if (readsBack) {
                    return candidate.stripTrailingZeros();
                }
            }
        }
        return decimal;
    }

    private static String sign(double value) {
        return Math.copySign(1.0, value) < 0 ? "-" : "";
    }

    private static String exponent(int exponent, int digits) {
        String text = Integer.toString(Math.abs(exponent));
        return "e" + (exponent < 0 ? "-" : "+") + "0".repeat(Math.max(0, digits - text.length())) + text;
    }

    private static String nonFinite(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        return value < 0 ? "-inf" : "inf";
    }
}
