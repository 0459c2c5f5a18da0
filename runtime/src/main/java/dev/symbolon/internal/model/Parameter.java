package dev.symbolon.internal.model;

import dev.symbolon.internal.ir.Node;

/**
 * A parameter of a {@code @Symbolic} method.
 *
 * @param name the parameter's name in the user's source
 * @param node the {@code INPUT} leaf standing for it (dtype and rank give its value type: a Java
 *     primitive for rank 0, else {@code NDArray} and the Java array of that rank and dtype)
 */
public record Parameter(String name, Node node) {}
