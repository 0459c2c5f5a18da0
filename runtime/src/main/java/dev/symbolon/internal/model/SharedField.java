package dev.symbolon.internal.model;

import dev.symbolon.internal.ir.Node;
import java.util.Optional;

/**
 * A {@code @Shared} field: state the generated class owns across calls.
 *
 * @param name the field's name, also the name of its {@code SharedVariable} accessor
 * @param node the {@code SHARED} leaf that stands for the field's value in graphs (it carries dtype and rank)
 * @param initialValue the constant a scalar field starts at, from its initializer, already
 *     converted to the field's dtype; empty for the default: 0 for a scalar, unset for any other rank
 */
public record SharedField(String name, Node node, Optional<Node> initialValue) {
    public SharedField {
        if (initialValue.isPresent() && (node.rank() != 0 || !initialValue.get().type().equals(node.type()))) {
            throw new IllegalStateException("bug in Symbolon: shared field '" + name + "' has rank " + node.rank()
                    + ", but only a scalar field has an initial value, a constant of its own type");
        }
    }

    /** A field that starts at the default. */
    public SharedField(String name, Node node) {
        this(name, node, Optional.empty());
    }
}
