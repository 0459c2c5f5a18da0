package dev.symbolon.internal.model;

import dev.symbolon.internal.ir.Node;

/**
 * One value a method returns.
 *
 * @param name the record component's name, or {@code "value"} for a single unnamed result
 * @param node the graph computing it
 */
public record Output(String name, Node node) {}
