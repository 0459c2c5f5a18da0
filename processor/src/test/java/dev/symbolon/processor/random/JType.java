package dev.symbolon.processor.random;

/**
 * The Java type of a generated expression, as javac sees it: it decides which spellings apply
 * (operators need primitives, handle methods a handle receiver) and how a method is called.
 */
enum JType {
    DOUBLE("double", 0), INT("int", 0), LONG("long", 0), BOOLEAN("boolean", 0),
    SCALAR("Scalar", 0), VECTOR("Vector", 1), MATRIX("Matrix", 2);

    final String source;
    final int rank;

    JType(String source, int rank) {
        this.source = source;
        this.rank = rank;
    }

    boolean primitive() {
        return this == DOUBLE || this == INT || this == LONG || this == BOOLEAN;
    }

    boolean integer() {
        return this == INT || this == LONG;
    }

    static JType handle(int rank) {
        return switch (rank) {
            case 0 -> SCALAR;
            case 1 -> VECTOR;
            case 2 -> MATRIX;
            default -> throw new IllegalArgumentException("rank " + rank);
        };
    }
}
