package dev.symbolon.internal.interpreter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.util.HashMap;
import java.util.Map;

/** Leaves, evaluation by name and value assertions shared by the interpreter's tests. */
final class Fixtures {
    private Fixtures() {}

    static Node input(String name, DType dtype, int rank) {
        return GraphOps.input(name, Type.of(dtype, rank));
    }

    static Node scalar(String name) {
        return input(name, DType.FLOAT64, 0);
    }

    static Node vector(String name) {
        return input(name, DType.FLOAT64, 1);
    }

    static Node matrix(String name) {
        return input(name, DType.FLOAT64, 2);
    }

    static Node constant(double value) {
        return GraphOps.constant(value, DType.FLOAT64);
    }

    /** Evaluates {@code output} with leaves given as alternating names and values. */
    static NDArray eval(Node output, Object... namesAndValues) {
        Map<String, NDArray> leaves = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            leaves.put((String) namesAndValues[i], (NDArray) namesAndValues[i + 1]);
        }
        return Interpreter.evaluate(output, leaves);
    }

    static NDArray of(double... values) {
        return NDArray.of(values);
    }

    static NDArray of(double[][] values) {
        return NDArray.of(values);
    }

    /** Asserts dtype, shape and exact float values (flattened, row-major). */
    static void assertValue(DType dtype, int[] shape, double[] expected, NDArray actual) {
        assertEquals(dtype, actual.dtype(), "dtype");
        assertArrayEquals(shape, actual.shape(), "shape");
        assertArrayEquals(expected, actual.toDoubleArray(), "values");
    }

    /** Asserts dtype, shape and float values to within {@code tolerance}. */
    static void assertClose(DType dtype, int[] shape, double[] expected, NDArray actual, double tolerance) {
        assertEquals(dtype, actual.dtype(), "dtype");
        assertArrayEquals(shape, actual.shape(), "shape");
        assertArrayEquals(expected, actual.toDoubleArray(), tolerance, "values");
    }

    /** Asserts dtype, shape and exact integer (or bool as 0 and 1) values. */
    static void assertLongs(DType dtype, int[] shape, long[] expected, NDArray actual) {
        assertEquals(dtype, actual.dtype(), "dtype");
        assertArrayEquals(shape, actual.shape(), "shape");
        assertArrayEquals(expected, actual.toLongArray(), "values");
    }

    static int[] shape(int... dims) {
        return dims;
    }
}
