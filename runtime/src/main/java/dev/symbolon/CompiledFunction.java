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
