package dev.symbolon.processor.frontend;

import dev.symbolon.internal.model.Update;
import java.util.ArrayList;
import java.util.List;

/** The updates of one call of a method, its own and those of the methods inlined into it, in source order. */
final class Updates {
    private final List<Update> updates = new ArrayList<>();

    /** Adds {@code update}; false when its field already has one, which would make the order matter. */
    boolean add(Update update) {
        if (updates.stream().anyMatch(u -> u.field().equals(update.field()))) {
            return false;
        }
        updates.add(update);
        return true;
    }

    List<Update> list() {
        return List.copyOf(updates);
    }
}
