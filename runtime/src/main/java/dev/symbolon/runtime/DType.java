package dev.symbolon.runtime;

/**
 * Element types of values and graph nodes, ordered from narrowest to widest kind as NumPy ranks them
 * for promotion: bool, then the integers, then the floats.
 */
public enum DType {
    /** Booleans, held in {@code boolean}; numbers read them as 0 and 1. */
    BOOL("bool", "boolean", 1),
    /** 32-bit signed integers, held in {@code int}. */
    INT32("int32", "int", 4),
    /** 64-bit signed integers, held in {@code long}. */
    INT64("int64", "long", 8),
    /** IEEE single precision, held in {@code float}. */
    FLOAT32("float32", "float", 4),
    /** IEEE double precision, held in {@code double}: the default dtype. */
    FLOAT64("float64", "double", 8);

    private final String numpyName;
    private final String javaName;
    private final int byteSize;

    DType(String numpyName, String javaName, int byteSize) {
        this.numpyName = numpyName;
        this.javaName = javaName;
        this.byteSize = byteSize;
    }

    /** {@return the name NumPy gives this dtype: {@code float64}, {@code int32}, ..} */
    public String numpyName() {
        return numpyName;
    }

    /** {@return the Java primitive type that holds one element: {@code double}, {@code int}, ..} */
    public String javaName() {
        return javaName;
    }

    /** {@return the bytes one element takes in a {@code .npy} file: 1 for bool} */
    public int byteSize() {
        return byteSize;
    }

    /** {@return whether this is float32 or float64} */
    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /** {@return whether this is int32 or int64 (bool is neither integer nor float)} */
    public boolean isInteger() {
        return this == INT32 || this == INT64;
    }

    /**
     * The dtype NumPy gives a binary arithmetic result of arrays of these dtypes: the wider kind wins,
     * and an integer meeting float32 needs float64 to hold every int32 and int64 value exactly.
     *
     * @param a one operand's dtype
     * @param b the other operand's dtype
     * @return the result's dtype; the same for either order
     */
    public static DType promote(DType a, DType b) {
        if (a == b) {
            return a;
        }
        if (a.isFloat() && b.isFloat()) {
            return FLOAT64;
        }
        if (a.isFloat() || b.isFloat()) {
            DType f = a.isFloat() ? a : b;
            DType other = a.isFloat() ? b : a;
            return other == BOOL ? f : FLOAT64;
        }
        return a.ordinal() > b.ordinal() ? a : b;
    }

    /** {@return the float dtype that math on this dtype yields: floats keep theirs, the rest become float64} */
    public DType toFloat() {
        return isFloat() ? this : FLOAT64;
    }

    @Override
    public String toString() {
        return numpyName;
    }
}
