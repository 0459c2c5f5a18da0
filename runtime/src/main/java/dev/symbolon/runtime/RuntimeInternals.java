package dev.symbolon.runtime;

import dev.symbolon.internal.access.Internals;
import dev.symbolon.internal.access.RuntimeAccess;
import dev.symbolon.internal.ir.SourcePosition;

/** This package's side of {@link Internals}: its package-private members, lent to generated code. */
final class RuntimeInternals implements RuntimeAccess {
    @Override
    public double[] doubleData(NDArray array) {
        return array.doubleData();
    }

    @Override
    public float[] floatData(NDArray array) {
        return array.floatData();
    }

    @Override
    public int[] intData(NDArray array) {
        return array.intData();
    }

    @Override
    public long[] longData(NDArray array) {
        return array.longData();
    }

    @Override
    public boolean[] boolData(NDArray array) {
        return array.boolData();
    }

    @Override
    public SharedVariable sharedVariable(String name, DType dtype, int rank) {
        return new SharedVariable(name, dtype, rank);
    }

    @Override
    public int offset(NDArray array) {
        return array.offset();
    }

    @Override
    public boolean isWhole(NDArray array) {
        return array.isWhole();
    }

    @Override
    public NDArray value(SharedVariable variable) {
        return variable.value();
    }

    @Override
    public void assign(SharedVariable variable, NDArray newValue) {
        variable.assign(newValue);
    }

    @Override
    public NumericalError numericalError(String method, String operation, SourcePosition position, String message) {
        return new NumericalError(method, operation, position.file(), position.line(), message);
    }

    @Override
    public DebugMismatch debugMismatch(String method, String result, SourcePosition position, String message) {
        return new DebugMismatch(method, result, position.file(), position.line(), message);
    }
}
