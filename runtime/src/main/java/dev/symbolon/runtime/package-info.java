/**
 * Values, shared variables, devices, modes and the exceptions of calls: what compiled code takes,
 * returns and keeps.
 *
 * <ul>
 *   <li>{@link dev.symbolon.runtime.NDArray}: a dense row-major array with a
 *       {@link dev.symbolon.runtime.DType} and a shape, the value of a {@code Vector}, {@code Matrix}
 *       or {@code Tensor}; it reads and writes NumPy's {@code .npy} and {@code .npz} files.
 *   <li>{@link dev.symbolon.runtime.SharedVariable}: state that outlives a call, Theano's shared
 *       variable; a generated class owns one per {@code @Shared} field, and {@code T.function}'s
 *       updates replace their values. {@link dev.symbolon.runtime.SharedState} saves and loads a set
 *       of them.
 *   <li>{@link dev.symbolon.runtime.Device} and {@link dev.symbolon.runtime.Mode}: where and how
 *       compiled code runs, from system properties or in code; {@link dev.symbolon.runtime.Profiler}
 *       tells where the time goes.
 *   <li>{@link dev.symbolon.runtime.ShapeException}, {@link dev.symbolon.runtime.NumericalError} and
 *       {@link dev.symbolon.runtime.DebugMismatch}: what a call throws when a shape does not fit, or,
 *       in debug mode, when a value goes wrong.
 * </ul>
 *
 * <pre>{@code
 * NDArray x = NDArray.of(new double[][] {{1, 2}, {3, 4}});
 * SharedVariable w = SharedVariable.of("w", NDArray.zeros(DType.FLOAT64, 2));
 * w.setValue(new double[] {0.5, -0.5});
 * SharedState.of(w).save(Path.of("weights.npz"));   // numpy.load reads it
 * x.shape();                                        // [2, 2]
 * }</pre>
 *
 * <p>Nothing here takes or returns null unless marked {@code @Nullable}: the package is
 * {@code @NullMarked}, so Kotlin sees its types as non-null Kotlin types.
 */
@NullMarked
package dev.symbolon.runtime;

import org.jspecify.annotations.NullMarked;
