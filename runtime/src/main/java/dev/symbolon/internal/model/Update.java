package dev.symbolon.internal.model;

import dev.symbolon.internal.ir.Node;

/**
 * {@code update(field, newValue)}: after a successful call, the shared field takes the new value.
 *
 * @param field the shared field's name
 * @param newValue the graph computing the new value, from the values before the call
 */
public record Update(String field, Node newValue) {}
