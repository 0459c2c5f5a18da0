package dev.symbolon.internal.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.shape.Shapes;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.Random;

/** Random arguments and the comparison of generated results with the reference interpreter's. */
final class Values {
    private Values() {}

    /**
     * Random values of a dtype: floats in (-2, 2), integers in [-5, 5] without 0 (so that remainders
     * are defined), bools at random.
     */
    static NDArray random(Random random, DType dtype, int... shape) {
        int n = Shapes.size(shape);
        return switch (dtype) {
            case FLOAT64 -> {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = random.nextDouble() * 4 - 2;
                }
                yield NDArray.wrap(v, shape);
            }
            case FLOAT32 -> {
                float[] v = new float[n];
                for (int i = 0; i < n; i++) {
                    v[i] = random.nextFloat() * 4 - 2;
                }
                yield NDArray.wrap(v, shape);
            }
            case INT32 -> {
                int[] v = new int[n];
                for (int i = 0; i < n; i++) {
                    v[i] = nonZero(random);
                }
                yield NDArray.wrap(v, shape);
            }
            case INT64 -> {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) {
                    v[i] = nonZero(random);
                }
                yield NDArray.wrap(v, shape);
            }
            case BOOL -> {
                boolean[] v = new boolean[n];
                for (int i = 0; i < n; i++) {
                    v[i] = random.nextBoolean();
                }
                yield NDArray.wrap(v, shape);
            }
        };
    }

    private static int nonZero(Random random) {
        int v = random.nextInt(10) - 5;
        return v >= 0 ? v + 1 : v;
    }

    /** The Java value a generated method takes for a rank-0 argument, or the NDArray itself. */
    static Object argument(Node parameter, NDArray value) {
        if (parameter.rank() > 0) {
            return value;
        }
        return switch (value.dtype()) {
            case FLOAT64 -> value.toDoubleArray()[0];
            case FLOAT32 -> value.toFloatArray()[0];
            case INT32 -> value.toIntArray()[0];
            case INT64 -> value.toLongArray()[0];
            case BOOL -> value.toBooleanArray()[0];
        };
    }

    /** Asserts that a generated result (primitive or NDArray) equals the interpreter's, floats to rounding. */
    static void assertMatches(NDArray expected, Object actual, String what) {
        NDArray got = actual instanceof NDArray a ? a : scalar(actual);
        assertEquals(expected.dtype(), got.dtype(), what + ": dtype");
        assertArrayEquals(expected.shape(), got.shape(), what + ": shape");
        switch (expected.dtype()) {
            case FLOAT64, FLOAT32 -> {
                double tolerance = expected.dtype() == DType.FLOAT32 ? 1e-5 : 1e-10;
                double[] e = expected.toDoubleArray();
                double[] g = got.toDoubleArray();
                for (int i = 0; i < e.length; i++) {
                    boolean same = Double.compare(e[i], g[i]) == 0
                            || Math.abs(e[i] - g[i]) <= tolerance * Math.max(1, Math.abs(e[i]));
                    if (!same) {
                        fail(what + ": element " + i + " is " + g[i] + ", the interpreter gives " + e[i]
                                + "\nexpected " + expected + "\ngot " + got);
                    }
                }
            }
            case INT32, INT64 -> assertArrayEquals(expected.toLongArray(), got.toLongArray(), what);
            case BOOL -> assertArrayEquals(expected.toBooleanArray(), got.toBooleanArray(), what);
        }
    }

    private static NDArray scalar(Object value) {
        if (value instanceof Double d) {
            return NDArray.scalar(d);
        } else if (value instanceof Float f) {
            return NDArray.scalar(f);
        } else if (value instanceof Integer i) {
            return NDArray.scalar(i);
        } else if (value instanceof Long l) {
            return NDArray.scalar(l);
        } else if (value instanceof Boolean b) {
            return NDArray.scalar(b);
        }
        throw new AssertionError("not a value: " + value);
    }
}
