package dev.symbolon.processor.model;

import dev.symbolon.graph.Node;

/**
 * A {@code @Shared} field: state the generated class owns across calls.
 *
 * @param name the field's name, also the name of its {@code SharedVariable} accessor
 * @param node the {@code SHARED} leaf that stands for the field's value in graphs (it carries dtype and rank)
 */
public record SharedField(String name, Node node) {}
