package dev.symbolon.internal.access;

import dev.symbolon.SymbolicValue;
import dev.symbolon.Tensor;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.DebugMismatch;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.NumericalError;
import dev.symbolon.runtime.SharedVariable;

/**
 * The one door from generated code and the compiler core to members of the public classes that users
 * must not call: {@code NDArray}'s backing arrays, {@code SharedVariable}'s value without a copy and
 * its assignment, the constructors of the debug-mode errors, and the node under a symbolic handle.
 * Those members stay package-private in their public classes, so the public API is only what API.md
 * documents.
 *
 * <p>This is the JDK's {@code SharedSecrets} pattern: each public package implements an access
 * interface ({@link RuntimeAccess}, {@link HandleAccess}) and registers it from a static initializer
 * of one of its classes ({@code NDArray}, {@code SymbolicValue}). A caller that comes here before that
 * class was ever used finds nothing registered, so the getter initializes the class first.
 * The implementations hold no state, so a reference seen without synchronization is complete.
 */
public final class Internals {
    private static RuntimeAccess runtime;
    private static HandleAccess handles;

    private Internals() {}

    /** Called once, by {@code NDArray}'s static initializer. */
    public static void register(RuntimeAccess access) {
        if (runtime != null) {
            throw new IllegalStateException("the runtime access is already registered");
        }
        runtime = access;
    }

    /** Called once, by {@code SymbolicValue}'s static initializer. */
    public static void register(HandleAccess access) {
        if (handles != null) {
            throw new IllegalStateException("the handle access is already registered");
        }
        handles = access;
    }

    // ---- for generated code

    public static double[] doubleData(NDArray array) {
        return runtime().doubleData(array);
    }

    public static float[] floatData(NDArray array) {
        return runtime().floatData(array);
    }

    public static int[] intData(NDArray array) {
        return runtime().intData(array);
    }

    public static long[] longData(NDArray array) {
        return runtime().longData(array);
    }

    public static boolean[] boolData(NDArray array) {
        return runtime().boolData(array);
    }

    /**
     * Where element 0 of {@code array} lies in its backing array ({@code doubleData} and friends): 0
     * unless it is a view of part of an array ({@code NDArray.view}, {@code rows}). Every reader of a
     * backing array that may be a view must add it.
     */
    public static int offset(NDArray array) {
        return runtime().offset(array);
    }

    /**
     * {@code array} itself where its elements are its whole backing array, else a copy that is: for
     * code that reads a backing array from index 0 to its length (a kernel without an offset).
     */
    public static NDArray whole(NDArray array) {
        return runtime().isWhole(array) ? array : array.copy();
    }

    /** A {@code @Shared} field's variable: a scalar starts at 0, any other rank unset. */
    public static SharedVariable sharedVariable(String name, DType dtype, int rank) {
        return runtime().sharedVariable(name, dtype, rank);
    }

    /**
     * The current value itself, not a copy, for code that only reads it.
     *
     * @throws IllegalStateException if no value has been set, saying to call {@code setValue}
     */
    public static NDArray value(SharedVariable variable) {
        return runtime().value(variable);
    }

    /**
     * Makes {@code newValue} itself the current value, without copying or converting: an update
     * computed into an array the caller owns. A view of part of an array is copied (see {@link #whole}),
     * so that a shared value's elements are always its whole backing array.
     */
    public static void assign(SharedVariable variable, NDArray newValue) {
        // generated code reads a shared value's backing array from index 0: a view is never one
        runtime().assign(variable, whole(newValue));
    }

    // ---- for debug mode

    public static NumericalError numericalError(String method, String operation, SourcePosition position,
            String message) {
        return runtime().numericalError(method, operation, position, message);
    }

    public static DebugMismatch debugMismatch(String method, String result, SourcePosition position,
            String message) {
        return runtime().debugMismatch(method, result, position, message);
    }

    // ---- for front ends

    public static SymbolicValue handle(Node node) {
        return handles().handle(node);
    }

    public static Tensor tensor(Node node) {
        return handles().tensor(node);
    }

    public static Node node(SymbolicValue handle) {
        return handles().node(handle);
    }

    private static RuntimeAccess runtime() {
        if (runtime == null) {
            initialize(NDArray.class);
        }
        return runtime;
    }

    private static HandleAccess handles() {
        if (handles == null) {
            initialize(SymbolicValue.class);
        }
        return handles;
    }

    private static void initialize(Class<?> registering) {
        try {
            Class.forName(registering.getName(), true, registering.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot initialize " + registering.getName(), e);
        }
    }
}
