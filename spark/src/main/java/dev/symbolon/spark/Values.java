package dev.symbolon.spark;

import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import java.io.Serializable;

/**
 * An {@link NDArray} in a form that Spark can ship (NDArray is not {@link Serializable}): its dtype,
 * shape and row-major elements in the Java array of its dtype.
 */
final class Values implements Serializable {
    private static final long serialVersionUID = 1L;

    private final DType dtype;
    private final int[] shape;
    private final Object data;

    private Values(DType dtype, int[] shape, Object data) {
        this.dtype = dtype;
        this.shape = shape;
        this.data = data;
    }

    static Values of(NDArray array) {
        Object data = switch (array.dtype()) {
            case FLOAT64 -> array.toDoubleArray();
            case FLOAT32 -> array.toFloatArray();
            case INT64 -> array.toLongArray();
            case INT32 -> array.toIntArray();
            case BOOL -> array.toBooleanArray();
        };
        return new Values(array.dtype(), array.shape(), data);
    }

    /** The array, sharing this snapshot's elements: callers only read it. */
    NDArray array() {
        return switch (dtype) {
            case FLOAT64 -> NDArray.wrap((double[]) data, shape);
            case FLOAT32 -> NDArray.wrap((float[]) data, shape);
            case INT64 -> NDArray.wrap((long[]) data, shape);
            case INT32 -> NDArray.wrap((int[]) data, shape);
            case BOOL -> NDArray.wrap((boolean[]) data, shape);
        };
    }
}
