package dev.symbolon.processor.model;

import dev.symbolon.graph.Node;
import java.util.OptionalDouble;

/**
 * A {@code @Shared} field: state the generated class owns across calls.
 *
 * @param name the field's name, also the name of its {@code SharedVariable} accessor
 * @param node the {@code SHARED} leaf that stands for the field's value in graphs (it carries dtype and rank)
 * @param initialValue the value a scalar field starts at, from its constant initializer, already
 *     rounded to the field's dtype; empty for the default: 0 for a scalar, unset for any other rank
 */
public record SharedField(String name, Node node, OptionalDouble initialValue) {
    public SharedField {
        if (initialValue.isPresent() && node.rank() != 0) {
            throw new IllegalArgumentException("shared field '" + name + "' has rank " + node.rank()
                    + ", but only a scalar field has an initial value");
        }
    }

    /** A field that starts at the default. */
    public SharedField(String name, Node node) {
        this(name, node, OptionalDouble.empty());
    }
}
