/**
 * The symbolic types and {@link dev.symbolon.T}, the functions of the DSL: the math a user writes.
 *
 * <p>A {@link dev.symbolon.Scalar}, {@link dev.symbolon.Vector}, {@link dev.symbolon.Matrix} or
 * {@link dev.symbolon.Tensor} is a handle on a node of a graph, not a value: {@code x.plus(y)} or
 * {@code T.add(x, y)} adds a node and returns the handle of its result, typed by the result's rank.
 * Nothing is computed until the graph is compiled. There are two ways to get a graph compiled:
 * <ul>
 *   <li>At compile time: an {@link dev.symbolon.annotation.Symbolic @Symbolic} method's body is read
 *       by the annotation processor (symbolon-processor), which generates a class
 *       {@code Compiled<Name>} with one method per {@code @Symbolic} method, taking and returning
 *       values ({@code double}, {@link dev.symbolon.runtime.NDArray}, Java arrays).
 *   <li>At run time: {@link dev.symbolon.T#function T.function} compiles a graph built from inputs
 *       ({@link dev.symbolon.T#matrix(String) T.matrix("x")}, ...) and shared variables into a
 *       {@link dev.symbolon.CompiledFunction}, as Theano's {@code function} does.
 * </ul>
 * Either way the graph is differentiated where {@link dev.symbolon.T#grad T.grad} asks, rewritten for
 * speed and numerical stability, and turned into Java code for the configured
 * {@link dev.symbolon.runtime.Device}.
 *
 * <p>Broadcasting and dtypes follow NumPy: a scalar or a vector combines elementwise with a matrix;
 * arithmetic promotes as {@link dev.symbolon.runtime.DType#promote DType.promote} says; comparisons
 * give bool. Every binary function also takes a {@code double} in either operand position.
 *
 * <pre>{@code
 * import static dev.symbolon.T.*;
 *
 * public class Logistic {
 *     @Shared Vector w;
 *     @Shared double b;
 *
 *     @Symbolic Scalar train(Matrix x, Vector y) {
 *         Vector p = sigmoid(dot(x, w).plus(b));
 *         Scalar cost = mean(binaryCrossentropy(p, y));
 *         update(w, w.minus(grad(cost, w).times(0.1)));
 *         update(b, b - 0.1 * grad(cost, b));
 *         return cost;
 *     }
 * }
 * // new CompiledLogistic().train(xs, ys) runs one step of gradient descent
 * }</pre>
 *
 * <p>Nothing here takes or returns null unless marked {@code @Nullable}: the package is
 * {@code @NullMarked}, so Kotlin sees its types as non-null Kotlin types.
 */
@NullMarked
package dev.symbolon;

import org.jspecify.annotations.NullMarked;
