package dev.symbolon;

import dev.symbolon.internal.function.RuntimeFunction;
import dev.symbolon.runtime.NDArray;
import java.util.List;

/**
 * A function built at run time with {@link T#function}, compiled as a generated class is (Theano's
 * {@code function}). Calls take the inputs in order and return the outputs in order, scalars as
 * rank-0 {@link NDArray}s; updates of shared variables apply after the outputs, together, and only
 * when the call succeeds.
 *
 * <p>Not thread-safe, like a compiled instance, but concurrent calls never lose an update: a call
 * holds this function's monitor and those of the shared variables it reads or updates, so calls of
 * this function, and of other functions sharing its variables, run one after another. To set or read
 * a variable while other threads call functions, hold the variable's monitor.
 */
public final class CompiledFunction {
    private final RuntimeFunction function;

    CompiledFunction(RuntimeFunction function) {
        this.function = function;
    }

    /**
     * Runs the function.
     *
     * @param arguments one per input, in order: an {@link NDArray} of the input's dtype and rank, a Java
     *     array of them ({@code double[][]} for a float64 matrix; copied), or, for a scalar input, a
     *     number (a whole number for an integer input) or a boolean
     * @return the outputs, in order
     * @throws IllegalArgumentException if an argument is missing, of another dtype or rank
     * @throws dev.symbolon.runtime.ShapeException if shapes do not fit, naming the inputs with their
     *     shapes, the operation and the source line that built it
     * @throws NullPointerException if an argument is null
     */
    public synchronized List<NDArray> call(Object... arguments) {
        return function.call(arguments);
    }

    /**
     * Runs the function as {@link #call} does, writing each non-scalar output into the array of the same
     * index in {@code into} instead of a new one, as a compiled class's {@code <method>Into} form does:
     * once warmed up, a call allocates no array of its data's size. A target may be a view
     * ({@code NDArray.view}, {@code rows}), written where it lies.
     *
     * @param into one entry per output, in order: the array to write a non-scalar output into, of its
     *     dtype and shape, sharing its data with no argument and no other target; the entries of scalar
     *     outputs are not read and may be null
     * @param arguments as for {@link #call}
     * @return the outputs, in order: the targets themselves, and the scalars as rank-0 arrays
     * @throws IllegalArgumentException if an argument is missing, of another dtype or rank, if
     *     {@code into} does not have one entry per output, if a target has another dtype or shares its
     *     data, or if every output is a scalar
     * @throws dev.symbolon.runtime.ShapeException if shapes do not fit, or a target's shape or rank is not
     *     its output's (then no update applies, and targets may have been written in part)
     * @throws NullPointerException if an argument, {@code into} or the target of a non-scalar output is null
     */
    public synchronized List<NDArray> callInto(List<NDArray> into, Object... arguments) {
        return function.callInto(into, arguments);
    }

    /**
     * Seeds this function's random draws ({@code uniform}, {@code normal}, {@code bernoulli}): the calls
     * after this one draw the same numbers as after any other {@code seed} of the same value, whatever
     * the thread count, compiled or interpreted. Unseeded, a function is seeded from a secure source.
     *
     * @param seed any value
     */
    public synchronized void seed(long seed) {
        function.seed(seed);
    }

    /** {@return the optimized graph, one node a line, as {@code Compiled<Name>.debugPrint} prints a method's} */
    public String debugPrint() {
        return function.debugPrint();
    }

    /** Whether calls run compiled code; false where the JVM has no Java compiler (see API.md). */
    boolean isCompiled() {
        return function.isCompiled();
    }

    /** {@code function(x, y) built at Train.java:42}. */
    @Override
    public String toString() {
        return function.toString();
    }
}
