package dev.symbolon.internal.picture;

import dev.symbolon.internal.ir.Node;
import java.util.List;

/**
 * One compiled method's graph to draw: its roots (the outputs, then the updates' new values) and a
 * name for each root, as debug mode names them ({@code value}, {@code update(w)}).
 */
public record MethodPicture(String method, List<Node> roots, List<String> rootNames) {
    public MethodPicture {
        roots = List.copyOf(roots);
        rootNames = List.copyOf(rootNames);
        if (roots.size() != rootNames.size()) {
            throw new IllegalArgumentException(method + ": " + roots.size() + " roots but " + rootNames.size()
                    + " names " + rootNames);
        }
    }
}
