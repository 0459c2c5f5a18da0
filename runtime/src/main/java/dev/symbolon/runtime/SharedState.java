package dev.symbolon.runtime;

import dev.symbolon.internal.shape.Shapes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A set of shared variables saved and loaded together as one NumPy {@code .npz} archive, one entry per
 * name: what a compiled class's {@code saveState} and {@code loadState} do with its {@code @Shared}
 * fields, and what any other owner of shared variables can do with its own.
 *
 * <p>Loading is all or nothing: every entry is read and checked against its variable (name, dtype and
 * rank) before any variable changes. Saving replaces the file atomically.
 */
public final class SharedState {
    private final Map<String, SharedVariable> variables;

    /**
     * The variables under these names, in this order (the order of the archive's entries).
     *
     * @param variables the variables by the names their entries have in a file
     */
    public SharedState(Map<String, SharedVariable> variables) {
        Objects.requireNonNull(variables, "variables is null");
        Map<String, SharedVariable> copy = new LinkedHashMap<>();
        variables.forEach((name, variable) -> copy.put(Objects.requireNonNull(name, "a name is null"),
                Objects.requireNonNull(variable, () -> "the variable named '" + name + "' is null")));
        this.variables = Collections.unmodifiableMap(copy);
    }

    /**
     * The variables, each under its own {@link SharedVariable#name()}, in this order.
     *
     * @throws IllegalArgumentException if two have the same name
     *
     * @param variables the variables, each saved under its own name
     * @return the state of these variables
     */
    public static SharedState of(SharedVariable... variables) {
        Map<String, SharedVariable> byName = new LinkedHashMap<>();
        for (SharedVariable v : variables) {
            if (byName.put(Objects.requireNonNull(v, "a variable is null").name(), v) != null) {
                throw new IllegalArgumentException("two shared variables are named '" + v.name() + "'");
            }
        }
        return new SharedState(byName);
    }

    /**
     * Writes every variable's value to {@code file}, replacing it atomically.
     *
     * @throws IllegalStateException if a variable has no value yet
     *
     * @param file the {@code .npz} file to write
     * @throws IOException if the file cannot be written
     */
    public void save(Path file) throws IOException {
        Objects.requireNonNull(file, "file is null");
        Map<String, NDArray> values = new LinkedHashMap<>();
        variables.forEach((name, variable) -> values.put(name, variable.value()));
        NDArray.saveAll(file, values);
    }

    /**
     * Sets every variable to its entry in {@code file}, or, if any entry does not fit, none.
     *
     * @throws IOException naming the file if it cannot be read as an {@code .npz} archive
     * @throws IllegalArgumentException naming the file, the first entry that does not fit and why: an
     *         entry missing or not a variable of this state, or of another dtype or rank than its variable
     *
     * @param file the {@code .npz} file to read, as {@link #save} writes it
     */
    public void load(Path file) throws IOException {
        Objects.requireNonNull(file, "file is null");
        Map<String, NDArray> entries = NDArray.loadAll(file);
        for (Map.Entry<String, SharedVariable> e : variables.entrySet()) {
            NDArray entry = entries.get(e.getKey());
            String problem = entry == null ? "it has no entry '" + e.getKey() + "' (its entries: " + names(entries) + ")"
                    : misfit(e.getKey(), entry, e.getValue());
            if (problem != null) {
                throw refused(file, problem);
            }
        }
        List<String> extra = new ArrayList<>(entries.keySet());
        extra.removeAll(variables.keySet());
        if (!extra.isEmpty()) {
            throw refused(file, "entry '" + extra.get(0) + "' is not one of the variables " + names(variables));
        }
        variables.forEach((name, variable) -> variable.assign(entries.get(name)));
    }

    private static @Nullable String misfit(String name, NDArray entry, SharedVariable variable) {
        if (entry.dtype() != variable.dtype()) {
            return "entry '" + name + "' holds " + entry.dtype() + ", but shared variable '" + variable.name()
                    + "' holds " + variable.dtype();
        }
        if (entry.rank() != variable.rank()) {
            return "entry '" + name + "' has rank " + entry.rank() + " (shape " + Shapes.format(entry.shape())
                    + "), but shared variable '" + variable.name() + "' has rank " + variable.rank();
        }
        return null;
    }

    private static String names(Map<String, ?> map) {
        return map.isEmpty() ? "none" : String.join(", ", map.keySet());
    }

    private static IllegalArgumentException refused(Path file, String problem) {
        return new IllegalArgumentException("cannot load state from " + file + ": " + problem + "; nothing was changed");
    }
}
