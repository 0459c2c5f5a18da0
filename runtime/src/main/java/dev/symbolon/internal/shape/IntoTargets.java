package dev.symbolon.internal.shape;

import dev.symbolon.internal.access.Internals;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import java.util.Arrays;
import java.util.Objects;

/**
 * The checks of the arrays a generated {@code <method>Into} form writes its results into: each
 * target's dtype and rank before the call, its shape once the result's is known, and that it shares
 * its backing array with no argument and no other target (a kernel would read what it had just
 * written).
 */
public final class IntoTargets {
    private IntoTargets() {}

    /** The target of {@code output} is there and has the output's dtype and rank. */
    public static NDArray requireTarget(String method, String output, NDArray target, DType dtype, int rank) {
        Objects.requireNonNull(target, method + ": the target of output " + output
                + " is null; pass an NDArray to write it into");
        if (target.dtype() != dtype) {
            throw new IllegalArgumentException(method + ": output " + output + " is a " + dtype
                    + " array, but its target is a " + target.dtype() + " array of shape "
                    + ShapeChecks.format(target.shape()) + "; pass a " + dtype + " array of rank " + rank);
        }
        if (target.rank() != rank) {
            throw new ShapeException(method + ": output " + output + " has rank " + rank + ", but its target has shape "
                    + ShapeChecks.format(target.shape()) + "; pass a " + dtype + " array of rank " + rank);
        }
        return target;
    }

    /** The target of {@code output} has the output's shape, which the call has just computed. */
    public static void requireShape(String method, String output, NDArray target, int[] shape) {
        int[] targetShape = target.shape();
        if (!Arrays.equals(targetShape, shape)) {
            throw new ShapeException(method + ": output " + output + " has shape " + ShapeChecks.format(shape)
                    + ", but its target has shape " + ShapeChecks.format(targetShape) + "; pass an array of shape "
                    + ShapeChecks.format(shape) + " (NDArray.zeros(DType." + target.dtype().name() + ", "
                    + Arrays.toString(shape).replace("[", "").replace("]", "") + ") makes one)");
        }
    }

    /** The target of {@code output} shares its backing array with none of {@code others}: the arguments and the other targets. */
    public static void requireApart(String method, String output, NDArray target, NDArray... others) {
        Object data = data(target);
        for (NDArray other : others) {
            if (other != null && other.rank() > 0 && data(other) == data) {
                throw new IllegalArgumentException(method + ": the target of output " + output
                        + " shares its array with an argument or another target, which the call would read after"
                        + " writing it; pass an array of its own");
            }
        }
    }

    /**
     * Copies {@code result}, as the value form computed it, into {@code target}: an executor's results,
     * or a result that a form could not compute in place.
     */
    public static NDArray copy(String method, String output, NDArray result, NDArray target) {
        requireShape(method, output, target, result.shape());
        Object from = data(result);
        int at = Internals.offset(result);
        System.arraycopy(from, at, data(target), Internals.offset(target), result.size());
        return target;
    }

    private static Object data(NDArray array) {
        return switch (array.dtype()) {
            case FLOAT64 -> Internals.doubleData(array);
            case FLOAT32 -> Internals.floatData(array);
            case INT32 -> Internals.intData(array);
            case INT64 -> Internals.longData(array);
            case BOOL -> Internals.boolData(array);
        };
    }
}
