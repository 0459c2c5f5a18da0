package dev.symbolon.processor.random;

/** The ways a body can write one operation; each must mean the same graph. */
enum Spelling {
    /** {@code (a + b)}, on primitives. */
    INFIX,
    /** {@code (-a)}, on primitives. */
    PREFIX,
    /** {@code ((long) a)}: a Java cast of a primitive. */
    CAST,
    /** {@code Math.exp(a)}, on primitives. */
    MATH,
    /** {@code exp(a)}, T's function imported statically. */
    STATIC,
    /** {@code T.exp(a)}. */
    QUALIFIED,
    /** {@code a.exp()}, a method of the first operand's handle. */
    METHOD,
    /** {@code f(a, b)}: another {@code @Symbolic} method of the same class, inlined by the processor. */
    CALL
}
