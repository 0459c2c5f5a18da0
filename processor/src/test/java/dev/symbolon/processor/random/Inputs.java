package dev.symbolon.processor.random;

import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The arguments of a call: floats uniform in [-2, 2], integers mostly small and sometimes the
 * extremes of their type. Each parameter's value depends only on the program's seed and the names
 * of the method and parameter, so that a shrunk program is called with the same values.
 */
final class Inputs {
    private Inputs() {}

    /** Each parameter's value, by name, in the dtype the method gives it; scalars of rank 0. */
    static Map<String, NDArray> of(Program program, Program.Method m) {
        Map<String, NDArray> values = new LinkedHashMap<>();
        for (Expr.Name p : m.params()) {
            Random random = new Random(Objects.hash(program.seed(), m.name(), p.name()));
            values.put(p.name(), value(random, m.flavor(), p.type(), program.size()));
        }
        return values;
    }

    private static NDArray value(Random random, Flavor flavor, JType type, int n) {
        return switch (type) {
            case INT -> NDArray.scalar(random.nextDouble() < 0.8 ? random.nextInt(41) - 20
                    : new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 1}[random.nextInt(5)]);
            case LONG -> NDArray.scalar(random.nextDouble() < 0.8 ? (long) random.nextInt(41) - 20
                    : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1L << 53}[random.nextInt(5)]);
            case DOUBLE, SCALAR -> floats(random, flavor, new int[0]);
            case VECTOR -> floats(random, flavor, new int[] {n});
            case MATRIX -> floats(random, flavor, new int[] {n, n});
            case BOOLEAN -> throw new IllegalArgumentException("no boolean parameters");
        };
    }

    private static NDArray floats(Random random, Flavor flavor, int[] shape) {
        int count = 1;
        for (int d : shape) {
            count *= d;
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextDouble() * 4 - 2;
        }
        NDArray array = NDArray.wrap(values, shape);
        return flavor == Flavor.FLOAT32 ? cast(array, DType.FLOAT32) : array;
    }

    static NDArray cast(NDArray array, DType dtype) {
        if (dtype == DType.FLOAT32) {
            return NDArray.wrap(array.toFloatArray(), array.shape());
        }
        return NDArray.wrap(array.toDoubleArray(), array.shape());
    }

    /** The Java value a generated or plain method takes for this value. */
    static Object javaArgument(NDArray value, Class<?> type) {
        if (type == NDArray.class) {
            return value;
        }
        if (type == double.class) {
            return value.toDoubleArray()[0];
        }
        if (type == float.class) {
            return value.toFloatArray()[0];
        }
        if (type == int.class) {
            return value.toIntArray()[0];
        }
        return value.toLongArray()[0];
    }

    /** A returned Java value as an array, scalars of rank 0. */
    static NDArray fromJava(Object value) {
        if (value instanceof NDArray array) {
            return array;
        }
        if (value instanceof Double d) {
            return NDArray.scalar(d);
        }
        if (value instanceof Float f) {
            return NDArray.scalar(f);
        }
        if (value instanceof Integer i) {
            return NDArray.scalar(i);
        }
        if (value instanceof Long l) {
            return NDArray.scalar(l);
        }
        if (value instanceof Boolean b) {
            return NDArray.scalar(b);
        }
        throw new IllegalArgumentException("not a value: " + value);
    }
}
