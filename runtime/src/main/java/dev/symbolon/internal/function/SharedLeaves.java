package dev.symbolon.internal.function;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
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
 */
public final class SharedLeaves {
    private static final Map<SharedVariable, Node> LEAVES = new WeakHashMap<>();
    private static final Map<String, WeakReference<SharedVariable>> BY_NAME = new HashMap<>();

    private SharedLeaves() {}

    /** The leaf standing for {@code variable}'s value in graphs; the same leaf every time. */
    public static synchronized Node leaf(SharedVariable variable) {
        Node leaf = LEAVES.get(variable);
        if (leaf == null) {
            String name = freeName(variable.name());
            leaf = GraphOps.shared(name, Type.of(variable.dtype(), variable.rank()));
            LEAVES.put(variable, leaf);
            BY_NAME.put(name, new WeakReference<>(variable));
        }
        return leaf;
    }

    /**
     * The variable whose leaf {@code leaf} is.
     *
     * @throws IllegalArgumentException if it is the leaf of no live variable (a {@code @Shared} field
     *     of a traced class, say)
     */
    public static synchronized SharedVariable variable(Node leaf) {
        if (leaf.op() != Op.SHARED) {
            throw new IllegalArgumentException(leaf.describe() + " is not a shared value");
        }
        WeakReference<SharedVariable> ref = BY_NAME.get(leaf.name());
        SharedVariable variable = ref == null ? null : ref.get();
        if (variable == null || LEAVES.get(variable) != leaf) {
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
