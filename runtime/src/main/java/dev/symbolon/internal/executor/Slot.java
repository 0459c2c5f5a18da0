package dev.symbolon.internal.executor;

import dev.symbolon.runtime.DType;
import java.util.Objects;

/**
 * One value that crosses the seam, with the name that binds it: a parameter (named as the graph's
 * {@code INPUT} leaf), a shared variable (named as the graph's {@code SHARED} leaf and as the
 * field), an output (the record component, or {@code value}) or an update (the field it assigns).
 */
public record Slot(String name, DType dtype, int rank) {
    public Slot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dtype, "dtype");
        if (rank < 0) {
            throw new IllegalArgumentException(name + ": rank " + rank + " is negative");
        }
    }

    @Override
    public String toString() {
        return name + ": " + dtype.name().toLowerCase(java.util.Locale.ROOT) + " of rank " + rank;
    }
}
