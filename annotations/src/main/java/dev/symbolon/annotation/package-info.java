/**
 * The annotations a model class carries, read by the annotation processor at compile time.
 *
 * <ul>
 *   <li>{@link dev.symbolon.annotation.Symbolic} marks a method whose body is math: the processor
 *       turns it into a graph and generates {@code Compiled<Name>} with a method that computes it.
 *   <li>{@link dev.symbolon.annotation.Grad} on such a method also generates its gradient.
 *   <li>{@link dev.symbolon.annotation.Shared} marks a field holding state that the methods read and
 *       {@code update}.
 *   <li>{@link dev.symbolon.annotation.Float32}, {@link dev.symbolon.annotation.Int32},
 *       {@link dev.symbolon.annotation.Int64} choose a dtype (float64 otherwise), and
 *       {@link dev.symbolon.annotation.Rank} a {@code Tensor}'s rank.
 * </ul>
 *
 * <pre>{@code
 * public class Counter {
 *     @Shared @Int32 Scalar count;
 *
 *     @Symbolic Scalar next(@Int32 Scalar step) {
 *         update(count, count.plus(step));
 *         return count;
 *     }
 *
 *     @Grad @Symbolic Scalar cost(@Rank(3) Tensor images, @Float32 Vector w) { ... }
 * }
 * }</pre>
 *
 * <p>The annotations are kept in class files ({@code CLASS} retention) but not at run time: generated
 * code does not need them.
 */
package dev.symbolon.annotation;
