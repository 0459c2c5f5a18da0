package dev.symbolon.internal.executor;

import dev.symbolon.internal.random.DrawCall;
import dev.symbolon.runtime.NDArray;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs the calls of one compiled method on one device. The generated method has already checked its
 * arguments (not null, the parameter's dtype and rank) and read the shared values (every one set),
 * and it applies the updates only after {@code run} returns: an executor never assigns shared state.
 *
 * <p>Calls of a method that reads or updates shared state never overlap (the generated method is
 * synchronized on its instance); other methods' calls may come from several threads at once.
 */
public interface Executor {
    /**
     * Computes one call.
     *
     * @param arguments one value per {@link MethodGraph#parameters()}, in order, scalars as rank-0
     *     arrays; the executor must not change them
     * @param shared the current value of each of {@link MethodGraph#shared()}, in order; the executor
     *     must not change them
     * @param draws the call's random stream, from which the graph's draws take their numbers by the
     *     definition of {@link dev.symbolon.internal.random.Draws} (the numbers the CPU would draw, so that
     *     a seeded run gives the same results on every device); null for a method that does not draw
     * @return the outputs and new values, of the dtypes and ranks the {@link MethodGraph} gives
     * @throws dev.symbolon.runtime.ShapeException if dimensions do not fit, made with {@link
     *     dev.symbolon.internal.shape.ShapeChecks#error} (the op's function name, the problem, the op's
     *     position from the graph text); the generated method prefixes the call's description, as it
     *     does to the CPU's. Only dtypes and ranks are checked before the call: dimensions are the
     *     executor's to check
     */
    Results run(List<NDArray> arguments, List<NDArray> shared, @Nullable DrawCall draws);
}
