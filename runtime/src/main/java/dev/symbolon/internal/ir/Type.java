package dev.symbolon.internal.ir;

import dev.symbolon.runtime.DType;
import java.util.Arrays;

/**
 * The static type of a node: dtype, rank, and which dimensions are known to have size 1 and so
 * broadcast. Sizes themselves are only known at run time. As in Theano, a dimension broadcasts only
 * when its type says so (a missing leading dimension always does), which makes every broadcast, and
 * so every gradient that sums one back, known when the graph is built.
 */
public final class Type {
    private final DType dtype;
    private final boolean[] broadcastable;

    private Type(DType dtype, boolean[] broadcastable) {
        this.dtype = dtype;
        this.broadcastable = broadcastable;
    }

    /** A type of the given rank with no broadcastable dimension: what inputs and shared values have. */
    public static Type of(DType dtype, int rank) {
        if (rank < 0) {
            throw new IllegalArgumentException("rank must be at least 0, got " + rank);
        }
        return new Type(dtype, new boolean[rank]);
    }

    public static Type scalar(DType dtype) {
        return of(dtype, 0);
    }

    public static Type of(DType dtype, boolean... broadcastable) {
        return new Type(dtype, broadcastable.clone());
    }

    public DType dtype() {
        return dtype;
    }

    public int rank() {
        return broadcastable.length;
    }

    public boolean isScalar() {
        return broadcastable.length == 0;
    }

    public boolean isBroadcastable(int dim) {
        return broadcastable[dim];
    }

    public boolean[] broadcastable() {
        return broadcastable.clone();
    }

    public Type withDtype(DType newDtype) {
        return new Type(newDtype, broadcastable);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Type t && t.dtype == dtype && Arrays.equals(t.broadcastable, broadcastable);
    }

    @Override
    public int hashCode() {
        return dtype.hashCode() * 31 + Arrays.hashCode(broadcastable);
    }

    /** Theano's notation: {@code float64[]} for a scalar, {@code float64[n,1]} with 1 for broadcastable. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(dtype.numpyName()).append('[');
        for (int i = 0; i < broadcastable.length; i++) {
            s.append(i == 0 ? "" : ",").append(broadcastable[i] ? "1" : "?");
        }
        return s.append(']').toString();
    }

    /** The name of the DSL type of this rank, for messages: Scalar, Vector, Matrix or Tensor. */
    public String kindName() {
        return switch (rank()) {
            case 0 -> "Scalar";
            case 1 -> "Vector";
            case 2 -> "Matrix";
            default -> "Tensor(rank " + rank() + ")";
        };
    }
}
