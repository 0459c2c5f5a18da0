package dev.symbolon.processor.random;

/** What a generated method computes in: its float dtype, or integer arithmetic on primitives. */
enum Flavor {
    FLOAT64, FLOAT32, INTEGER;

    /** The Java type a value of this Java type is passed as to the generated method. */
    Class<?> valueType(JType type) {
        return switch (type) {
            case DOUBLE, SCALAR -> this == FLOAT32 ? float.class : double.class;
            case INT -> int.class;
            case LONG -> long.class;
            case BOOLEAN -> boolean.class;
            case VECTOR, MATRIX -> dev.symbolon.runtime.NDArray.class;
        };
    }
}
