package dev.symbolon.processor.frontend;

import dev.symbolon.runtime.DType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters and locals of one method being read. Java's own scoping needs nothing more: a
 * symbolic body has no nested blocks, and a local cannot shadow a parameter.
 */
final class Scope {
    enum Kind { PARAMETER, LOCAL }

    /**
     * A name's current value; {@code value} is null when the local's declaration failed, so that its
     * uses stop quietly instead of repeating that error. {@code conversion} is the dtype of a local
     * declared with a primitive type: every value assigned to it is converted to that dtype.
     */
    record Binding(Kind kind, Value value, Optional<DType> conversion) {}

    private final Map<String, Binding> bindings = new HashMap<>();

    void parameter(String name, Value value) {
        bindings.put(name, new Binding(Kind.PARAMETER, value, Optional.empty()));
    }

    /** Declares or reassigns local {@code name}; a null value marks it as failed. */
    void local(String name, Value value, Optional<DType> conversion) {
        Value converted = value == null ? null : conversion.map(value::convertTo).orElse(value);
        bindings.put(name, new Binding(Kind.LOCAL, converted, conversion));
    }

    Optional<Binding> find(String name) {
        return Optional.ofNullable(bindings.get(name));
    }
}
