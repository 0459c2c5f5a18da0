package dev.symbolon.runtime;

/**
 * Element types of values and graph nodes, ordered from narrowest to widest kind as NumPy ranks them
 * for promotion: bool, then the integers, then the floats.
 */
public enum DType {
    BOOL("bool", "boolean", 1),
    INT32("int32", "int", 4),
    INT64("int64", "long", 8),
    FLOAT32("float32", "float", 4),
    FLOAT64("float64", "double", 8);

    private final String numpyName;
    private final String javaName;
    private final int byteSize;

    DType(String numpyName, String javaName, int byteSize) {
        this.numpyName = numpyName;
        this.javaName = javaName;
        this.byteSize = byteSize;
    }

    /** The name NumPy gives this dtype: {@code float64}, {@code int32}, ... */
    public String numpyName() {
        return numpyName;
    }

    /** The Java primitive type that holds one element: {@code double}, {@code int}, ... */
    public String javaName() {
        return javaName;
    }

    public int byteSize() {
        return byteSize;
    }

    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64;
    }

    public boolean isInteger() {
        return this == INT32 || this == INT64;
    }

    /**
     * The dtype NumPy gives a binary arithmetic result of arrays of these dtypes: the wider kind wins,
     * and an integer meeting float32 needs float64 to hold every int32 and int64 value exactly.
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

    /** The float dtype that math on this dtype yields: floats keep theirs, the rest become float64. */
    public DType toFloat() {
        return isFloat() ? this : FLOAT64;
    }

    @Override
    public String toString() {
        return numpyName;
    }
}
