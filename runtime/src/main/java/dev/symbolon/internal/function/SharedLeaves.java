package dev.symbolon.internal.function;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.SharedVariable;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The {@code SHARED} leaf of each {@link SharedVariable} that hands out symbolic handles, for graphs
 * built at run time. Leaves are hash-consed by name and type, so two variables of one name would
 * share a leaf; each variable therefore claims a leaf name of its own: its name while no other live
 * variable holds it, else the name with {@code _2}, {@code _3}, ... appended. A function finds the
 * variable of each shared leaf its graph reads here.
 *
 * <p>A graph keeps its variables alive, as a Theano graph does: a leaf holds its variable (weakly
 * keyed by the leaf, so a graph that goes takes its variable's entry with it), while a variable
 * holds only its leaf's name, never the leaf, so that no entry keeps its own key reachable.
 */
public final class SharedLeaves {
    private static final Map<Node, SharedVariable> OWNERS = new WeakHashMap<>();
    private static final Map<SharedVariable, Claim> CLAIMS = new WeakHashMap<>();
    private static final Map<String, WeakReference<SharedVariable>> BY_NAME = new HashMap<>();

    /**
     * A variable's leaf name, and the position of its first handle: nodes are interned with their
     * position, so every handle is built at that one position to be the same leaf.
     */
    private record Claim(String name, SourcePosition position) {}

    private SharedLeaves() {}

    /** The leaf standing for {@code variable}'s value in graphs; the same leaf while it is in use. */
    public static synchronized Node leaf(SharedVariable variable) {
        Claim claim = CLAIMS.get(variable);
        if (claim == null) {
            claim = new Claim(freeName(variable.name()), SourcePosition.current());
            CLAIMS.put(variable, claim);
            BY_NAME.put(claim.name(), new WeakReference<>(variable));
        }
        Node leaf;
        try (var scope = SourcePosition.enter(claim.position())) {
            leaf = GraphOps.shared(claim.name(), Type.of(variable.dtype(), variable.rank()));
        }
        OWNERS.put(leaf, variable);
        return leaf;
    }

    /**
     * The variable whose leaf {@code leaf} is.
     *
     * @throws IllegalArgumentException if it is the leaf of no variable (a {@code @Shared} field of a
     *     traced class, say)
     */
    public static synchronized SharedVariable variable(Node leaf) {
        if (leaf.op() != Op.SHARED) {
            throw new IllegalArgumentException(leaf.describe() + " is not a shared value");
        }
        SharedVariable variable = OWNERS.get(leaf);
        if (variable == null) {
            throw new IllegalArgumentException("shared value '" + leaf.name() + "' belongs to no SharedVariable:"
                    + " make shared values with SharedVariable.of(...) and take their handles with scalar(),"
                    + " vector(), matrix() or tensor()");
        }
        return variable;
    }
    private static String freeName(String name) {
        String candidate = name;
        for (int n = 2; isTaken(candidate); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }

    private static boolean isTaken(String name) {
        WeakReference<SharedVariable> ref = BY_NAME.get(name);
        return ref != null && ref.get() != null;
    }
}
