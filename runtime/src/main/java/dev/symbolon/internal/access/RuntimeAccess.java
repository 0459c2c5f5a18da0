package dev.symbolon.internal.access;

import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.DebugMismatch;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.NumericalError;
import dev.symbolon.runtime.SharedVariable;

/**
 * The package-private members of {@code dev.symbolon.runtime} that generated code and the compiler
 * core need: an array's backing data, a shared variable's value without a copy, and the constructors
 * users never call. Implemented in that package and registered with {@link Internals}.
 */
public interface RuntimeAccess {
    double[] doubleData(NDArray array);

    float[] floatData(NDArray array);

    int[] intData(NDArray array);

    long[] longData(NDArray array);

    boolean[] boolData(NDArray array);

    int offset(NDArray array);

    boolean isWhole(NDArray array);

    SharedVariable sharedVariable(String name, DType dtype, int rank);

    NDArray value(SharedVariable variable);

    void assign(SharedVariable variable, NDArray newValue);

    NumericalError numericalError(String method, String operation, SourcePosition position, String message);

    DebugMismatch debugMismatch(String method, String result, SourcePosition position, String message);
}
