package dev.symbolon.internal.dsl;

/**
 * The kind of one parameter of a DSL function: what a call may pass there, and so which Java
 * overloads {@code T} and the handle classes declare for it.
 */
public enum Param {
    /** A symbolic value; the Java overloads take each handle class (Scalar, Vector, Matrix, Tensor). */
    OPERAND(true),
    /** As {@link #OPERAND}, and a {@code double} literal, typed weakly next to the other operands. */
    OPERAND_OR_DOUBLE(true),
    /** A symbolic value of any rank whose rank the result does not follow: declared {@code SymbolicValue}. */
    VALUE(true),
    /** As {@link #VALUE}, and a {@code double} literal. */
    VALUE_OR_DOUBLE(true),
    /** An {@code int} axis; negative counts from the end. */
    AXIS(false),
    /** {@code int} varargs: a shape or a permutation; the rank rule sees how many were given. */
    INTS(false),
    /** A {@code DType}. */
    DTYPE(false),
    /** An {@code int} that is no axis: an index, a slice bound, a length. */
    INT(false),
    /**
     * Operand varargs, one or more: the Java overloads take each handle class as varargs, all operands
     * of one class; the rank rule sees every operand's rank ({@code concatenate}, {@code stack}).
     */
    OPERANDS(true),
    /**
     * An {@code int[]} of axes, negative counting from the end: a body writes an array literal,
     * {@code new int[] {1, 2}} (or {@code new int[] {}}); the rank rule sees the first such list's length.
     */
    AXES(false);

    private final boolean symbolic;

    Param(boolean symbolic) {
        this.symbolic = symbolic;
    }

    /**
     * Whether a graph node goes there. A number known while reading the body goes there too, as a
     * rank-0 node typed weakly next to the call's other operands, whether or not Java takes a double
     * there (in {@code T} a primitive scalar is a {@code Scalar}).
     */
    public boolean isSymbolic() {
        return symbolic;
    }

    /** Whether {@code T} and the handles take a {@code double} literal there. */
    public boolean takesDouble() {
        return this == OPERAND_OR_DOUBLE || this == VALUE_OR_DOUBLE;
    }
}
