package dev.symbolon;

import static dev.symbolon.internal.ir.Op.*;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.function.RuntimeFunction;
import dev.symbolon.internal.cpu.ScalarMath;
import dev.symbolon.internal.ir.ConvolutionOps;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.IndexingOps;
import dev.symbolon.internal.ir.LinearAlgebraOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.Trace;
import dev.symbolon.runtime.DType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The DSL's functions, for {@code import static dev.symbolon.T.*;}. Each builds a graph node, as the
 * methods of the symbolic types do; the Java return type is the handle of the result's rank:
 * <ul>
 * <li>elementwise functions broadcast as NumPy does: the result has the higher rank of the operands
 *     (a Tensor with a Tensor operand); comparisons give bool, arithmetic the promoted dtype, with
 *     {@code div}, {@code pow} and the transcendental functions always giving a float;
 * <li>a {@code double} operand of a binary function is a literal typed weakly, as NumPy types a Python
 *     float: it takes the other operand's dtype, except that with an integer it makes float64;
 * <li>reductions without an axis give a Scalar, with an axis one rank less; {@code sum} gives int64
 *     on integers, {@code mean} a float, {@code argmax} int64;
 * <li>on plain {@code double}s, the functions compute the value, so that primitive scalars in a
 *     {@code @Symbolic} method type-check; there, the compiler treats them as symbolic scalars.
 * </ul>
 *
 * <h2>The functions, grouped as Theano's documentation groups them</h2>
 * <dl>
 * <dt>Elementwise arithmetic</dt>
 * <dd>{@link #add(Matrix, Matrix) add}, {@link #sub(Matrix, Matrix) sub}, {@link #mul(Matrix, Matrix) mul},
 *     {@link #div(Matrix, Matrix) div}, {@link #rem(Matrix, Matrix) rem}, {@link #pow(Matrix, Matrix) pow},
 *     {@link #neg(Matrix) neg}, {@link #abs(Matrix) abs}, {@link #square(Matrix) square},
 *     {@link #maximum(Matrix, Matrix) maximum}, {@link #minimum(Matrix, Matrix) minimum}, and
 *     {@link #where(Matrix, Matrix, Matrix) where} (Theano's {@code switch}).</dd>
 * <dt>Comparisons (bool results)</dt>
 * <dd>{@link #gt(Matrix, Matrix) gt}, {@link #ge(Matrix, Matrix) ge}, {@link #lt(Matrix, Matrix) lt},
 *     {@link #le(Matrix, Matrix) le}, {@link #eq(Matrix, Matrix) eq}, {@link #ne(Matrix, Matrix) ne}.</dd>
 * <dt>Transcendental functions (float results)</dt>
 * <dd>{@link #sqrt(Matrix) sqrt}, {@link #exp(Matrix) exp}, {@link #expm1(Matrix) expm1},
 *     {@link #log(Matrix) log}, {@link #log1p(Matrix) log1p}, {@link #tanh(Matrix) tanh},
 *     {@link #sin(Matrix) sin}, {@link #cos(Matrix) cos}.</dd>
 * <dt>Reductions (all elements, or along one axis)</dt>
 * <dd>{@link #sum(Matrix) sum}, {@link #mean(Matrix) mean}, {@link #max(Matrix) max},
 *     {@link #min(Matrix) min}, {@link #argmax(Matrix) argmax}, each also
 *     {@link #sum(Matrix, int) with an axis}.</dd>
 * <dt>Linear algebra</dt>
 * <dd>{@link #dot(Matrix, Matrix) dot} (inner, matrix-vector, vector-matrix and matrix products),
 *     {@link #outer(Vector, Vector) outer}, {@link #transpose(Matrix) transpose},
 *     {@link #tensordot(SymbolicValue, SymbolicValue, int[], int[]) tensordot}.</dd>
 * <dt>Shapes and dtypes</dt>
 * <dd>{@link #reshape(SymbolicValue, int, int) reshape}, {@link #cast(Matrix, DType) cast}.</dd>
 * <dt>Neural-network helpers ({@code theano.tensor.nnet})</dt>
 * <dd>{@link #sigmoid(Matrix) sigmoid}, {@link #softplus(Matrix) softplus},
 *     {@link #softmax(Matrix) softmax}, {@link #logSoftmax(Matrix) logSoftmax},
 *     {@link #binaryCrossentropy(Matrix, Matrix) binaryCrossentropy},
 *     {@link #categoricalCrossentropy(Matrix, Matrix) categoricalCrossentropy}; the compiler rewrites
 *     them, and the same formulas written out, into numerically stable forms.</dd>
 * <dt>Gradients and updates</dt>
 * <dd>{@link #grad(SymbolicValue, Matrix) grad} (symbolic, and differentiable again),
 *     {@link #update(SymbolicValue, SymbolicValue) update} (the new value of a shared variable after a
 *     call).</dd>
 * <dt>Graphs built at run time (Theano's {@code function})</dt>
 * <dd>the inputs {@link #scalar(String) scalar}, {@link #vector(String) vector},
 *     {@link #matrix(String) matrix}, {@link #tensor(String, int) tensor}, and
 *     {@link #function(List, List, Map) function}, which compiles them into a {@link CompiledFunction}.</dd>
 * </dl>
 * Each function has an overload per combination of operand types (Scalar, Vector, Matrix, Tensor, and
 * {@code double} in either position); the links above go to the Matrix one.
 *
 * <pre>{@code
 * Matrix x = matrix("x");
 * Vector w = vector("w");
 * Vector p = sigmoid(add(dot(x, w), 0.5));          // a Vector: one probability per row of x
 * Scalar cost = mean(binaryCrossentropy(p, vector("y")));
 * Vector g = grad(cost, w);                          // a Vector, like w
 * }</pre>
 */
public final class T {
    private T() {}

    // ---- elementwise arithmetic: the result has the higher rank of the operands, broadcast as NumPy does,
    // and the promoted dtype; a double is a literal, typed weakly (it takes the other operand's dtype,
    // except that it makes an integer operand float64). On two doubles, the value is computed.

    /**
     * The elementwise sum {@code a + b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Scalar of the promoted dtype
     */
    public static Scalar add(Scalar a, Scalar b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector add(Scalar a, Vector b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix add(Scalar a, Matrix b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor add(Scalar a, Tensor b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector add(Vector a, Scalar b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector add(Vector a, Vector b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * The Vector {@code a} broadcasts along the rows of the Matrix {@code b}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix add(Vector a, Matrix b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor add(Vector a, Tensor b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix add(Matrix a, Scalar b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * The Vector {@code b} broadcasts along the rows of the Matrix {@code a}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix add(Matrix a, Vector b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix add(Matrix a, Matrix b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor add(Matrix a, Tensor b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor add(Tensor a, Scalar b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor add(Tensor a, Vector b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor add(Tensor a, Matrix b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor add(Tensor a, Tensor b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Scalar of the promoted dtype
     */
    public static Scalar add(Scalar a, double b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Vector of the promoted dtype
     */
    public static Vector add(Vector a, double b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Matrix of the promoted dtype
     */
    public static Matrix add(Matrix a, double b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Tensor of the promoted dtype
     */
    public static Tensor add(Tensor a, double b) { return a.plus(b); }
    /**
     * The elementwise sum {@code a + b}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Scalar of the promoted dtype
     */
    public static Scalar add(double a, Scalar b) { return new Scalar(b.leftOp(a, ADD)); }
    /**
     * The elementwise sum {@code a + b}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector add(double a, Vector b) { return new Vector(b.leftOp(a, ADD)); }
    /**
     * The elementwise sum {@code a + b}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix add(double a, Matrix b) { return new Matrix(b.leftOp(a, ADD)); }
    /**
     * The elementwise sum {@code a + b}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor add(double a, Tensor b) { return new Tensor(b.leftOp(a, ADD)); }
    /**
     * The elementwise sum {@code a + b}, computed on the values.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand, a literal or a primitive scalar
     * @return the result
     */
    public static double add(double a, double b) { return a + b; }

    /**
     * The elementwise difference {@code a - b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Scalar of the promoted dtype
     */
    public static Scalar sub(Scalar a, Scalar b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector sub(Scalar a, Vector b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix sub(Scalar a, Matrix b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor sub(Scalar a, Tensor b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector sub(Vector a, Scalar b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector sub(Vector a, Vector b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * The Vector {@code a} broadcasts along the rows of the Matrix {@code b}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix sub(Vector a, Matrix b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor sub(Vector a, Tensor b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix sub(Matrix a, Scalar b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * The Vector {@code b} broadcasts along the rows of the Matrix {@code a}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix sub(Matrix a, Vector b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix sub(Matrix a, Matrix b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor sub(Matrix a, Tensor b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor sub(Tensor a, Scalar b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor sub(Tensor a, Vector b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor sub(Tensor a, Matrix b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor sub(Tensor a, Tensor b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Scalar of the promoted dtype
     */
    public static Scalar sub(Scalar a, double b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Vector of the promoted dtype
     */
    public static Vector sub(Vector a, double b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Matrix of the promoted dtype
     */
    public static Matrix sub(Matrix a, double b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Tensor of the promoted dtype
     */
    public static Tensor sub(Tensor a, double b) { return a.minus(b); }
    /**
     * The elementwise difference {@code a - b}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Scalar of the promoted dtype
     */
    public static Scalar sub(double a, Scalar b) { return new Scalar(b.leftOp(a, SUB)); }
    /**
     * The elementwise difference {@code a - b}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector sub(double a, Vector b) { return new Vector(b.leftOp(a, SUB)); }
    /**
     * The elementwise difference {@code a - b}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix sub(double a, Matrix b) { return new Matrix(b.leftOp(a, SUB)); }
    /**
     * The elementwise difference {@code a - b}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor sub(double a, Tensor b) { return new Tensor(b.leftOp(a, SUB)); }
    /**
     * The elementwise difference {@code a - b}, computed on the values.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand, a literal or a primitive scalar
     * @return the result
     */
    public static double sub(double a, double b) { return a - b; }

    /**
     * The elementwise product {@code a * b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Scalar of the promoted dtype
     */
    public static Scalar mul(Scalar a, Scalar b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector mul(Scalar a, Vector b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix mul(Scalar a, Matrix b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor mul(Scalar a, Tensor b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector mul(Vector a, Scalar b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector mul(Vector a, Vector b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * The Vector {@code a} broadcasts along the rows of the Matrix {@code b}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix mul(Vector a, Matrix b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor mul(Vector a, Tensor b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix mul(Matrix a, Scalar b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * The Vector {@code b} broadcasts along the rows of the Matrix {@code a}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix mul(Matrix a, Vector b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix mul(Matrix a, Matrix b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor mul(Matrix a, Tensor b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor mul(Tensor a, Scalar b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor mul(Tensor a, Vector b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor mul(Tensor a, Matrix b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor mul(Tensor a, Tensor b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Scalar of the promoted dtype
     */
    public static Scalar mul(Scalar a, double b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Vector of the promoted dtype
     */
    public static Vector mul(Vector a, double b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Matrix of the promoted dtype
     */
    public static Matrix mul(Matrix a, double b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Tensor of the promoted dtype
     */
    public static Tensor mul(Tensor a, double b) { return a.times(b); }
    /**
     * The elementwise product {@code a * b}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Scalar of the promoted dtype
     */
    public static Scalar mul(double a, Scalar b) { return new Scalar(b.leftOp(a, MUL)); }
    /**
     * The elementwise product {@code a * b}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector mul(double a, Vector b) { return new Vector(b.leftOp(a, MUL)); }
    /**
     * The elementwise product {@code a * b}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix mul(double a, Matrix b) { return new Matrix(b.leftOp(a, MUL)); }
    /**
     * The elementwise product {@code a * b}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor mul(double a, Tensor b) { return new Tensor(b.leftOp(a, MUL)); }
    /**
     * The elementwise product {@code a * b}, computed on the values.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand, a literal or a primitive scalar
     * @return the result
     */
    public static double mul(double a, double b) { return a * b; }

    /**
     * The elementwise quotient {@code a / b}, true division.
     * @param a the left operand
     * @param b the right operand
     * @return a Scalar of a float dtype (integers give float64)
     */
    public static Scalar div(Scalar a, Scalar b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of a float dtype (integers give float64)
     */
    public static Vector div(Scalar a, Vector b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of a float dtype (integers give float64)
     */
    public static Matrix div(Scalar a, Matrix b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public static Tensor div(Scalar a, Tensor b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of a float dtype (integers give float64)
     */
    public static Vector div(Vector a, Scalar b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of a float dtype (integers give float64)
     */
    public static Vector div(Vector a, Vector b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * The Vector {@code a} broadcasts along the rows of the Matrix {@code b}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of a float dtype (integers give float64)
     */
    public static Matrix div(Vector a, Matrix b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public static Tensor div(Vector a, Tensor b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of a float dtype (integers give float64)
     */
    public static Matrix div(Matrix a, Scalar b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * The Vector {@code b} broadcasts along the rows of the Matrix {@code a}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of a float dtype (integers give float64)
     */
    public static Matrix div(Matrix a, Vector b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of a float dtype (integers give float64)
     */
    public static Matrix div(Matrix a, Matrix b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public static Tensor div(Matrix a, Tensor b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public static Tensor div(Tensor a, Scalar b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public static Tensor div(Tensor a, Vector b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public static Tensor div(Tensor a, Matrix b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public static Tensor div(Tensor a, Tensor b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Scalar of a float dtype (integers give float64)
     */
    public static Scalar div(Scalar a, double b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Vector of a float dtype (integers give float64)
     */
    public static Vector div(Vector a, double b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Matrix of a float dtype (integers give float64)
     */
    public static Matrix div(Matrix a, double b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Tensor of a float dtype (integers give float64)
     */
    public static Tensor div(Tensor a, double b) { return a.div(b); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Scalar of a float dtype (integers give float64)
     */
    public static Scalar div(double a, Scalar b) { return new Scalar(b.leftOp(a, DIV)); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Vector of a float dtype (integers give float64)
     */
    public static Vector div(double a, Vector b) { return new Vector(b.leftOp(a, DIV)); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Matrix of a float dtype (integers give float64)
     */
    public static Matrix div(double a, Matrix b) { return new Matrix(b.leftOp(a, DIV)); }
    /**
     * The elementwise quotient {@code a / b}, true division.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public static Tensor div(double a, Tensor b) { return new Tensor(b.leftOp(a, DIV)); }
    /**
     * The elementwise quotient {@code a / b}, true division, computed on the values.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand, a literal or a primitive scalar
     * @return the result
     */
    public static double div(double a, double b) { return a / b; }

    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * @param a the left operand
     * @param b the right operand
     * @return a Scalar of the promoted dtype
     */
    public static Scalar rem(Scalar a, Scalar b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector rem(Scalar a, Vector b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix rem(Scalar a, Matrix b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor rem(Scalar a, Tensor b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector rem(Vector a, Scalar b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector rem(Vector a, Vector b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * The Vector {@code a} broadcasts along the rows of the Matrix {@code b}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix rem(Vector a, Matrix b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor rem(Vector a, Tensor b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix rem(Matrix a, Scalar b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * The Vector {@code b} broadcasts along the rows of the Matrix {@code a}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix rem(Matrix a, Vector b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix rem(Matrix a, Matrix b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor rem(Matrix a, Tensor b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor rem(Tensor a, Scalar b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor rem(Tensor a, Vector b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor rem(Tensor a, Matrix b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor rem(Tensor a, Tensor b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Scalar of the promoted dtype
     */
    public static Scalar rem(Scalar a, double b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Vector of the promoted dtype
     */
    public static Vector rem(Vector a, double b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Matrix of the promoted dtype
     */
    public static Matrix rem(Matrix a, double b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Tensor of the promoted dtype
     */
    public static Tensor rem(Tensor a, double b) { return a.rem(b); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Scalar of the promoted dtype
     */
    public static Scalar rem(double a, Scalar b) { return new Scalar(b.leftOp(a, REM)); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector rem(double a, Vector b) { return new Vector(b.leftOp(a, REM)); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix rem(double a, Matrix b) { return new Matrix(b.leftOp(a, REM)); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor rem(double a, Tensor b) { return new Tensor(b.leftOp(a, REM)); }
    /**
     * The elementwise remainder {@code a % b}, with the sign of the dividend as Java's {@code %}, computed on
     * the values.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand, a literal or a primitive scalar
     * @return the result
     */
    public static double rem(double a, double b) { return a % b; }

    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * @param a the left operand
     * @param b the right operand
     * @return a Scalar of a float dtype (integers give float64)
     */
    public static Scalar pow(Scalar a, Scalar b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of a float dtype (integers give float64)
     */
    public static Vector pow(Scalar a, Vector b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of a float dtype (integers give float64)
     */
    public static Matrix pow(Scalar a, Matrix b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public static Tensor pow(Scalar a, Tensor b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of a float dtype (integers give float64)
     */
    public static Vector pow(Vector a, Scalar b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of a float dtype (integers give float64)
     */
    public static Vector pow(Vector a, Vector b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * The Vector {@code a} broadcasts along the rows of the Matrix {@code b}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of a float dtype (integers give float64)
     */
    public static Matrix pow(Vector a, Matrix b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public static Tensor pow(Vector a, Tensor b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of a float dtype (integers give float64)
     */
    public static Matrix pow(Matrix a, Scalar b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * The Vector {@code b} broadcasts along the rows of the Matrix {@code a}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of a float dtype (integers give float64)
     */
    public static Matrix pow(Matrix a, Vector b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of a float dtype (integers give float64)
     */
    public static Matrix pow(Matrix a, Matrix b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public static Tensor pow(Matrix a, Tensor b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public static Tensor pow(Tensor a, Scalar b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public static Tensor pow(Tensor a, Vector b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public static Tensor pow(Tensor a, Matrix b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public static Tensor pow(Tensor a, Tensor b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Scalar of a float dtype (integers give float64)
     */
    public static Scalar pow(Scalar a, double b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Vector of a float dtype (integers give float64)
     */
    public static Vector pow(Vector a, double b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Matrix of a float dtype (integers give float64)
     */
    public static Matrix pow(Matrix a, double b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Tensor of a float dtype (integers give float64)
     */
    public static Tensor pow(Tensor a, double b) { return a.pow(b); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Scalar of a float dtype (integers give float64)
     */
    public static Scalar pow(double a, Scalar b) { return new Scalar(b.leftOp(a, POW)); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Vector of a float dtype (integers give float64)
     */
    public static Vector pow(double a, Vector b) { return new Vector(b.leftOp(a, POW)); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Matrix of a float dtype (integers give float64)
     */
    public static Matrix pow(double a, Matrix b) { return new Matrix(b.leftOp(a, POW)); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public static Tensor pow(double a, Tensor b) { return new Tensor(b.leftOp(a, POW)); }
    /**
     * {@code a} to the power {@code b}, elementwise, as {@code Math.pow}, computed on the values.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand, a literal or a primitive scalar
     * @return the result
     */
    public static double pow(double a, double b) { return Math.pow(a, b); }

    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * @param a the left operand
     * @param b the right operand
     * @return a Scalar of the promoted dtype
     */
    public static Scalar maximum(Scalar a, Scalar b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector maximum(Scalar a, Vector b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix maximum(Scalar a, Matrix b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor maximum(Scalar a, Tensor b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector maximum(Vector a, Scalar b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector maximum(Vector a, Vector b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * The Vector {@code a} broadcasts along the rows of the Matrix {@code b}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix maximum(Vector a, Matrix b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor maximum(Vector a, Tensor b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix maximum(Matrix a, Scalar b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * The Vector {@code b} broadcasts along the rows of the Matrix {@code a}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix maximum(Matrix a, Vector b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix maximum(Matrix a, Matrix b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor maximum(Matrix a, Tensor b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor maximum(Tensor a, Scalar b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor maximum(Tensor a, Vector b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor maximum(Tensor a, Matrix b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor maximum(Tensor a, Tensor b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Scalar of the promoted dtype
     */
    public static Scalar maximum(Scalar a, double b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Vector of the promoted dtype
     */
    public static Vector maximum(Vector a, double b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Matrix of the promoted dtype
     */
    public static Matrix maximum(Matrix a, double b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Tensor of the promoted dtype
     */
    public static Tensor maximum(Tensor a, double b) { return a.maximum(b); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Scalar of the promoted dtype
     */
    public static Scalar maximum(double a, Scalar b) { return new Scalar(b.leftOp(a, MAXIMUM)); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector maximum(double a, Vector b) { return new Vector(b.leftOp(a, MAXIMUM)); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix maximum(double a, Matrix b) { return new Matrix(b.leftOp(a, MAXIMUM)); }
    /**
     * The larger of {@code a} and {@code b}, elementwise.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor maximum(double a, Tensor b) { return new Tensor(b.leftOp(a, MAXIMUM)); }
    /**
     * The larger of {@code a} and {@code b}, elementwise, computed on the values.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand, a literal or a primitive scalar
     * @return the result
     */
    public static double maximum(double a, double b) { return Math.max(a, b); }

    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * @param a the left operand
     * @param b the right operand
     * @return a Scalar of the promoted dtype
     */
    public static Scalar minimum(Scalar a, Scalar b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector minimum(Scalar a, Vector b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix minimum(Scalar a, Matrix b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor minimum(Scalar a, Tensor b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector minimum(Vector a, Scalar b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector minimum(Vector a, Vector b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * The Vector {@code a} broadcasts along the rows of the Matrix {@code b}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix minimum(Vector a, Matrix b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor minimum(Vector a, Tensor b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix minimum(Matrix a, Scalar b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * The Vector {@code b} broadcasts along the rows of the Matrix {@code a}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix minimum(Matrix a, Vector b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix minimum(Matrix a, Matrix b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor minimum(Matrix a, Tensor b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor minimum(Tensor a, Scalar b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor minimum(Tensor a, Vector b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor minimum(Tensor a, Matrix b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor minimum(Tensor a, Tensor b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Scalar of the promoted dtype
     */
    public static Scalar minimum(Scalar a, double b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Vector of the promoted dtype
     */
    public static Vector minimum(Vector a, double b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Matrix of the promoted dtype
     */
    public static Matrix minimum(Matrix a, double b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * {@code b} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code a},
     * except that with an integer operand the result is float64.
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Tensor of the promoted dtype
     */
    public static Tensor minimum(Tensor a, double b) { return a.minimum(b); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Scalar of the promoted dtype
     */
    public static Scalar minimum(double a, Scalar b) { return new Scalar(b.leftOp(a, MINIMUM)); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Vector of the promoted dtype
     */
    public static Vector minimum(double a, Vector b) { return new Vector(b.leftOp(a, MINIMUM)); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Matrix of the promoted dtype
     */
    public static Matrix minimum(double a, Matrix b) { return new Matrix(b.leftOp(a, MINIMUM)); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise.
     * {@code a} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code b},
     * except that with an integer operand the result is float64.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Tensor of the promoted dtype
     */
    public static Tensor minimum(double a, Tensor b) { return new Tensor(b.leftOp(a, MINIMUM)); }
    /**
     * The smaller of {@code a} and {@code b}, elementwise, computed on the values.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand, a literal or a primitive scalar
     * @return the result
     */
    public static double minimum(double a, double b) { return Math.min(a, b); }

    // ---- comparisons: bool, with the higher rank of the operands; a double is a literal as above

    /**
     * {@code a &gt; b}, elementwise.
     * @param a the left operand
     * @param b the right operand
     * @return a Scalar of bool
     */
    public static Scalar gt(Scalar a, Scalar b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector gt(Scalar a, Vector b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix gt(Scalar a, Matrix b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor gt(Scalar a, Tensor b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector gt(Vector a, Scalar b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector gt(Vector a, Vector b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * The Vector {@code a} broadcasts along the rows of the Matrix {@code b}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix gt(Vector a, Matrix b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor gt(Vector a, Tensor b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix gt(Matrix a, Scalar b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * The Vector {@code b} broadcasts along the rows of the Matrix {@code a}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix gt(Matrix a, Vector b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix gt(Matrix a, Matrix b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor gt(Matrix a, Tensor b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor gt(Tensor a, Scalar b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor gt(Tensor a, Vector b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor gt(Tensor a, Matrix b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor gt(Tensor a, Tensor b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Scalar of bool
     */
    public static Scalar gt(Scalar a, double b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Vector of bool
     */
    public static Vector gt(Vector a, double b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Matrix of bool
     */
    public static Matrix gt(Matrix a, double b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Tensor of bool
     */
    public static Tensor gt(Tensor a, double b) { return a.gt(b); }
    /**
     * {@code a &gt; b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Scalar of bool
     */
    public static Scalar gt(double a, Scalar b) { return new Scalar(b.leftOp(a, GT)); }
    /**
     * {@code a &gt; b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector gt(double a, Vector b) { return new Vector(b.leftOp(a, GT)); }
    /**
     * {@code a &gt; b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix gt(double a, Matrix b) { return new Matrix(b.leftOp(a, GT)); }
    /**
     * {@code a &gt; b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor gt(double a, Tensor b) { return new Tensor(b.leftOp(a, GT)); }

    /**
     * {@code a &gt;= b}, elementwise.
     * @param a the left operand
     * @param b the right operand
     * @return a Scalar of bool
     */
    public static Scalar ge(Scalar a, Scalar b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector ge(Scalar a, Vector b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix ge(Scalar a, Matrix b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor ge(Scalar a, Tensor b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector ge(Vector a, Scalar b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector ge(Vector a, Vector b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * The Vector {@code a} broadcasts along the rows of the Matrix {@code b}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix ge(Vector a, Matrix b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor ge(Vector a, Tensor b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix ge(Matrix a, Scalar b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * The Vector {@code b} broadcasts along the rows of the Matrix {@code a}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix ge(Matrix a, Vector b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix ge(Matrix a, Matrix b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor ge(Matrix a, Tensor b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor ge(Tensor a, Scalar b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor ge(Tensor a, Vector b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor ge(Tensor a, Matrix b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor ge(Tensor a, Tensor b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Scalar of bool
     */
    public static Scalar ge(Scalar a, double b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Vector of bool
     */
    public static Vector ge(Vector a, double b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Matrix of bool
     */
    public static Matrix ge(Matrix a, double b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Tensor of bool
     */
    public static Tensor ge(Tensor a, double b) { return a.ge(b); }
    /**
     * {@code a &gt;= b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Scalar of bool
     */
    public static Scalar ge(double a, Scalar b) { return new Scalar(b.leftOp(a, GE)); }
    /**
     * {@code a &gt;= b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector ge(double a, Vector b) { return new Vector(b.leftOp(a, GE)); }
    /**
     * {@code a &gt;= b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix ge(double a, Matrix b) { return new Matrix(b.leftOp(a, GE)); }
    /**
     * {@code a &gt;= b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor ge(double a, Tensor b) { return new Tensor(b.leftOp(a, GE)); }

    /**
     * {@code a &lt; b}, elementwise.
     * @param a the left operand
     * @param b the right operand
     * @return a Scalar of bool
     */
    public static Scalar lt(Scalar a, Scalar b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector lt(Scalar a, Vector b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix lt(Scalar a, Matrix b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor lt(Scalar a, Tensor b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector lt(Vector a, Scalar b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector lt(Vector a, Vector b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * The Vector {@code a} broadcasts along the rows of the Matrix {@code b}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix lt(Vector a, Matrix b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor lt(Vector a, Tensor b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix lt(Matrix a, Scalar b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * The Vector {@code b} broadcasts along the rows of the Matrix {@code a}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix lt(Matrix a, Vector b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix lt(Matrix a, Matrix b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor lt(Matrix a, Tensor b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor lt(Tensor a, Scalar b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor lt(Tensor a, Vector b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor lt(Tensor a, Matrix b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor lt(Tensor a, Tensor b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Scalar of bool
     */
    public static Scalar lt(Scalar a, double b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Vector of bool
     */
    public static Vector lt(Vector a, double b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Matrix of bool
     */
    public static Matrix lt(Matrix a, double b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Tensor of bool
     */
    public static Tensor lt(Tensor a, double b) { return a.lt(b); }
    /**
     * {@code a &lt; b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Scalar of bool
     */
    public static Scalar lt(double a, Scalar b) { return new Scalar(b.leftOp(a, LT)); }
    /**
     * {@code a &lt; b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector lt(double a, Vector b) { return new Vector(b.leftOp(a, LT)); }
    /**
     * {@code a &lt; b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix lt(double a, Matrix b) { return new Matrix(b.leftOp(a, LT)); }
    /**
     * {@code a &lt; b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor lt(double a, Tensor b) { return new Tensor(b.leftOp(a, LT)); }

    /**
     * {@code a &lt;= b}, elementwise.
     * @param a the left operand
     * @param b the right operand
     * @return a Scalar of bool
     */
    public static Scalar le(Scalar a, Scalar b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector le(Scalar a, Vector b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix le(Scalar a, Matrix b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor le(Scalar a, Tensor b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector le(Vector a, Scalar b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector le(Vector a, Vector b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * The Vector {@code a} broadcasts along the rows of the Matrix {@code b}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix le(Vector a, Matrix b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor le(Vector a, Tensor b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix le(Matrix a, Scalar b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * The Vector {@code b} broadcasts along the rows of the Matrix {@code a}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix le(Matrix a, Vector b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix le(Matrix a, Matrix b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor le(Matrix a, Tensor b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor le(Tensor a, Scalar b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor le(Tensor a, Vector b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor le(Tensor a, Matrix b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor le(Tensor a, Tensor b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Scalar of bool
     */
    public static Scalar le(Scalar a, double b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Vector of bool
     */
    public static Vector le(Vector a, double b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Matrix of bool
     */
    public static Matrix le(Matrix a, double b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Tensor of bool
     */
    public static Tensor le(Tensor a, double b) { return a.le(b); }
    /**
     * {@code a &lt;= b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Scalar of bool
     */
    public static Scalar le(double a, Scalar b) { return new Scalar(b.leftOp(a, LE)); }
    /**
     * {@code a &lt;= b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector le(double a, Vector b) { return new Vector(b.leftOp(a, LE)); }
    /**
     * {@code a &lt;= b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix le(double a, Matrix b) { return new Matrix(b.leftOp(a, LE)); }
    /**
     * {@code a &lt;= b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor le(double a, Tensor b) { return new Tensor(b.leftOp(a, LE)); }

    /**
     * {@code a == b}, elementwise.
     * @param a the left operand
     * @param b the right operand
     * @return a Scalar of bool
     */
    public static Scalar eq(Scalar a, Scalar b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector eq(Scalar a, Vector b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix eq(Scalar a, Matrix b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor eq(Scalar a, Tensor b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector eq(Vector a, Scalar b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector eq(Vector a, Vector b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * The Vector {@code a} broadcasts along the rows of the Matrix {@code b}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix eq(Vector a, Matrix b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor eq(Vector a, Tensor b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix eq(Matrix a, Scalar b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * The Vector {@code b} broadcasts along the rows of the Matrix {@code a}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix eq(Matrix a, Vector b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix eq(Matrix a, Matrix b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor eq(Matrix a, Tensor b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor eq(Tensor a, Scalar b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor eq(Tensor a, Vector b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor eq(Tensor a, Matrix b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor eq(Tensor a, Tensor b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Scalar of bool
     */
    public static Scalar eq(Scalar a, double b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Vector of bool
     */
    public static Vector eq(Vector a, double b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Matrix of bool
     */
    public static Matrix eq(Matrix a, double b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Tensor of bool
     */
    public static Tensor eq(Tensor a, double b) { return a.eq(b); }
    /**
     * {@code a == b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Scalar of bool
     */
    public static Scalar eq(double a, Scalar b) { return new Scalar(b.leftOp(a, EQ)); }
    /**
     * {@code a == b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector eq(double a, Vector b) { return new Vector(b.leftOp(a, EQ)); }
    /**
     * {@code a == b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix eq(double a, Matrix b) { return new Matrix(b.leftOp(a, EQ)); }
    /**
     * {@code a == b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor eq(double a, Tensor b) { return new Tensor(b.leftOp(a, EQ)); }

    /**
     * {@code a != b}, elementwise.
     * @param a the left operand
     * @param b the right operand
     * @return a Scalar of bool
     */
    public static Scalar ne(Scalar a, Scalar b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector ne(Scalar a, Vector b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * The Scalar {@code a} combines with every element of {@code b}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix ne(Scalar a, Matrix b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor ne(Scalar a, Tensor b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector ne(Vector a, Scalar b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector ne(Vector a, Vector b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * The Vector {@code a} broadcasts along the rows of the Matrix {@code b}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix ne(Vector a, Matrix b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor ne(Vector a, Tensor b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * The Scalar {@code b} combines with every element of {@code a}.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix ne(Matrix a, Scalar b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * The Vector {@code b} broadcasts along the rows of the Matrix {@code a}: its length is the column count.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix ne(Matrix a, Vector b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * The operands must have equal shapes.
     * @param a the left operand
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix ne(Matrix a, Matrix b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor ne(Matrix a, Tensor b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor ne(Tensor a, Scalar b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor ne(Tensor a, Vector b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor ne(Tensor a, Matrix b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param a the left operand
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor ne(Tensor a, Tensor b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Scalar of bool
     */
    public static Scalar ne(Scalar a, double b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Vector of bool
     */
    public static Vector ne(Vector a, double b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Matrix of bool
     */
    public static Matrix ne(Matrix a, double b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * {@code b} is a literal, compared in the dtype of {@code a} (in float64 with an integer).
     * @param a the left operand
     * @param b the right operand, a literal or a primitive scalar
     * @return a Tensor of bool
     */
    public static Tensor ne(Tensor a, double b) { return a.ne(b); }
    /**
     * {@code a != b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Scalar of bool
     */
    public static Scalar ne(double a, Scalar b) { return new Scalar(b.leftOp(a, NE)); }
    /**
     * {@code a != b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Vector of bool
     */
    public static Vector ne(double a, Vector b) { return new Vector(b.leftOp(a, NE)); }
    /**
     * {@code a != b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Matrix of bool
     */
    public static Matrix ne(double a, Matrix b) { return new Matrix(b.leftOp(a, NE)); }
    /**
     * {@code a != b}, elementwise.
     * {@code a} is a literal, compared in the dtype of {@code b} (in float64 with an integer).
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand
     * @return a Tensor of bool
     */
    public static Tensor ne(double a, Tensor b) { return new Tensor(b.leftOp(a, NE)); }

    // On two plain doubles the comparison is computed; in a @Symbolic method primitive scalars are
    // symbolic, and these make a comparison of them type-check as javac reads the body.
    /**
     * {@code a &gt; b}, elementwise, computed on the values.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand, a literal or a primitive scalar
     * @return the comparison
     */
    public static boolean gt(double a, double b) { return a > b; }
    /**
     * {@code a &gt;= b}, elementwise, computed on the values.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand, a literal or a primitive scalar
     * @return the comparison
     */
    public static boolean ge(double a, double b) { return a >= b; }
    /**
     * {@code a &lt; b}, elementwise, computed on the values.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand, a literal or a primitive scalar
     * @return the comparison
     */
    public static boolean lt(double a, double b) { return a < b; }
    /**
     * {@code a &lt;= b}, elementwise, computed on the values.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand, a literal or a primitive scalar
     * @return the comparison
     */
    public static boolean le(double a, double b) { return a <= b; }
    /**
     * {@code a == b}, elementwise, computed on the values.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand, a literal or a primitive scalar
     * @return the comparison
     */
    public static boolean eq(double a, double b) { return a == b; }
    /**
     * {@code a != b}, elementwise, computed on the values.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param a the left operand, a literal or a primitive scalar
     * @param b the right operand, a literal or a primitive scalar
     * @return the comparison
     */
    public static boolean ne(double a, double b) { return a != b; }

    // ---- where: a condition and two branches of any ranks, broadcast together, or literals typed by the other
    //      branch; a condition that is not bool means != 0

    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Scalar of the branches' promoted dtype
     */
    public static Scalar where(Scalar c, Scalar a, Scalar b) { return new Scalar(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Vector of the branches' promoted dtype
     */
    public static Vector where(Scalar c, Scalar a, Vector b) { return new Vector(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Scalar c, Scalar a, Matrix b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Scalar c, Scalar a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The literal {@code b} takes the dtype of {@code a}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Scalar of the branches' promoted dtype
     */
    public static Scalar where(Scalar c, Scalar a, double b) { return new Scalar(select(c, a.node, literal(b, a))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Vector of the branches' promoted dtype
     */
    public static Vector where(Scalar c, Vector a, Scalar b) { return new Vector(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Vector of the branches' promoted dtype
     */
    public static Vector where(Scalar c, Vector a, Vector b) { return new Vector(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Scalar c, Vector a, Matrix b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Scalar c, Vector a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * The literal {@code b} takes the dtype of {@code a}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Vector of the branches' promoted dtype
     */
    public static Vector where(Scalar c, Vector a, double b) { return new Vector(select(c, a.node, literal(b, a))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Scalar c, Matrix a, Scalar b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Scalar c, Matrix a, Vector b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Scalar c, Matrix a, Matrix b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Scalar c, Matrix a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * The literal {@code b} takes the dtype of {@code a}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Scalar c, Matrix a, double b) { return new Matrix(select(c, a.node, literal(b, a))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Scalar c, Tensor a, Scalar b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Scalar c, Tensor a, Vector b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Scalar c, Tensor a, Matrix b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Scalar c, Tensor a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * The literal {@code b} takes the dtype of {@code a}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Scalar c, Tensor a, double b) { return new Tensor(select(c, a.node, literal(b, a))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The literal {@code a} takes the dtype of {@code b}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere
     * @return a Scalar of the branches' promoted dtype
     */
    public static Scalar where(Scalar c, double a, Scalar b) { return new Scalar(select(c, literal(a, b), b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * The literal {@code a} takes the dtype of {@code b}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere
     * @return a Vector of the branches' promoted dtype
     */
    public static Vector where(Scalar c, double a, Vector b) { return new Vector(select(c, literal(a, b), b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * The literal {@code a} takes the dtype of {@code b}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Scalar c, double a, Matrix b) { return new Matrix(select(c, literal(a, b), b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * The literal {@code a} takes the dtype of {@code b}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Scalar c, double a, Tensor b) { return new Tensor(select(c, literal(a, b), b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * Both branches are literals: the result is float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Scalar of the branches' promoted dtype
     */
    public static Scalar where(Scalar c, double a, double b) { return new Scalar(select(c, literal(a), literal(b))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Vector of the branches' promoted dtype
     */
    public static Vector where(Vector c, Scalar a, Scalar b) { return new Vector(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Vector of the branches' promoted dtype
     */
    public static Vector where(Vector c, Scalar a, Vector b) { return new Vector(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Vector c, Scalar a, Matrix b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Vector c, Scalar a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * The literal {@code b} takes the dtype of {@code a}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Vector of the branches' promoted dtype
     */
    public static Vector where(Vector c, Scalar a, double b) { return new Vector(select(c, a.node, literal(b, a))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Vector of the branches' promoted dtype
     */
    public static Vector where(Vector c, Vector a, Scalar b) { return new Vector(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Vector of the branches' promoted dtype
     */
    public static Vector where(Vector c, Vector a, Vector b) { return new Vector(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Vector c, Vector a, Matrix b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Vector c, Vector a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The literal {@code b} takes the dtype of {@code a}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Vector of the branches' promoted dtype
     */
    public static Vector where(Vector c, Vector a, double b) { return new Vector(select(c, a.node, literal(b, a))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Vector c, Matrix a, Scalar b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Vector c, Matrix a, Vector b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Vector c, Matrix a, Matrix b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Vector c, Matrix a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * The literal {@code b} takes the dtype of {@code a}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Vector c, Matrix a, double b) { return new Matrix(select(c, a.node, literal(b, a))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Vector c, Tensor a, Scalar b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Vector c, Tensor a, Vector b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Vector c, Tensor a, Matrix b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Vector c, Tensor a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * The literal {@code b} takes the dtype of {@code a}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Vector c, Tensor a, double b) { return new Tensor(select(c, a.node, literal(b, a))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * The literal {@code a} takes the dtype of {@code b}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere
     * @return a Vector of the branches' promoted dtype
     */
    public static Vector where(Vector c, double a, Scalar b) { return new Vector(select(c, literal(a, b), b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The literal {@code a} takes the dtype of {@code b}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere
     * @return a Vector of the branches' promoted dtype
     */
    public static Vector where(Vector c, double a, Vector b) { return new Vector(select(c, literal(a, b), b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * The literal {@code a} takes the dtype of {@code b}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Vector c, double a, Matrix b) { return new Matrix(select(c, literal(a, b), b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * The literal {@code a} takes the dtype of {@code b}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Vector c, double a, Tensor b) { return new Tensor(select(c, literal(a, b), b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * Both branches are literals: the result is float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Vector of the branches' promoted dtype
     */
    public static Vector where(Vector c, double a, double b) { return new Vector(select(c, literal(a), literal(b))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Matrix c, Scalar a, Scalar b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Matrix c, Scalar a, Vector b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Matrix c, Scalar a, Matrix b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Matrix c, Scalar a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * The literal {@code b} takes the dtype of {@code a}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Matrix c, Scalar a, double b) { return new Matrix(select(c, a.node, literal(b, a))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Matrix c, Vector a, Scalar b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Matrix c, Vector a, Vector b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Matrix c, Vector a, Matrix b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Matrix c, Vector a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * The literal {@code b} takes the dtype of {@code a}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Matrix c, Vector a, double b) { return new Matrix(select(c, a.node, literal(b, a))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Matrix c, Matrix a, Scalar b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Matrix c, Matrix a, Vector b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Matrix c, Matrix a, Matrix b) { return new Matrix(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Matrix c, Matrix a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The literal {@code b} takes the dtype of {@code a}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Matrix c, Matrix a, double b) { return new Matrix(select(c, a.node, literal(b, a))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Matrix c, Tensor a, Scalar b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Matrix c, Tensor a, Vector b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Matrix c, Tensor a, Matrix b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Matrix c, Tensor a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * The literal {@code b} takes the dtype of {@code a}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Matrix c, Tensor a, double b) { return new Tensor(select(c, a.node, literal(b, a))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * The literal {@code a} takes the dtype of {@code b}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Matrix c, double a, Scalar b) { return new Matrix(select(c, literal(a, b), b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a Scalar combines with
     * every element, a Vector runs along the rows of a Matrix.
     * The literal {@code a} takes the dtype of {@code b}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Matrix c, double a, Vector b) { return new Matrix(select(c, literal(a, b), b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The literal {@code a} takes the dtype of {@code b}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Matrix c, double a, Matrix b) { return new Matrix(select(c, literal(a, b), b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * The literal {@code a} takes the dtype of {@code b}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Matrix c, double a, Tensor b) { return new Tensor(select(c, literal(a, b), b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * Both branches are literals: the result is float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Matrix of the branches' promoted dtype
     */
    public static Matrix where(Matrix c, double a, double b) { return new Matrix(select(c, literal(a), literal(b))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Scalar a, Scalar b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Scalar a, Vector b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Scalar a, Matrix b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Scalar a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * The literal {@code b} takes the dtype of {@code a}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Scalar a, double b) { return new Tensor(select(c, a.node, literal(b, a))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Vector a, Scalar b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Vector a, Vector b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Vector a, Matrix b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Vector a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * The literal {@code b} takes the dtype of {@code a}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Vector a, double b) { return new Tensor(select(c, a.node, literal(b, a))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Matrix a, Scalar b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Matrix a, Vector b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Matrix a, Matrix b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Matrix a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * The literal {@code b} takes the dtype of {@code a}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Matrix a, double b) { return new Tensor(select(c, a.node, literal(b, a))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Tensor a, Scalar b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Tensor a, Vector b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Tensor a, Matrix b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Tensor a, Tensor b) { return new Tensor(select(c, a.node, b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The literal {@code b} takes the dtype of {@code a}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, Tensor a, double b) { return new Tensor(select(c, a.node, literal(b, a))); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * The literal {@code a} takes the dtype of {@code b}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, double a, Scalar b) { return new Tensor(select(c, literal(a, b), b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * The literal {@code a} takes the dtype of {@code b}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, double a, Vector b) { return new Tensor(select(c, literal(a, b), b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The condition and the branches broadcast together to the highest of their ranks: a lower rank
     * broadcasts over the leading axes of a higher one, as NumPy aligns them.
     * The literal {@code a} takes the dtype of {@code b}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, double a, Matrix b) { return new Tensor(select(c, literal(a, b), b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * The literal {@code a} takes the dtype of {@code b}, except that with an integer it makes float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, double a, Tensor b) { return new Tensor(select(c, literal(a, b), b.node)); }
    /**
     * {@code a} where {@code c} holds, else {@code b}, elementwise.
     * Both branches are literals: the result is float64.
     * @param c the condition: bool, or any dtype, read as {@code != 0}
     * @param a the value where {@code c} holds, a literal or a primitive scalar
     * @param b the value elsewhere, a literal or a primitive scalar
     * @return a Tensor of the branches' promoted dtype
     */
    public static Tensor where(Tensor c, double a, double b) { return new Tensor(select(c, literal(a), literal(b))); }

    // On plain values the choice is computed; in a @Symbolic method a comparison of primitive scalars
    // (gt(x, 0.0), or x > 0) is a symbolic bool, and these make where(...) of it type-check.
    /**
     * {@code c ? a : b}, computed on the values.
     * In a {@code @Symbolic} method, where a comparison of primitive scalars is a symbolic bool, the
     * processor reads it as the graph operation {@code where}.
     * @param c the condition
     * @param a the value if {@code c} holds
     * @param b the value otherwise
     * @return {@code a} or {@code b}
     */
    public static double where(boolean c, double a, double b) { return c ? a : b; }
    /**
     * {@code c ? a : b}, computed on the values.
     * In a {@code @Symbolic} method, where a comparison of primitive scalars is a symbolic bool, the
     * processor reads it as the graph operation {@code where}.
     * @param c the condition
     * @param a the value if {@code c} holds
     * @param b the value otherwise
     * @return {@code a} or {@code b}
     */
    public static float where(boolean c, float a, float b) { return c ? a : b; }

    // ---- elementwise math: same rank; neg, abs and square keep the dtype, the others give the float dtype
    // of x (integers give float64). On a double, the value is computed.

    /**
     * The negation {@code -x}, elementwise.
     * @param x the operand
     * @return a Scalar of the same shape; keeps the dtype
     */
    public static Scalar neg(Scalar x) { return x.neg(); }
    /**
     * The negation {@code -x}, elementwise.
     * @param x the operand
     * @return a Vector of the same shape; keeps the dtype
     */
    public static Vector neg(Vector x) { return x.neg(); }
    /**
     * The negation {@code -x}, elementwise.
     * @param x the operand
     * @return a Matrix of the same shape; keeps the dtype
     */
    public static Matrix neg(Matrix x) { return x.neg(); }
    /**
     * The negation {@code -x}, elementwise.
     * @param x the operand
     * @return a Tensor of the same shape; keeps the dtype
     */
    public static Tensor neg(Tensor x) { return x.neg(); }
    /**
     * The negation {@code -x}, computed on the value.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param x the operand
     * @return the result
     */
    public static double neg(double x) { return -x; }

    /**
     * The absolute value {@code |x|}, elementwise.
     * @param x the operand
     * @return a Scalar of the same shape; keeps the dtype
     */
    public static Scalar abs(Scalar x) { return x.abs(); }
    /**
     * The absolute value {@code |x|}, elementwise.
     * @param x the operand
     * @return a Vector of the same shape; keeps the dtype
     */
    public static Vector abs(Vector x) { return x.abs(); }
    /**
     * The absolute value {@code |x|}, elementwise.
     * @param x the operand
     * @return a Matrix of the same shape; keeps the dtype
     */
    public static Matrix abs(Matrix x) { return x.abs(); }
    /**
     * The absolute value {@code |x|}, elementwise.
     * @param x the operand
     * @return a Tensor of the same shape; keeps the dtype
     */
    public static Tensor abs(Tensor x) { return x.abs(); }
    /**
     * The absolute value {@code |x|}, computed on the value.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param x the operand
     * @return the result
     */
    public static double abs(double x) { return Math.abs(x); }

    /**
     * The square {@code x * x}, elementwise.
     * @param x the operand
     * @return a Scalar of the same shape; keeps the dtype
     */
    public static Scalar square(Scalar x) { return x.square(); }
    /**
     * The square {@code x * x}, elementwise.
     * @param x the operand
     * @return a Vector of the same shape; keeps the dtype
     */
    public static Vector square(Vector x) { return x.square(); }
    /**
     * The square {@code x * x}, elementwise.
     * @param x the operand
     * @return a Matrix of the same shape; keeps the dtype
     */
    public static Matrix square(Matrix x) { return x.square(); }
    /**
     * The square {@code x * x}, elementwise.
     * @param x the operand
     * @return a Tensor of the same shape; keeps the dtype
     */
    public static Tensor square(Tensor x) { return x.square(); }
    /**
     * The square {@code x * x}, computed on the value.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param x the operand
     * @return the result
     */
    public static double square(double x) { return x * x; }

    /**
     * The square root of {@code x}, elementwise.
     * @param x the operand
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Scalar sqrt(Scalar x) { return x.sqrt(); }
    /**
     * The square root of {@code x}, elementwise.
     * @param x the operand
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Vector sqrt(Vector x) { return x.sqrt(); }
    /**
     * The square root of {@code x}, elementwise.
     * @param x the operand
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Matrix sqrt(Matrix x) { return x.sqrt(); }
    /**
     * The square root of {@code x}, elementwise.
     * @param x the operand
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Tensor sqrt(Tensor x) { return x.sqrt(); }
    /**
     * The square root of {@code x}, computed on the value.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param x the operand
     * @return the result
     */
    public static double sqrt(double x) { return Math.sqrt(x); }

    /**
     * The exponential {@code e^x}, elementwise.
     * @param x the operand
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Scalar exp(Scalar x) { return x.exp(); }
    /**
     * The exponential {@code e^x}, elementwise.
     * @param x the operand
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Vector exp(Vector x) { return x.exp(); }
    /**
     * The exponential {@code e^x}, elementwise.
     * @param x the operand
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Matrix exp(Matrix x) { return x.exp(); }
    /**
     * The exponential {@code e^x}, elementwise.
     * @param x the operand
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Tensor exp(Tensor x) { return x.exp(); }
    /**
     * The exponential {@code e^x}, computed on the value.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param x the operand
     * @return the result
     */
    public static double exp(double x) { return Math.exp(x); }

    /**
     * {@code e^x - 1}, accurate near 0, elementwise.
     * @param x the operand
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Scalar expm1(Scalar x) { return x.expm1(); }
    /**
     * {@code e^x - 1}, accurate near 0, elementwise.
     * @param x the operand
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Vector expm1(Vector x) { return x.expm1(); }
    /**
     * {@code e^x - 1}, accurate near 0, elementwise.
     * @param x the operand
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Matrix expm1(Matrix x) { return x.expm1(); }
    /**
     * {@code e^x - 1}, accurate near 0, elementwise.
     * @param x the operand
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Tensor expm1(Tensor x) { return x.expm1(); }
    /**
     * {@code e^x - 1}, accurate near 0, computed on the value.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param x the operand
     * @return the result
     */
    public static double expm1(double x) { return Math.expm1(x); }

    /**
     * The natural logarithm of {@code x}, elementwise.
     * @param x the operand
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Scalar log(Scalar x) { return x.log(); }
    /**
     * The natural logarithm of {@code x}, elementwise.
     * @param x the operand
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Vector log(Vector x) { return x.log(); }
    /**
     * The natural logarithm of {@code x}, elementwise.
     * @param x the operand
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Matrix log(Matrix x) { return x.log(); }
    /**
     * The natural logarithm of {@code x}, elementwise.
     * @param x the operand
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Tensor log(Tensor x) { return x.log(); }
    /**
     * The natural logarithm of {@code x}, computed on the value.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param x the operand
     * @return the result
     */
    public static double log(double x) { return Math.log(x); }

    /**
     * {@code log(1 + x)}, accurate near 0, elementwise.
     * @param x the operand
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Scalar log1p(Scalar x) { return x.log1p(); }
    /**
     * {@code log(1 + x)}, accurate near 0, elementwise.
     * @param x the operand
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Vector log1p(Vector x) { return x.log1p(); }
    /**
     * {@code log(1 + x)}, accurate near 0, elementwise.
     * @param x the operand
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Matrix log1p(Matrix x) { return x.log1p(); }
    /**
     * {@code log(1 + x)}, accurate near 0, elementwise.
     * @param x the operand
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Tensor log1p(Tensor x) { return x.log1p(); }
    /**
     * {@code log(1 + x)}, accurate near 0, computed on the value.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param x the operand
     * @return the result
     */
    public static double log1p(double x) { return Math.log1p(x); }

    /**
     * The logistic function {@code 1 / (1 + e^-x)}, elementwise.
     * @param x the operand
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Scalar sigmoid(Scalar x) { return x.sigmoid(); }
    /**
     * The logistic function {@code 1 / (1 + e^-x)}, elementwise.
     * @param x the operand
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Vector sigmoid(Vector x) { return x.sigmoid(); }
    /**
     * The logistic function {@code 1 / (1 + e^-x)}, elementwise.
     * @param x the operand
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Matrix sigmoid(Matrix x) { return x.sigmoid(); }
    /**
     * The logistic function {@code 1 / (1 + e^-x)}, elementwise.
     * @param x the operand
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Tensor sigmoid(Tensor x) { return x.sigmoid(); }
    /**
     * The logistic function {@code 1 / (1 + e^-x)}, computed on the value.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param x the operand
     * @return the result
     */
    public static double sigmoid(double x) { return 1 / (1 + Math.exp(-x)); }

    /**
     * {@code log(1 + e^x)}, computed without overflow, elementwise.
     * @param x the operand
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Scalar softplus(Scalar x) { return x.softplus(); }
    /**
     * {@code log(1 + e^x)}, computed without overflow, elementwise.
     * @param x the operand
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Vector softplus(Vector x) { return x.softplus(); }
    /**
     * {@code log(1 + e^x)}, computed without overflow, elementwise.
     * @param x the operand
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Matrix softplus(Matrix x) { return x.softplus(); }
    /**
     * {@code log(1 + e^x)}, computed without overflow, elementwise.
     * @param x the operand
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Tensor softplus(Tensor x) { return x.softplus(); }
    /**
     * {@code log(1 + e^x)}, computed without overflow, computed on the value.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param x the operand
     * @return the result
     */
    public static double softplus(double x) { return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))); }

    /**
     * The hyperbolic tangent of {@code x}, elementwise.
     * @param x the operand
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Scalar tanh(Scalar x) { return x.tanh(); }
    /**
     * The hyperbolic tangent of {@code x}, elementwise.
     * @param x the operand
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Vector tanh(Vector x) { return x.tanh(); }
    /**
     * The hyperbolic tangent of {@code x}, elementwise.
     * @param x the operand
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Matrix tanh(Matrix x) { return x.tanh(); }
    /**
     * The hyperbolic tangent of {@code x}, elementwise.
     * @param x the operand
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Tensor tanh(Tensor x) { return x.tanh(); }
    /**
     * The hyperbolic tangent of {@code x}, computed on the value.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param x the operand
     * @return the result
     */
    public static double tanh(double x) { return Math.tanh(x); }

    /**
     * The sine of {@code x}, elementwise.
     * @param x the operand
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Scalar sin(Scalar x) { return x.sin(); }
    /**
     * The sine of {@code x}, elementwise.
     * @param x the operand
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Vector sin(Vector x) { return x.sin(); }
    /**
     * The sine of {@code x}, elementwise.
     * @param x the operand
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Matrix sin(Matrix x) { return x.sin(); }
    /**
     * The sine of {@code x}, elementwise.
     * @param x the operand
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Tensor sin(Tensor x) { return x.sin(); }
    /**
     * The sine of {@code x}, computed on the value.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param x the operand
     * @return the result
     */
    public static double sin(double x) { return Math.sin(x); }

    /**
     * The cosine of {@code x}, elementwise.
     * @param x the operand
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Scalar cos(Scalar x) { return x.cos(); }
    /**
     * The cosine of {@code x}, elementwise.
     * @param x the operand
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Vector cos(Vector x) { return x.cos(); }
    /**
     * The cosine of {@code x}, elementwise.
     * @param x the operand
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Matrix cos(Matrix x) { return x.cos(); }
    /**
     * The cosine of {@code x}, elementwise.
     * @param x the operand
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public static Tensor cos(Tensor x) { return x.cos(); }
    /**
     * The cosine of {@code x}, computed on the value.
     * In a {@code @Symbolic} method, where primitive scalars are symbolic, the processor reads it
     * as the graph operation of the same name.
     * @param x the operand
     * @return the result
     */
    public static double cos(double x) { return Math.cos(x); }
    // ---- reductions: without an axis a Scalar; with an axis (negative counts from the end) one rank less

    /**
     * The sum of {@code x} of every element.
     * @param x the operand
     * @return a Scalar; int64 for integers and bools; floats keep their dtype
     */
    public static Scalar sum(Scalar x) { return x.sum(); }
    /**
     * The sum of {@code x} of every element.
     * @param x the operand
     * @return a Scalar; int64 for integers and bools; floats keep their dtype
     */
    public static Scalar sum(Vector x) { return x.sum(); }
    /**
     * The sum of {@code x} of every element.
     * @param x the operand
     * @return a Scalar; int64 for integers and bools; floats keep their dtype
     */
    public static Scalar sum(Matrix x) { return x.sum(); }
    /**
     * The sum of {@code x} of every element.
     * @param x the operand
     * @return a Scalar; int64 for integers and bools; floats keep their dtype
     */
    public static Scalar sum(Tensor x) { return x.sum(); }
    /**
     * The sum of {@code x} along {@code axis}, which the result loses.
     * @param x the operand
     * @param axis the axis to reduce; negative counts from the end
     * @return a Scalar; int64 for integers and bools; floats keep their dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public static Scalar sum(Vector x, int axis) { return x.sum(axis); }
    /**
     * The sum of {@code x} along {@code axis}, which the result loses.
     * Axis 0 reduces down the columns, giving one element per column; 1 (or -1) along the rows.
     * @param x the operand
     * @param axis the axis to reduce; negative counts from the end
     * @return a Vector; int64 for integers and bools; floats keep their dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public static Vector sum(Matrix x, int axis) { return x.sum(axis); }
    /**
     * The sum of {@code x} along {@code axis}, which the result loses.
     * @param x the operand
     * @param axis the axis to reduce; negative counts from the end
     * @return a Tensor; int64 for integers and bools; floats keep their dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public static Tensor sum(Tensor x, int axis) { return x.sum(axis); }

    /**
     * The mean of {@code x} of every element.
     * @param x the operand
     * @return a Scalar; the float dtype of the operand (integers give float64)
     */
    public static Scalar mean(Scalar x) { return x.mean(); }
    /**
     * The mean of {@code x} of every element.
     * @param x the operand
     * @return a Scalar; the float dtype of the operand (integers give float64)
     */
    public static Scalar mean(Vector x) { return x.mean(); }
    /**
     * The mean of {@code x} of every element.
     * @param x the operand
     * @return a Scalar; the float dtype of the operand (integers give float64)
     */
    public static Scalar mean(Matrix x) { return x.mean(); }
    /**
     * The mean of {@code x} of every element.
     * @param x the operand
     * @return a Scalar; the float dtype of the operand (integers give float64)
     */
    public static Scalar mean(Tensor x) { return x.mean(); }
    /**
     * The mean of {@code x} along {@code axis}, which the result loses.
     * @param x the operand
     * @param axis the axis to reduce; negative counts from the end
     * @return a Scalar; the float dtype of the operand (integers give float64)
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public static Scalar mean(Vector x, int axis) { return x.mean(axis); }
    /**
     * The mean of {@code x} along {@code axis}, which the result loses.
     * Axis 0 reduces down the columns, giving one element per column; 1 (or -1) along the rows.
     * @param x the operand
     * @param axis the axis to reduce; negative counts from the end
     * @return a Vector; the float dtype of the operand (integers give float64)
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public static Vector mean(Matrix x, int axis) { return x.mean(axis); }
    /**
     * The mean of {@code x} along {@code axis}, which the result loses.
     * @param x the operand
     * @param axis the axis to reduce; negative counts from the end
     * @return a Tensor; the float dtype of the operand (integers give float64)
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public static Tensor mean(Tensor x, int axis) { return x.mean(axis); }

    /**
     * The largest element of {@code x}.
     * @param x the operand
     * @return a Scalar; the operand's dtype
     */
    public static Scalar max(Scalar x) { return x.max(); }
    /**
     * The largest element of {@code x}.
     * @param x the operand
     * @return a Scalar; the operand's dtype
     */
    public static Scalar max(Vector x) { return x.max(); }
    /**
     * The largest element of {@code x}.
     * @param x the operand
     * @return a Scalar; the operand's dtype
     */
    public static Scalar max(Matrix x) { return x.max(); }
    /**
     * The largest element of {@code x}.
     * @param x the operand
     * @return a Scalar; the operand's dtype
     */
    public static Scalar max(Tensor x) { return x.max(); }
    /**
     * The largest element of {@code x} along {@code axis}, which the result loses.
     * @param x the operand
     * @param axis the axis to reduce; negative counts from the end
     * @return a Scalar; the operand's dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public static Scalar max(Vector x, int axis) { return x.max(axis); }
    /**
     * The largest element of {@code x} along {@code axis}, which the result loses.
     * Axis 0 reduces down the columns, giving one element per column; 1 (or -1) along the rows.
     * @param x the operand
     * @param axis the axis to reduce; negative counts from the end
     * @return a Vector; the operand's dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public static Vector max(Matrix x, int axis) { return x.max(axis); }
    /**
     * The largest element of {@code x} along {@code axis}, which the result loses.
     * @param x the operand
     * @param axis the axis to reduce; negative counts from the end
     * @return a Tensor; the operand's dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public static Tensor max(Tensor x, int axis) { return x.max(axis); }

    /**
     * The smallest element of {@code x}.
     * @param x the operand
     * @return a Scalar; the operand's dtype
     */
    public static Scalar min(Scalar x) { return x.min(); }
    /**
     * The smallest element of {@code x}.
     * @param x the operand
     * @return a Scalar; the operand's dtype
     */
    public static Scalar min(Vector x) { return x.min(); }
    /**
     * The smallest element of {@code x}.
     * @param x the operand
     * @return a Scalar; the operand's dtype
     */
    public static Scalar min(Matrix x) { return x.min(); }
    /**
     * The smallest element of {@code x}.
     * @param x the operand
     * @return a Scalar; the operand's dtype
     */
    public static Scalar min(Tensor x) { return x.min(); }
    /**
     * The smallest element of {@code x} along {@code axis}, which the result loses.
     * @param x the operand
     * @param axis the axis to reduce; negative counts from the end
     * @return a Scalar; the operand's dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public static Scalar min(Vector x, int axis) { return x.min(axis); }
    /**
     * The smallest element of {@code x} along {@code axis}, which the result loses.
     * Axis 0 reduces down the columns, giving one element per column; 1 (or -1) along the rows.
     * @param x the operand
     * @param axis the axis to reduce; negative counts from the end
     * @return a Vector; the operand's dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public static Vector min(Matrix x, int axis) { return x.min(axis); }
    /**
     * The smallest element of {@code x} along {@code axis}, which the result loses.
     * @param x the operand
     * @param axis the axis to reduce; negative counts from the end
     * @return a Tensor; the operand's dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public static Tensor min(Tensor x, int axis) { return x.min(axis); }

    /**
     * The index of the first largest element of {@code x} in row-major order.
     * @param x the operand
     * @return a Scalar; int64
     */
    public static Scalar argmax(Scalar x) { return x.argmax(); }
    /**
     * The index of the first largest element of {@code x} in row-major order.
     * @param x the operand
     * @return a Scalar; int64
     */
    public static Scalar argmax(Vector x) { return x.argmax(); }
    /**
     * The index of the first largest element of {@code x} in row-major order.
     * @param x the operand
     * @return a Scalar; int64
     */
    public static Scalar argmax(Matrix x) { return x.argmax(); }
    /**
     * The index of the first largest element of {@code x} in row-major order.
     * @param x the operand
     * @return a Scalar; int64
     */
    public static Scalar argmax(Tensor x) { return x.argmax(); }
    /**
     * The index of the first largest element of {@code x} along {@code axis}, which the result loses.
     * The index counts along that axis.
     * @param x the operand
     * @param axis the axis to reduce; negative counts from the end
     * @return a Scalar; int64
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public static Scalar argmax(Vector x, int axis) { return x.argmax(axis); }
    /**
     * The index of the first largest element of {@code x} along {@code axis}, which the result loses.
     * Axis 0 reduces down the columns, giving one element per column; 1 (or -1) along the rows.
     * The index counts along that axis.
     * @param x the operand
     * @param axis the axis to reduce; negative counts from the end
     * @return a Vector; int64
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public static Vector argmax(Matrix x, int axis) { return x.argmax(axis); }
    /**
     * The index of the first largest element of {@code x} along {@code axis}, which the result loses.
     * The index counts along that axis.
     * @param x the operand
     * @param axis the axis to reduce; negative counts from the end
     * @return a Tensor; int64
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public static Tensor argmax(Tensor x, int axis) { return x.argmax(axis); }

    // ---- products and shapes

    /**
     * The inner product {@code sum(a[i] * b[i])}.
     * @param a the left vector
     * @param b the right vector, of the same length
     * @return a Scalar of the promoted dtype
     * @throws dev.symbolon.runtime.ShapeException at run time if the lengths differ
     */
    public static Scalar dot(Vector a, Vector b) { return a.dot(b); }
    /**
     * The matrix-vector product {@code a b}.
     * @param a the matrix
     * @param b the vector, of length the column count of {@code a}
     * @return a Vector of the promoted dtype with one element per row of {@code a}
     * @throws dev.symbolon.runtime.ShapeException at run time if the length of {@code b} is not the column
     *     count of {@code a}
     */
    public static Vector dot(Matrix a, Vector b) { return a.dot(b); }
    /**
     * The vector-matrix product {@code a b}, the row vector {@code a} times the matrix.
     * @param a the vector, of length the row count of {@code b}
     * @param b the matrix
     * @return a Vector of the promoted dtype with one element per column of {@code b}
     * @throws dev.symbolon.runtime.ShapeException at run time if the length of {@code a} is not the row count
     *     of {@code b}
     */
    public static Vector dot(Vector a, Matrix b) { return a.dot(b); }
    /**
     * The matrix product {@code a b}.
     * @param a the left matrix
     * @param b the right matrix, with as many rows as {@code a} has columns
     * @return a Matrix of the promoted dtype with the rows of {@code a} and the columns of {@code b}
     * @throws dev.symbolon.runtime.ShapeException at run time if the column count of {@code a} is not the row
     *     count of {@code b}
     */
    public static Matrix dot(Matrix a, Matrix b) { return a.dot(b); }

    /**
     * The outer product {@code a[i] * b[j]}.
     * @param a the vector of rows
     * @param b the vector of columns
     * @return a Matrix of the promoted dtype, with one row per element of {@code a} and one column per
     *     element of {@code b}
     */
    public static Matrix outer(Vector a, Vector b) { return a.outer(b); }

    /**
     * The transpose of a matrix: rows become columns.
     * @param x the matrix
     * @return a Matrix of the same dtype
     */
    public static Matrix transpose(Matrix x) { return x.transpose(); }
    /**
     * The dimensions of {@code x} in reverse order, as NumPy's {@code .T}.
     * @param x the tensor
     * @return a Tensor of the same rank and dtype
     */
    public static Tensor transpose(Tensor x) { return x.transpose(); }
    /**
     * The dimensions of {@code x} permuted: dimension {@code i} of the result is dimension {@code
     * permutation[i]} of {@code x}.
     * @param x the tensor
     * @param permutation a permutation of {@code 0 .. rank-1}
     * @return a Tensor of the same rank and dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code permutation} is not a permutation of the axes
     */
    public static Tensor transpose(Tensor x, int... permutation) { return x.transpose(permutation); }

    /**
     * The elements of {@code x} as a Vector; same dtype.
     * @param x a value of any rank
     * @param size the element count, or -1 for as many as there are
     * @return a Vector
     * @throws dev.symbolon.runtime.ShapeException at run time if the element counts differ
     */
    public static Vector reshape(SymbolicValue x, int size) { return x.reshape(size); }
    /**
     * The elements of {@code x}, row-major, as a {@code rows} by {@code cols} Matrix; same dtype.
     * @param x a value of any rank
     * @param rows the row count, or -1 for what the columns leave
     * @param cols the column count, or -1 for what the rows leave
     * @return a Matrix
     * @throws dev.symbolon.runtime.ShapeException at run time if the element counts differ
     */
    public static Matrix reshape(SymbolicValue x, int rows, int cols) { return x.reshape(rows, cols); }
    /**
     * The elements of {@code x}, row-major, as a Tensor of {@code shape}; same dtype.
     * @param x a value of any rank
     * @param shape the length of each axis; one may be -1 for what the others leave
     * @return a Tensor of rank {@code shape.length}
     * @throws dev.symbolon.runtime.ShapeException at run time if the element counts differ
     */
    public static Tensor reshape(SymbolicValue x, int... shape) { return x.reshape(shape); }

    /**
     * {@code x} converted to {@code dtype}; floats become integers by truncation toward zero, and a number
     * becomes bool as {@code x != 0}.
     * @param x the value
     * @param dtype the dtype of the result
     * @return a Scalar of the same shape
     */
    public static Scalar cast(Scalar x, DType dtype) { return x.cast(dtype); }
    /**
     * {@code x} converted to {@code dtype}; floats become integers by truncation toward zero, and a number
     * becomes bool as {@code x != 0}.
     * @param x the value
     * @param dtype the dtype of the result
     * @return a Vector of the same shape
     */
    public static Vector cast(Vector x, DType dtype) { return x.cast(dtype); }
    /**
     * {@code x} converted to {@code dtype}; floats become integers by truncation toward zero, and a number
     * becomes bool as {@code x != 0}.
     * @param x the value
     * @param dtype the dtype of the result
     * @return a Matrix of the same shape
     */
    public static Matrix cast(Matrix x, DType dtype) { return x.cast(dtype); }
    /**
     * {@code x} converted to {@code dtype}; floats become integers by truncation toward zero, and a number
     * becomes bool as {@code x != 0}.
     * @param x the value
     * @param dtype the dtype of the result
     * @return a Tensor of the same shape
     */
    public static Tensor cast(Tensor x, DType dtype) { return x.cast(dtype); }

    // ---- indexing and making arrays; integer indices out of range throw IndexOutOfBoundsException at run time

    /**
     * The entry at {@code i} along the first axis (negative counts from the end), as NumPy's {@code x[i]}.
     * @param x the operand
     * @param i the index along the first axis; negative counts from the end
     * @return the result, a Scalar
     */
    public static Scalar get(Vector x, int i) { return x.get(i); }
    /**
     * The entry at {@code i} along the first axis (negative counts from the end), as NumPy's {@code x[i]}.
     * @param x the operand
     * @param i the index along the first axis; negative counts from the end
     * @return the result, a Scalar
     */
    public static Scalar get(Vector x, Scalar i) { return x.get(i); }
    /**
     * The entry at {@code i} along the first axis (negative counts from the end), as NumPy's {@code x[i]}.
     * @param x the operand
     * @param i the index along the first axis; negative counts from the end
     * @return the result, a Vector
     */
    public static Vector get(Matrix x, int i) { return x.get(i); }
    /**
     * The entry at {@code i} along the first axis (negative counts from the end), as NumPy's {@code x[i]}.
     * @param x the operand
     * @param i the index along the first axis; negative counts from the end
     * @return the result, a Vector
     */
    public static Vector get(Matrix x, Scalar i) { return x.get(i); }
    /**
     * The entry at {@code i} along the first axis (negative counts from the end), as NumPy's {@code x[i]}.
     * @param x the operand
     * @param i the index along the first axis; negative counts from the end
     * @return the result, a Tensor
     */
    public static Tensor get(Tensor x, int i) { return x.get(i); }
    /**
     * The entry at {@code i} along the first axis (negative counts from the end), as NumPy's {@code x[i]}.
     * @param x the operand
     * @param i the index along the first axis; negative counts from the end
     * @return the result, a Tensor
     */
    public static Tensor get(Tensor x, Scalar i) { return x.get(i); }

    /**
     * NumPy's {@code take(x, indices, axis)}: x's axis replaced by the integer indices' dimensions.
     * @param x the operand
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Scalar
     */
    public static Scalar take(Vector x, Scalar indices, int axis) { return x.take(indices, axis); }
    /**
     * NumPy's {@code take(x, indices, axis)}: x's axis replaced by the integer indices' dimensions.
     * @param x the operand
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Vector
     */
    public static Vector take(Vector x, Vector indices, int axis) { return x.take(indices, axis); }
    /**
     * NumPy's {@code take(x, indices, axis)}: x's axis replaced by the integer indices' dimensions.
     * @param x the operand
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Matrix
     */
    public static Matrix take(Vector x, Matrix indices, int axis) { return x.take(indices, axis); }
    /**
     * NumPy's {@code take(x, indices, axis)}: x's axis replaced by the integer indices' dimensions.
     * @param x the operand
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Tensor
     */
    public static Tensor take(Vector x, Tensor indices, int axis) { return x.take(indices, axis); }
    /**
     * NumPy's {@code take(x, indices, axis)}: x's axis replaced by the integer indices' dimensions.
     * @param x the operand
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Vector
     */
    public static Vector take(Matrix x, Scalar indices, int axis) { return x.take(indices, axis); }
    /**
     * NumPy's {@code take(x, indices, axis)}: x's axis replaced by the integer indices' dimensions.
     * @param x the operand
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Matrix
     */
    public static Matrix take(Matrix x, Vector indices, int axis) { return x.take(indices, axis); }
    /**
     * NumPy's {@code take(x, indices, axis)}: x's axis replaced by the integer indices' dimensions.
     * @param x the operand
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Tensor
     */
    public static Tensor take(Matrix x, Matrix indices, int axis) { return x.take(indices, axis); }
    /**
     * NumPy's {@code take(x, indices, axis)}: x's axis replaced by the integer indices' dimensions.
     * @param x the operand
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Tensor
     */
    public static Tensor take(Matrix x, Tensor indices, int axis) { return x.take(indices, axis); }
    /**
     * NumPy's {@code take(x, indices, axis)}: x's axis replaced by the integer indices' dimensions.
     * @param x the operand
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Tensor
     */
    public static Tensor take(Tensor x, Scalar indices, int axis) { return x.take(indices, axis); }
    /**
     * NumPy's {@code take(x, indices, axis)}: x's axis replaced by the integer indices' dimensions.
     * @param x the operand
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Tensor
     */
    public static Tensor take(Tensor x, Vector indices, int axis) { return x.take(indices, axis); }
    /**
     * NumPy's {@code take(x, indices, axis)}: x's axis replaced by the integer indices' dimensions.
     * @param x the operand
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Tensor
     */
    public static Tensor take(Tensor x, Matrix indices, int axis) { return x.take(indices, axis); }
    /**
     * NumPy's {@code take(x, indices, axis)}: x's axis replaced by the integer indices' dimensions.
     * @param x the operand
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Tensor
     */
    public static Tensor take(Tensor x, Tensor indices, int axis) { return x.take(indices, axis); }

    /**
     * NumPy's {@code take_along_axis}: integer indices of x's rank pick along {@code axis}; {@code
     * takeAlongAxis(p, y.reshape(-1, 1), 1)} is Theano's {@code p[arange(n), y]}.
     * @param x the operand
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Vector
     */
    public static Vector takeAlongAxis(Vector x, Vector indices, int axis) { return x.takeAlongAxis(indices, axis); }
    /**
     * NumPy's {@code take_along_axis}: integer indices of x's rank pick along {@code axis}; {@code
     * takeAlongAxis(p, y.reshape(-1, 1), 1)} is Theano's {@code p[arange(n), y]}.
     * @param x the operand
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Matrix
     */
    public static Matrix takeAlongAxis(Matrix x, Matrix indices, int axis) { return x.takeAlongAxis(indices, axis); }
    /**
     * NumPy's {@code take_along_axis}: integer indices of x's rank pick along {@code axis}; {@code
     * takeAlongAxis(p, y.reshape(-1, 1), 1)} is Theano's {@code p[arange(n), y]}.
     * @param x the operand
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Tensor
     */
    public static Tensor takeAlongAxis(Tensor x, Tensor indices, int axis) { return x.takeAlongAxis(indices, axis); }

    /**
     * NumPy's {@code x[start:stop]} along {@code axis}; negative bounds count from the end, and bounds
     * clamp.
     * @param x the operand
     * @param axis the axis
     * @param start the first index of the slice; negative counts from the end
     * @param stop the index after the slice; negative counts from the end
     * @return the result, a Vector
     */
    public static Vector slice(Vector x, int axis, int start, int stop) { return x.slice(axis, start, stop); }
    /**
     * NumPy's {@code x[start:stop]} along {@code axis}; negative bounds count from the end, and bounds
     * clamp.
     * @param x the operand
     * @param axis the axis
     * @param start the first index of the slice; negative counts from the end
     * @param stop the index after the slice; negative counts from the end
     * @return the result, a Matrix
     */
    public static Matrix slice(Matrix x, int axis, int start, int stop) { return x.slice(axis, start, stop); }
    /**
     * NumPy's {@code x[start:stop]} along {@code axis}; negative bounds count from the end, and bounds
     * clamp.
     * @param x the operand
     * @param axis the axis
     * @param start the first index of the slice; negative counts from the end
     * @param stop the index after the slice; negative counts from the end
     * @return the result, a Tensor
     */
    public static Tensor slice(Tensor x, int axis, int start, int stop) { return x.slice(axis, start, stop); }

    /**
     * {@code 0, 1, ..., n-1} as int64; empty for n at most 0.
     * @param n the length
     * @return the result, a Vector
     */
    public static Vector arange(int n) { return new Vector(IndexingOps.arange(n)); }
    /**
     * {@code 0, 1, ..., n-1} as int64; empty for n at most 0.
     * @param n the length
     * @return the result, a Vector
     */
    public static Vector arange(Scalar n) { return new Vector(IndexingOps.arange(n.node)); }

    /**
     * The n-by-n float64 identity matrix.
     * @param n the length
     * @return the result, a Matrix
     */
    public static Matrix eye(int n) { return new Matrix(IndexingOps.eye(n)); }

    /**
     * float64 rows, one per integer label, with 1 at the label's column of {@code depth} and 0 elsewhere
     * (all 0 for a label outside 0..depth-1).
     * @param labels integer class labels
     * @param depth the number of classes
     * @return the result, a Vector
     */
    public static Vector oneHot(Scalar labels, int depth) { return new Vector(IndexingOps.oneHot(labels.node, depth)); }
    /**
     * float64 rows, one per integer label, with 1 at the label's column of {@code depth} and 0 elsewhere
     * (all 0 for a label outside 0..depth-1).
     * @param labels integer class labels
     * @param depth the number of classes
     * @return the result, a Matrix
     */
    public static Matrix oneHot(Vector labels, int depth) { return new Matrix(IndexingOps.oneHot(labels.node, depth)); }

    /**
     * Zeros, and ones, of x's shape and dtype.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar zerosLike(Scalar x) { return new Scalar(IndexingOps.zerosLike(x.node)); }
    /**
     * Zeros, and ones, of x's shape and dtype.
     * @param x the operand
     * @return the result, a Vector
     */
    public static Vector zerosLike(Vector x) { return new Vector(IndexingOps.zerosLike(x.node)); }
    /**
     * Zeros, and ones, of x's shape and dtype.
     * @param x the operand
     * @return the result, a Matrix
     */
    public static Matrix zerosLike(Matrix x) { return new Matrix(IndexingOps.zerosLike(x.node)); }
    /**
     * Zeros, and ones, of x's shape and dtype.
     * @param x the operand
     * @return the result, a Tensor
     */
    public static Tensor zerosLike(Tensor x) { return new Tensor(IndexingOps.zerosLike(x.node)); }
    /**
     * The DSL function onesLike.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar onesLike(Scalar x) { return new Scalar(IndexingOps.onesLike(x.node)); }
    /**
     * The DSL function onesLike.
     * @param x the operand
     * @return the result, a Vector
     */
    public static Vector onesLike(Vector x) { return new Vector(IndexingOps.onesLike(x.node)); }
    /**
     * The DSL function onesLike.
     * @param x the operand
     * @return the result, a Matrix
     */
    public static Matrix onesLike(Matrix x) { return new Matrix(IndexingOps.onesLike(x.node)); }
    /**
     * The DSL function onesLike.
     * @param x the operand
     * @return the result, a Tensor
     */
    public static Tensor onesLike(Tensor x) { return new Tensor(IndexingOps.onesLike(x.node)); }

    // ---- softmax and losses: in the float dtype of the operands

    /**
     * Softmax of the vector, {@code exp(x - max x) / sum(exp(x - max x))}: computed stably.
     * @param x the logits
     * @return a Vector of the same shape and the float dtype of {@code x}, each slice along the last axis
     *     summing to 1
     */
    public static Vector softmax(Vector x) { return x.softmax(); }
    /**
     * Softmax of each row, {@code exp(x - max x) / sum(exp(x - max x))}: computed stably.
     * @param x the logits
     * @return a Matrix of the same shape and the float dtype of {@code x}, each slice along the last axis
     *     summing to 1
     */
    public static Matrix softmax(Matrix x) { return x.softmax(); }
    /**
     * Softmax along the last axis, {@code exp(x - max x) / sum(exp(x - max x))}: computed stably.
     * @param x the logits
     * @return a Tensor of the same shape and the float dtype of {@code x}, each slice along the last axis
     *     summing to 1
     */
    public static Tensor softmax(Tensor x) { return x.softmax(); }

    /**
     * The log of {@link #softmax(Vector) softmax} of the vector, computed stably as {@code x - logsumexp(x)}.
     * @param x the logits
     * @return a Vector of the same shape and the float dtype of {@code x}
     */
    public static Vector logSoftmax(Vector x) { return x.logSoftmax(); }
    /**
     * The log of {@link #softmax(Matrix) softmax} of each row, computed stably as {@code x - logsumexp(x)}.
     * @param x the logits
     * @return a Matrix of the same shape and the float dtype of {@code x}
     */
    public static Matrix logSoftmax(Matrix x) { return x.logSoftmax(); }
    /**
     * The log of {@link #softmax(Tensor) softmax} along the last axis, computed stably as {@code x -
     * logsumexp(x)}.
     * @param x the logits
     * @return a Tensor of the same shape and the float dtype of {@code x}
     */
    public static Tensor logSoftmax(Tensor x) { return x.logSoftmax(); }

    /**
     * The binary crossentropy {@code -(t log p + (1 - t) log(1 - p))}, per element, for probabilities {@code
     * p} and targets {@code t} in [0, 1]. Written of {@code sigmoid(z)}, it is computed stably from {@code
     * z}.
     * @param p the predicted probabilities
     * @param t the targets, of the same shape
     * @return a Scalar of the same shape, in the float dtype of the operands
     */
    public static Scalar binaryCrossentropy(Scalar p, Scalar t) {
        return new Scalar(GraphOps.binaryCrossentropy(p.node, t.node));
    }

    /**
     * The binary crossentropy {@code -(t log p + (1 - t) log(1 - p))}, per element, for probabilities {@code
     * p} and targets {@code t} in [0, 1]. Written of {@code sigmoid(z)}, it is computed stably from {@code
     * z}.
     * @param p the predicted probabilities
     * @param t the targets, of the same shape
     * @return a Vector of the same shape, in the float dtype of the operands
     */
    public static Vector binaryCrossentropy(Vector p, Vector t) {
        return new Vector(GraphOps.binaryCrossentropy(p.node, t.node));
    }

    /**
     * The binary crossentropy {@code -(t log p + (1 - t) log(1 - p))}, per element, for probabilities {@code
     * p} and targets {@code t} in [0, 1]. Written of {@code sigmoid(z)}, it is computed stably from {@code
     * z}.
     * @param p the predicted probabilities
     * @param t the targets, of the same shape
     * @return a Matrix of the same shape, in the float dtype of the operands
     */
    public static Matrix binaryCrossentropy(Matrix p, Matrix t) {
        return new Matrix(GraphOps.binaryCrossentropy(p.node, t.node));
    }

    /**
     * The binary crossentropy {@code -(t log p + (1 - t) log(1 - p))}, per element, for probabilities {@code
     * p} and targets {@code t} in [0, 1]. Written of {@code sigmoid(z)}, it is computed stably from {@code
     * z}.
     * @param p the predicted probabilities
     * @param t the targets, of the same shape
     * @return a Tensor of the same shape, in the float dtype of the operands
     */
    public static Tensor binaryCrossentropy(Tensor p, Tensor t) {
        return new Tensor(GraphOps.binaryCrossentropy(p.node, t.node));
    }

    /**
     * The categorical crossentropy {@code -sum(t log p)} of the vector: one distribution, for probabilities
     * {@code p} and one-hot (or soft) targets {@code t}. Written of {@code softmax(z)}, it is computed stably
     * from {@code z}.
     * @param p the predicted probabilities
     * @param t the targets, of the same shape
     * @return a Scalar with one rank less, in the float dtype of the operands
     */
    public static Scalar categoricalCrossentropy(Vector p, Vector t) {
        return new Scalar(GraphOps.categoricalCrossentropy(p.node, t.node));
    }

    /**
     * The categorical crossentropy {@code -sum(t log p)} per row: one distribution per row, for probabilities
     * {@code p} and one-hot (or soft) targets {@code t}. Written of {@code softmax(z)}, it is computed stably
     * from {@code z}.
     * @param p the predicted probabilities
     * @param t the targets, of the same shape
     * @return a Vector with one rank less, in the float dtype of the operands
     */
    public static Vector categoricalCrossentropy(Matrix p, Matrix t) {
        return new Vector(GraphOps.categoricalCrossentropy(p.node, t.node));
    }

    /**
     * The categorical crossentropy {@code -sum(t log p)} along the last axis, for probabilities {@code p} and
     * one-hot (or soft) targets {@code t}. Written of {@code softmax(z)}, it is computed stably from {@code
     * z}.
     * @param p the predicted probabilities
     * @param t the targets, of the same shape
     * @return a Tensor with one rank less, in the float dtype of the operands
     */
    public static Tensor categoricalCrossentropy(Tensor p, Tensor t) {
        return new Tensor(GraphOps.categoricalCrossentropy(p.node, t.node));
    }

    /**
     * {@code -log p[y]} along the last axis for integer class labels {@code y}, one per row of a Matrix of
     * probabilities: Theano's crossentropy with integer labels. Of a softmax, computed as the picked
     * logSoftmax, without underflow; a label outside the row gives +inf.
     * @param p the probabilities, one row per example
     * @param labels integer class labels
     * @return the result, a Scalar
     */
    public static Scalar categoricalCrossentropy(Vector p, Scalar labels) {
        return new Scalar(GraphOps.categoricalCrossentropyOfLabels(p.node, labels.node));
    }

    /**
     * {@code -log p[y]} along the last axis for integer class labels {@code y}, one per row of a Matrix of
     * probabilities: Theano's crossentropy with integer labels. Of a softmax, computed as the picked
     * logSoftmax, without underflow; a label outside the row gives +inf.
     * @param p the probabilities, one row per example
     * @param labels integer class labels
     * @return the result, a Vector
     */
    public static Vector categoricalCrossentropy(Matrix p, Vector labels) {
        return new Vector(GraphOps.categoricalCrossentropyOfLabels(p.node, labels.node));
    }

    // ---- more elementwise math: rounding, sign, erf, logarithms in other bases, relu and clip

    /**
     * The sign of each element: -1, 0 or 1 (NaN stays NaN), in the operand's dtype; it passes no gradient.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar sign(Scalar x) { return x.sign(); }
    /**
     * The sign of each element: -1, 0 or 1 (NaN stays NaN), in the operand's dtype; it passes no gradient.
     * @param x the operand
     * @return the result, a Vector
     */
    public static Vector sign(Vector x) { return x.sign(); }
    /**
     * The sign of each element: -1, 0 or 1 (NaN stays NaN), in the operand's dtype; it passes no gradient.
     * @param x the operand
     * @return the result, a Matrix
     */
    public static Matrix sign(Matrix x) { return x.sign(); }
    /**
     * The sign of each element: -1, 0 or 1 (NaN stays NaN), in the operand's dtype; it passes no gradient.
     * @param x the operand
     * @return the result, a Tensor
     */
    public static Tensor sign(Tensor x) { return x.sign(); }
    /**
     * The sign of each element: -1, 0 or 1 (NaN stays NaN), in the operand's dtype; it passes no gradient.
     * @param x the operand
     * @return the result, a double
     */
    public static double sign(double x) { return Math.signum(x); }

    /**
     * Rounded toward -inf, as a float; it passes a zero gradient.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar floor(Scalar x) { return x.floor(); }
    /**
     * Rounded toward -inf, as a float; it passes a zero gradient.
     * @param x the operand
     * @return the result, a Vector
     */
    public static Vector floor(Vector x) { return x.floor(); }
    /**
     * Rounded toward -inf, as a float; it passes a zero gradient.
     * @param x the operand
     * @return the result, a Matrix
     */
    public static Matrix floor(Matrix x) { return x.floor(); }
    /**
     * Rounded toward -inf, as a float; it passes a zero gradient.
     * @param x the operand
     * @return the result, a Tensor
     */
    public static Tensor floor(Tensor x) { return x.floor(); }
    /**
     * Rounded toward -inf, as a float; it passes a zero gradient.
     * @param x the operand
     * @return the result, a double
     */
    public static double floor(double x) { return Math.floor(x); }

    /**
     * Rounded toward +inf, as a float; it passes a zero gradient.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar ceil(Scalar x) { return x.ceil(); }
    /**
     * Rounded toward +inf, as a float; it passes a zero gradient.
     * @param x the operand
     * @return the result, a Vector
     */
    public static Vector ceil(Vector x) { return x.ceil(); }
    /**
     * Rounded toward +inf, as a float; it passes a zero gradient.
     * @param x the operand
     * @return the result, a Matrix
     */
    public static Matrix ceil(Matrix x) { return x.ceil(); }
    /**
     * Rounded toward +inf, as a float; it passes a zero gradient.
     * @param x the operand
     * @return the result, a Tensor
     */
    public static Tensor ceil(Tensor x) { return x.ceil(); }
    /**
     * Rounded toward +inf, as a float; it passes a zero gradient.
     * @param x the operand
     * @return the result, a double
     */
    public static double ceil(double x) { return Math.ceil(x); }

    /**
     * Rounded to the nearest integer, a half to the even one (as NumPy's round), as a float; it passes a
     * zero gradient.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar round(Scalar x) { return x.round(); }
    /**
     * Rounded to the nearest integer, a half to the even one (as NumPy's round), as a float; it passes a
     * zero gradient.
     * @param x the operand
     * @return the result, a Vector
     */
    public static Vector round(Vector x) { return x.round(); }
    /**
     * Rounded to the nearest integer, a half to the even one (as NumPy's round), as a float; it passes a
     * zero gradient.
     * @param x the operand
     * @return the result, a Matrix
     */
    public static Matrix round(Matrix x) { return x.round(); }
    /**
     * Rounded to the nearest integer, a half to the even one (as NumPy's round), as a float; it passes a
     * zero gradient.
     * @param x the operand
     * @return the result, a Tensor
     */
    public static Tensor round(Tensor x) { return x.round(); }
    /**
     * Rounded to the nearest integer, a half to the even one (as NumPy's round), as a float; it passes a
     * zero gradient.
     * @param x the operand
     * @return the result, a double
     */
    public static double round(double x) { return Math.rint(x); }

    /**
     * The error function {@code 2/sqrt(pi) * integral of exp(-t^2) from 0 to x}.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar erf(Scalar x) { return x.erf(); }
    /**
     * The error function {@code 2/sqrt(pi) * integral of exp(-t^2) from 0 to x}.
     * @param x the operand
     * @return the result, a Vector
     */
    public static Vector erf(Vector x) { return x.erf(); }
    /**
     * The error function {@code 2/sqrt(pi) * integral of exp(-t^2) from 0 to x}.
     * @param x the operand
     * @return the result, a Matrix
     */
    public static Matrix erf(Matrix x) { return x.erf(); }
    /**
     * The error function {@code 2/sqrt(pi) * integral of exp(-t^2) from 0 to x}.
     * @param x the operand
     * @return the result, a Tensor
     */
    public static Tensor erf(Tensor x) { return x.erf(); }
    /**
     * The error function {@code 2/sqrt(pi) * integral of exp(-t^2) from 0 to x}.
     * @param x the operand
     * @return the result, a double
     */
    public static double erf(double x) { return ScalarMath.erf(x); }

    /**
     * The base-2 logarithm.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar log2(Scalar x) { return x.log2(); }
    /**
     * The base-2 logarithm.
     * @param x the operand
     * @return the result, a Vector
     */
    public static Vector log2(Vector x) { return x.log2(); }
    /**
     * The base-2 logarithm.
     * @param x the operand
     * @return the result, a Matrix
     */
    public static Matrix log2(Matrix x) { return x.log2(); }
    /**
     * The base-2 logarithm.
     * @param x the operand
     * @return the result, a Tensor
     */
    public static Tensor log2(Tensor x) { return x.log2(); }
    /**
     * The base-2 logarithm.
     * @param x the operand
     * @return the result, a double
     */
    public static double log2(double x) { return ScalarMath.log2(x); }

    /**
     * The base-10 logarithm.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar log10(Scalar x) { return x.log10(); }
    /**
     * The base-10 logarithm.
     * @param x the operand
     * @return the result, a Vector
     */
    public static Vector log10(Vector x) { return x.log10(); }
    /**
     * The base-10 logarithm.
     * @param x the operand
     * @return the result, a Matrix
     */
    public static Matrix log10(Matrix x) { return x.log10(); }
    /**
     * The base-10 logarithm.
     * @param x the operand
     * @return the result, a Tensor
     */
    public static Tensor log10(Tensor x) { return x.log10(); }
    /**
     * The base-10 logarithm.
     * @param x the operand
     * @return the result, a double
     */
    public static double log10(double x) { return Math.log10(x); }

    /**
     * {@code maximum(x, 0)}, the rectifier; its gradient at 0 is 1.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar relu(Scalar x) { return x.relu(); }
    /**
     * {@code maximum(x, 0)}, the rectifier; its gradient at 0 is 1.
     * @param x the operand
     * @return the result, a Vector
     */
    public static Vector relu(Vector x) { return x.relu(); }
    /**
     * {@code maximum(x, 0)}, the rectifier; its gradient at 0 is 1.
     * @param x the operand
     * @return the result, a Matrix
     */
    public static Matrix relu(Matrix x) { return x.relu(); }
    /**
     * {@code maximum(x, 0)}, the rectifier; its gradient at 0 is 1.
     * @param x the operand
     * @return the result, a Tensor
     */
    public static Tensor relu(Tensor x) { return x.relu(); }
    /**
     * {@code maximum(x, 0)}, the rectifier; its gradient at 0 is 1.
     * @param x the operand
     * @return the result, a double
     */
    public static double relu(double x) { return Math.max(x, 0); }

    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Scalar
     */
    public static Scalar clip(Scalar x, Scalar lo, Scalar hi) { return new Scalar(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Vector
     */
    public static Vector clip(Scalar x, Scalar lo, Vector hi) { return new Vector(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Scalar x, Scalar lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Scalar x, Scalar lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Scalar
     */
    public static Scalar clip(Scalar x, Scalar lo, double hi) { return new Scalar(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Vector
     */
    public static Vector clip(Scalar x, Vector lo, Scalar hi) { return new Vector(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Vector
     */
    public static Vector clip(Scalar x, Vector lo, Vector hi) { return new Vector(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Scalar x, Vector lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Scalar x, Vector lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Vector
     */
    public static Vector clip(Scalar x, Vector lo, double hi) { return new Vector(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Scalar x, Matrix lo, Scalar hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Scalar x, Matrix lo, Vector hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Scalar x, Matrix lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Scalar x, Matrix lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Scalar x, Matrix lo, double hi) { return new Matrix(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Scalar x, Tensor lo, Scalar hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Scalar x, Tensor lo, Vector hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Scalar x, Tensor lo, Matrix hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Scalar x, Tensor lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Scalar x, Tensor lo, double hi) { return new Tensor(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Scalar
     */
    public static Scalar clip(Scalar x, double lo, Scalar hi) { return new Scalar(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Vector
     */
    public static Vector clip(Scalar x, double lo, Vector hi) { return new Vector(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Scalar x, double lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Scalar x, double lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Scalar
     */
    public static Scalar clip(Scalar x, double lo, double hi) { return new Scalar(GraphOps.clip(x.node, literal(lo, x), literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Vector
     */
    public static Vector clip(Vector x, Scalar lo, Scalar hi) { return new Vector(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Vector
     */
    public static Vector clip(Vector x, Scalar lo, Vector hi) { return new Vector(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Vector x, Scalar lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Vector x, Scalar lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Vector
     */
    public static Vector clip(Vector x, Scalar lo, double hi) { return new Vector(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Vector
     */
    public static Vector clip(Vector x, Vector lo, Scalar hi) { return new Vector(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Vector
     */
    public static Vector clip(Vector x, Vector lo, Vector hi) { return new Vector(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Vector x, Vector lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Vector x, Vector lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Vector
     */
    public static Vector clip(Vector x, Vector lo, double hi) { return new Vector(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Vector x, Matrix lo, Scalar hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Vector x, Matrix lo, Vector hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Vector x, Matrix lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Vector x, Matrix lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Vector x, Matrix lo, double hi) { return new Matrix(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Vector x, Tensor lo, Scalar hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Vector x, Tensor lo, Vector hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Vector x, Tensor lo, Matrix hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Vector x, Tensor lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Vector x, Tensor lo, double hi) { return new Tensor(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Vector
     */
    public static Vector clip(Vector x, double lo, Scalar hi) { return new Vector(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Vector
     */
    public static Vector clip(Vector x, double lo, Vector hi) { return new Vector(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Vector x, double lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Vector x, double lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Vector
     */
    public static Vector clip(Vector x, double lo, double hi) { return new Vector(GraphOps.clip(x.node, literal(lo, x), literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Matrix x, Scalar lo, Scalar hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Matrix x, Scalar lo, Vector hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Matrix x, Scalar lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Matrix x, Scalar lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Matrix x, Scalar lo, double hi) { return new Matrix(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Matrix x, Vector lo, Scalar hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Matrix x, Vector lo, Vector hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Matrix x, Vector lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Matrix x, Vector lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Matrix x, Vector lo, double hi) { return new Matrix(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Matrix x, Matrix lo, Scalar hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Matrix x, Matrix lo, Vector hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Matrix x, Matrix lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Matrix x, Matrix lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Matrix x, Matrix lo, double hi) { return new Matrix(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Matrix x, Tensor lo, Scalar hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Matrix x, Tensor lo, Vector hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Matrix x, Tensor lo, Matrix hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Matrix x, Tensor lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Matrix x, Tensor lo, double hi) { return new Tensor(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Matrix x, double lo, Scalar hi) { return new Matrix(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Matrix x, double lo, Vector hi) { return new Matrix(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Matrix x, double lo, Matrix hi) { return new Matrix(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Matrix x, double lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Matrix
     */
    public static Matrix clip(Matrix x, double lo, double hi) { return new Matrix(GraphOps.clip(x.node, literal(lo, x), literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Scalar lo, Scalar hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Scalar lo, Vector hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Scalar lo, Matrix hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Scalar lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Scalar lo, double hi) { return new Tensor(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Vector lo, Scalar hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Vector lo, Vector hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Vector lo, Matrix hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Vector lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Vector lo, double hi) { return new Tensor(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Matrix lo, Scalar hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Matrix lo, Vector hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Matrix lo, Matrix hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Matrix lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Matrix lo, double hi) { return new Tensor(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Tensor lo, Scalar hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Tensor lo, Vector hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Tensor lo, Matrix hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Tensor lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, lo.node, hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, Tensor lo, double hi) { return new Tensor(GraphOps.clip(x.node, lo.node, literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, double lo, Scalar hi) { return new Tensor(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, double lo, Vector hi) { return new Tensor(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, double lo, Matrix hi) { return new Tensor(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, double lo, Tensor hi) { return new Tensor(GraphOps.clip(x.node, literal(lo, x), hi.node)); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a Tensor
     */
    public static Tensor clip(Tensor x, double lo, double hi) { return new Tensor(GraphOps.clip(x.node, literal(lo, x), literal(hi, x))); }
    /**
     * {@code minimum(maximum(x, lo), hi)}, broadcast as NumPy's clip; the gradient passes to {@code x}
     * inside {@code [lo, hi]}. A double bound is a literal, typed weakly next to {@code x}.
     * @param x the operand
     * @param lo the lower bound, broadcast against x
     * @param hi the upper bound, broadcast against x
     * @return the result, a double
     */
    public static double clip(double x, double lo, double hi) { return Math.min(Math.max(x, lo), hi); }

    // ---- more reductions: over all elements a Scalar, along an axis one rank less; and running sums

    /**
     * The product of the elements; 1 of none. Integers multiply in int64, wrapping.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar prod(Scalar x) { return x.prod(); }
    /**
     * The product of the elements; 1 of none. Integers multiply in int64, wrapping.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar prod(Vector x) { return x.prod(); }
    /**
     * The product of the elements; 1 of none. Integers multiply in int64, wrapping.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar prod(Matrix x) { return x.prod(); }
    /**
     * The product of the elements; 1 of none. Integers multiply in int64, wrapping.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar prod(Tensor x) { return x.prod(); }
    /**
     * The product of the elements; 1 of none. Integers multiply in int64, wrapping.
     * @param x the operand
     * @param axis the axis
     * @return the result, a Scalar
     */
    public static Scalar prod(Vector x, int axis) { return x.prod(axis); }
    /**
     * The product of the elements; 1 of none. Integers multiply in int64, wrapping.
     * @param x the operand
     * @param axis the axis
     * @return the result, a Vector
     */
    public static Vector prod(Matrix x, int axis) { return x.prod(axis); }
    /**
     * The product of the elements; 1 of none. Integers multiply in int64, wrapping.
     * @param x the operand
     * @param axis the axis
     * @return the result, a Tensor
     */
    public static Tensor prod(Tensor x, int axis) { return x.prod(axis); }

    /**
     * The index of the first minimum, int64: in the flattened array, or along the axis.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar argmin(Scalar x) { return x.argmin(); }
    /**
     * The index of the first minimum, int64: in the flattened array, or along the axis.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar argmin(Vector x) { return x.argmin(); }
    /**
     * The index of the first minimum, int64: in the flattened array, or along the axis.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar argmin(Matrix x) { return x.argmin(); }
    /**
     * The index of the first minimum, int64: in the flattened array, or along the axis.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar argmin(Tensor x) { return x.argmin(); }
    /**
     * The index of the first minimum, int64: in the flattened array, or along the axis.
     * @param x the operand
     * @param axis the axis
     * @return the result, a Scalar
     */
    public static Scalar argmin(Vector x, int axis) { return x.argmin(axis); }
    /**
     * The index of the first minimum, int64: in the flattened array, or along the axis.
     * @param x the operand
     * @param axis the axis
     * @return the result, a Vector
     */
    public static Vector argmin(Matrix x, int axis) { return x.argmin(axis); }
    /**
     * The index of the first minimum, int64: in the flattened array, or along the axis.
     * @param x the operand
     * @param axis the axis
     * @return the result, a Tensor
     */
    public static Tensor argmin(Tensor x, int axis) { return x.argmin(axis); }

    /**
     * The population variance (NumPy's default, ddof 0), computed in two passes.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar var(Scalar x) { return x.var(); }
    /**
     * The population variance (NumPy's default, ddof 0), computed in two passes.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar var(Vector x) { return x.var(); }
    /**
     * The population variance (NumPy's default, ddof 0), computed in two passes.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar var(Matrix x) { return x.var(); }
    /**
     * The population variance (NumPy's default, ddof 0), computed in two passes.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar var(Tensor x) { return x.var(); }
    /**
     * The population variance (NumPy's default, ddof 0), computed in two passes.
     * @param x the operand
     * @param axis the axis
     * @return the result, a Scalar
     */
    public static Scalar var(Vector x, int axis) { return x.var(axis); }
    /**
     * The population variance (NumPy's default, ddof 0), computed in two passes.
     * @param x the operand
     * @param axis the axis
     * @return the result, a Vector
     */
    public static Vector var(Matrix x, int axis) { return x.var(axis); }
    /**
     * The population variance (NumPy's default, ddof 0), computed in two passes.
     * @param x the operand
     * @param axis the axis
     * @return the result, a Tensor
     */
    public static Tensor var(Tensor x, int axis) { return x.var(axis); }

    /**
     * The population standard deviation, {@code sqrt(var(x))}.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar std(Scalar x) { return x.std(); }
    /**
     * The population standard deviation, {@code sqrt(var(x))}.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar std(Vector x) { return x.std(); }
    /**
     * The population standard deviation, {@code sqrt(var(x))}.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar std(Matrix x) { return x.std(); }
    /**
     * The population standard deviation, {@code sqrt(var(x))}.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar std(Tensor x) { return x.std(); }
    /**
     * The population standard deviation, {@code sqrt(var(x))}.
     * @param x the operand
     * @param axis the axis
     * @return the result, a Scalar
     */
    public static Scalar std(Vector x, int axis) { return x.std(axis); }
    /**
     * The population standard deviation, {@code sqrt(var(x))}.
     * @param x the operand
     * @param axis the axis
     * @return the result, a Vector
     */
    public static Vector std(Matrix x, int axis) { return x.std(axis); }
    /**
     * The population standard deviation, {@code sqrt(var(x))}.
     * @param x the operand
     * @param axis the axis
     * @return the result, a Tensor
     */
    public static Tensor std(Tensor x, int axis) { return x.std(axis); }

    /**
     * {@code log(sum(exp(x)))}, computed without overflow by shifting by the maximum.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar logSumExp(Scalar x) { return x.logSumExp(); }
    /**
     * {@code log(sum(exp(x)))}, computed without overflow by shifting by the maximum.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar logSumExp(Vector x) { return x.logSumExp(); }
    /**
     * {@code log(sum(exp(x)))}, computed without overflow by shifting by the maximum.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar logSumExp(Matrix x) { return x.logSumExp(); }
    /**
     * {@code log(sum(exp(x)))}, computed without overflow by shifting by the maximum.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar logSumExp(Tensor x) { return x.logSumExp(); }
    /**
     * {@code log(sum(exp(x)))}, computed without overflow by shifting by the maximum.
     * @param x the operand
     * @param axis the axis
     * @return the result, a Scalar
     */
    public static Scalar logSumExp(Vector x, int axis) { return x.logSumExp(axis); }
    /**
     * {@code log(sum(exp(x)))}, computed without overflow by shifting by the maximum.
     * @param x the operand
     * @param axis the axis
     * @return the result, a Vector
     */
    public static Vector logSumExp(Matrix x, int axis) { return x.logSumExp(axis); }
    /**
     * {@code log(sum(exp(x)))}, computed without overflow by shifting by the maximum.
     * @param x the operand
     * @param axis the axis
     * @return the result, a Tensor
     */
    public static Tensor logSumExp(Tensor x, int axis) { return x.logSumExp(axis); }

    /**
     * Running sums along {@code axis}, of x's shape; integers add in int64, and the gradient is the
     * reverse running sum.
     * @param x the operand
     * @param axis the axis
     * @return the result, a Vector
     */
    public static Vector cumsum(Vector x, int axis) { return x.cumsum(axis); }
    /**
     * Running sums along {@code axis}, of x's shape; integers add in int64, and the gradient is the
     * reverse running sum.
     * @param x the operand
     * @param axis the axis
     * @return the result, a Matrix
     */
    public static Matrix cumsum(Matrix x, int axis) { return x.cumsum(axis); }
    /**
     * Running sums along {@code axis}, of x's shape; integers add in int64, and the gradient is the
     * reverse running sum.
     * @param x the operand
     * @param axis the axis
     * @return the result, a Tensor
     */
    public static Tensor cumsum(Tensor x, int axis) { return x.cumsum(axis); }

    // ---- joining, and linear algebra beyond dot

    /**
     * NumPy's {@code concatenate(xs, axis)}: operands of one rank joined along {@code axis}, in their
     * promoted dtype; every other dimension must agree (a ShapeException otherwise).
     * @param axis the axis
     * @param xs the operands, of one rank
     * @return the result, a Vector
     */
    public static Vector concatenate(int axis, Vector... xs) { return new Vector(IndexingOps.concatenate(axis, nodes(xs))); }
    /**
     * NumPy's {@code concatenate(xs, axis)}: operands of one rank joined along {@code axis}, in their
     * promoted dtype; every other dimension must agree (a ShapeException otherwise).
     * @param axis the axis
     * @param xs the operands, of one rank
     * @return the result, a Matrix
     */
    public static Matrix concatenate(int axis, Matrix... xs) { return new Matrix(IndexingOps.concatenate(axis, nodes(xs))); }
    /**
     * NumPy's {@code concatenate(xs, axis)}: operands of one rank joined along {@code axis}, in their
     * promoted dtype; every other dimension must agree (a ShapeException otherwise).
     * @param axis the axis
     * @param xs the operands, of one rank
     * @return the result, a Tensor
     */
    public static Tensor concatenate(int axis, Tensor... xs) { return new Tensor(IndexingOps.concatenate(axis, nodes(xs))); }

    /**
     * NumPy's {@code stack(xs, axis)}: operands of one shape joined along a new axis at {@code axis} of
     * the result (negative counts from the end).
     * @param axis the axis
     * @param xs the operands, of one rank
     * @return the result, a Vector
     */
    public static Vector stack(int axis, Scalar... xs) { return new Vector(IndexingOps.stack(axis, nodes(xs))); }
    /**
     * NumPy's {@code stack(xs, axis)}: operands of one shape joined along a new axis at {@code axis} of
     * the result (negative counts from the end).
     * @param axis the axis
     * @param xs the operands, of one rank
     * @return the result, a Matrix
     */
    public static Matrix stack(int axis, Vector... xs) { return new Matrix(IndexingOps.stack(axis, nodes(xs))); }
    /**
     * NumPy's {@code stack(xs, axis)}: operands of one shape joined along a new axis at {@code axis} of
     * the result (negative counts from the end).
     * @param axis the axis
     * @param xs the operands, of one rank
     * @return the result, a Tensor
     */
    public static Tensor stack(int axis, Matrix... xs) { return new Tensor(IndexingOps.stack(axis, nodes(xs))); }
    /**
     * NumPy's {@code stack(xs, axis)}: operands of one shape joined along a new axis at {@code axis} of
     * the result (negative counts from the end).
     * @param axis the axis
     * @param xs the operands, of one rank
     * @return the result, a Tensor
     */
    public static Tensor stack(int axis, Tensor... xs) { return new Tensor(IndexingOps.stack(axis, nodes(xs))); }

    /**
     * NumPy's {@code matmul} of rank-3 batches, a Matrix multiplying each matrix of the batch.
     * @param a the left operand
     * @param b the right operand
     * @return the result, a Tensor
     */
    public static Tensor dot(Tensor a, Tensor b) { return a.dot(b); }
    /**
     * NumPy's {@code matmul} of rank-3 batches, a Matrix multiplying each matrix of the batch.
     * @param a the left operand
     * @param b the right operand
     * @return the result, a Tensor
     */
    public static Tensor dot(Tensor a, Matrix b) { return a.dot(b); }
    /**
     * NumPy's {@code matmul} of rank-3 batches, a Matrix multiplying each matrix of the batch.
     * @param a the left operand
     * @param b the right operand
     * @return the result, a Tensor
     */
    public static Tensor dot(Matrix a, Tensor b) { return a.dot(b); }

    /**
     * NumPy's {@code diag}: a Vector on the diagonal of a square Matrix, or a Matrix's diagonal.
     * @param x the operand
     * @return the result, a Matrix
     */
    public static Matrix diag(Vector x) { return new Matrix(LinearAlgebraOps.diag(x.node)); }
    /**
     * NumPy's {@code diag}: a Vector on the diagonal of a square Matrix, or a Matrix's diagonal.
     * @param x the operand
     * @return the result, a Vector
     */
    public static Vector diag(Matrix x) { return new Vector(LinearAlgebraOps.diag(x.node)); }

    /**
     * The sum of a Matrix's diagonal.
     * @param x the operand
     * @return the result, a Scalar
     */
    public static Scalar trace(Matrix x) { return new Scalar(LinearAlgebraOps.trace(x.node)); }

    /**
     * NumPy's {@code tensordot(a, b, (axesA, axesB))}: the products of {@code a} and {@code b} summed over
     * each pair of axes {@code axesA[i]} of {@code a} and {@code axesB[i]} of {@code b}; the result has a's
     * other axes, then b's, in order. Empty lists give the outer product; {@code tensordot(x, y, new int[]
     * {1}, new int[] {0})} of matrices is {@code dot(x, y)}. Its rank, {@code a}'s plus {@code b}'s less two
     * per pair, depends on the lists' length, which Java's types do not hold: the result is a Tensor of that
     * rank, 0 to 2 included ({@link Tensor#rank()}); sum, reshape or index it, or return it from a
     * {@code @Symbolic} method declared {@code Tensor}. In a {@code @Symbolic} body the lists are array
     * literals, {@code new int[] {1, 2}}.
     * @param a the left operand, of any rank
     * @param b the right operand, of any rank
     * @param axesA axes of {@code a}, negative ones counting from the end, each once
     * @param axesB as many axes of {@code b}, paired in order with {@code axesA}
     * @return a Tensor of rank {@code a.rank + b.rank - 2 * axesA.length}, in the operands' promoted dtype
     * @throws dev.symbolon.internal.ir.GraphException if the lists differ in length, or an axis is repeated or
     *     outside its operand's rank
     * @throws dev.symbolon.runtime.ShapeException at run time if paired axes differ in size
     */
    public static Tensor tensordot(SymbolicValue a, SymbolicValue b, int[] axesA, int[] axesB) {
        return new Tensor(LinearAlgebraOps.tensordot(a.node, b.node, axesA, axesB));
    }

    private static List<Node> nodes(SymbolicValue... values) {
        return nodes(List.of(values));
    }

    // ---- convolutional networks

    /**
     * The 2-d cross-correlation of images with filters, stride 1 and no padding: as PyTorch's
     * {@code conv2d} and Theano's {@code conv2d(..., filter_flip=False)}, the filters are not flipped.
     * The result is [batch, out channels, height - kernel height + 1, width - kernel width + 1].
     * A channel count that differs, or a kernel larger than the image, is a ShapeException at run time.
     * @param x the images, rank 4 in NCHW order: batch, channels, height, width
     * @param w the filters, rank 4 in OIHW order: out channels, in channels, kernel height, kernel width
     * @return the result, a rank-4 Tensor in NCHW order
     */
    public static Tensor conv2d(Tensor x, Tensor w) { return new Tensor(ConvolutionOps.conv2d(x.node, w.node)); }
    /**
     * The 2-d cross-correlation of images with filters, as {@link #conv2d(Tensor, Tensor)}, moving the
     * filters {@code stride} elements at a time over the images padded with {@code padding} zeros on each
     * side of both spatial axes: the result's height is {@code (height + 2 padding - kernel height) / stride + 1}
     * (rounded down), and likewise its width.
     * @param x the images, rank 4 in NCHW order: batch, channels, height, width
     * @param w the filters, rank 4 in OIHW order: out channels, in channels, kernel height, kernel width
     * @param stride the step between windows on both spatial axes, at least 1
     * @param padding the zeros added on each side of both spatial axes, at least 0
     * @return the result, a rank-4 Tensor in NCHW order
     */
    public static Tensor conv2d(Tensor x, Tensor w, int stride, int padding) {
        return new Tensor(ConvolutionOps.conv2d(x.node, w.node, stride, padding));
    }
    /**
     * The maximum of each non-overlapping {@code size} x {@code size} window of the last two axes; the
     * gradient goes to each window's first maximum (its first NaN, if any). A size that does not divide
     * the last two dimensions is a ShapeException at run time.
     * @param x the operand, float (others are converted to float64)
     * @param size the window's height and width, and the step between windows
     * @return the result, a Tensor with the last two dimensions divided by {@code size}
     */
    public static Tensor maxPool2d(Tensor x, int size) { return new Tensor(ConvolutionOps.maxPool2d(x.node, size)); }
    /**
     * The mean of each non-overlapping {@code size} x {@code size} window of the last two axes; the
     * gradient spreads evenly over each window. A size that does not divide the last two dimensions is a
     * ShapeException at run time.
     * @param x the operand, float (others are converted to float64)
     * @param size the window's height and width, and the step between windows
     * @return the result, a Tensor with the last two dimensions divided by {@code size}
     */
    public static Tensor avgPool2d(Tensor x, int size) { return new Tensor(ConvolutionOps.avgPool2d(x.node, size)); }

    // ---- gradients and updates

    /**
     * The gradient of {@code cost} with respect to {@code wrt}: an input, a shared value or an
     * intermediate, used by the cost. It has {@code wrt}'s type, and can be differentiated again.
     *
     * @throws dev.symbolon.internal.ir.GraphException if the cost is not a float Scalar, or does not depend on {@code wrt}
     * @param cost the cost: a float Scalar
     * @param wrt what to differentiate with respect to
     * @return a Scalar of the dtype of {@code wrt}
     */
    public static Scalar grad(SymbolicValue cost, Scalar wrt) { return new Scalar(Autodiff.grad(cost.node, wrt.node)); }
    /**
     * The gradient of {@code cost} with respect to the Vector {@code wrt}, as {@link #grad(SymbolicValue,
     * Scalar)}.
     * @param cost the cost: a float Scalar
     * @param wrt what to differentiate with respect to
     * @return a Vector of the shape and dtype of {@code wrt}
     * @throws dev.symbolon.internal.ir.GraphException if the cost is not a float Scalar, or does not depend
     *     on {@code wrt}
     */
    public static Vector grad(SymbolicValue cost, Vector wrt) { return new Vector(Autodiff.grad(cost.node, wrt.node)); }
    /**
     * The gradient of {@code cost} with respect to the Matrix {@code wrt}, as {@link #grad(SymbolicValue,
     * Scalar)}.
     * @param cost the cost: a float Scalar
     * @param wrt what to differentiate with respect to
     * @return a Matrix of the shape and dtype of {@code wrt}
     * @throws dev.symbolon.internal.ir.GraphException if the cost is not a float Scalar, or does not depend
     *     on {@code wrt}
     */
    public static Matrix grad(SymbolicValue cost, Matrix wrt) { return new Matrix(Autodiff.grad(cost.node, wrt.node)); }
    /**
     * The gradient of {@code cost} with respect to the Tensor {@code wrt}, as {@link #grad(SymbolicValue,
     * Scalar)}.
     * @param cost the cost: a float Scalar
     * @param wrt what to differentiate with respect to
     * @return a Tensor of the shape and dtype of {@code wrt}
     * @throws dev.symbolon.internal.ir.GraphException if the cost is not a float Scalar, or does not depend
     *     on {@code wrt}
     */
    public static Tensor grad(SymbolicValue cost, Tensor wrt) { return new Tensor(Autodiff.grad(cost.node, wrt.node)); }

    /**
     * Lets {@code grad} of primitive scalars type-check in a {@code @Symbolic} method, where they are
     * symbolic; a plain double has no graph to differentiate.
     *
     * @throws UnsupportedOperationException always, when called outside compilation
     * @param cost the cost, a primitive scalar of a {@code @Symbolic} method
     * @param wrt a primitive scalar the cost depends on
     * @return never: the processor computes the gradient
     */
    public static double grad(double cost, double wrt) { throw plainDoubleGrad(); }
    /**
     * The gradient of a float32 primitive {@code cost}, as {@link #grad(double, double)}: meaningful only in
     * a {@code @Symbolic} method.
     * @param cost the cost, a primitive scalar of a {@code @Symbolic} method
     * @param wrt a primitive scalar the cost depends on
     * @return never: the processor computes the gradient
     * @throws UnsupportedOperationException always, when called outside compilation
     */
    public static float grad(float cost, float wrt) { throw plainDoubleGrad(); }
    /**
     * The gradient of a symbolic {@code cost} with respect to a primitive scalar, as {@link #grad(double,
     * double)}: meaningful only in a {@code @Symbolic} method.
     * @param cost the cost: a float Scalar
     * @param wrt a primitive scalar the cost depends on
     * @return never: the processor computes the gradient
     * @throws UnsupportedOperationException always, when called outside compilation
     */
    public static double grad(SymbolicValue cost, double wrt) { throw plainDoubleGrad(); }

    /**
     * The Jacobian of {@code y} with respect to {@code wrt}: a Matrix with one row per element of
     * {@code y}, row i being the gradient of {@code y[i]} (flattened when {@code wrt} is not a Vector).
     * The rows are computed at run time, one vector-Jacobian product per element, as Theano's
     * {@code jacobian} scans over {@code y}. A jacobian cannot be differentiated again.
     *
     * @param y a float Vector
     * @param wrt what {@code y} is differentiated with respect to: an input, a shared value or an intermediate
     * @return a Matrix of {@code y}'s length by {@code wrt}'s element count
     * @throws dev.symbolon.internal.ir.GraphException if {@code y} is not float, or does not depend on {@code wrt}
     */
    public static Matrix jacobian(Vector y, SymbolicValue wrt) { return new Matrix(Autodiff.jacobian(y.node, wrt.node)); }

    /**
     * The Hessian of {@code cost} with respect to {@code wrt}: the {@link #jacobian} of its gradient,
     * a square Matrix.
     *
     * @param cost a float Scalar
     * @param wrt the Vector the cost is differentiated with respect to, twice
     * @return a square Matrix of {@code wrt}'s length
     * @throws dev.symbolon.internal.ir.GraphException if the cost is not float, or does not depend on {@code wrt}
     */
    public static Matrix hessian(Scalar cost, Vector wrt) { return new Matrix(Autodiff.hessian(cost.node, wrt.node)); }

    /**
     * Schedules {@code newValue} as the value of the {@code @Shared} field {@code shared} after the
     * call; all updates of a call apply together, after its outputs. Recorded by the {@link Trace}
     * open on this thread. The new value must have the shared value's rank and a dtype that converts to
     * its dtype without changing kind (no float into an integer); it is converted. A double literal
     * takes the shared value's dtype, unless it is fractional and the shared value an integer.
     *
     * @throws IllegalStateException if no trace is open: outside a compiled or traced method there is
     *     nothing to schedule
     * @throws dev.symbolon.internal.ir.GraphException if the types do not fit, {@code shared} is not a shared
     *     value, or it is updated twice
     * @param shared the shared value to update: a {@code @Shared} field or a {@code SharedVariable}'s handle
     * @param newValue its value after the call
     */
    public static void update(SymbolicValue shared, SymbolicValue newValue) {
        Trace.record(shared.node, newValue.node);
    }

    /**
     * Schedules the literal {@code newValue} as the value of {@code shared} after the call, as {@link
     * #update(SymbolicValue, SymbolicValue)}; it takes the shared value's dtype, unless it is fractional and
     * the shared value an integer, which is an error.
     * @param shared the shared value to update
     * @param newValue its value after the call, a literal or a primitive scalar
     * @throws IllegalStateException if no trace is open
     * @throws dev.symbolon.internal.ir.GraphException if the value does not fit the shared value
     */
    public static void update(SymbolicValue shared, double newValue) {
        Trace.record(shared.node, GraphOps.literalFor(newValue, newValue != Math.rint(newValue), shared.node));
    }

    /**
     * Lets {@code update} of a primitive {@code @Shared} field ({@code @Shared double rate;}) type-check
     * in a {@code @Symbolic} method, where the field is symbolic; a plain double is no shared value.
     *
     * @throws UnsupportedOperationException always, when called outside compilation
     * @param shared a primitive {@code @Shared} field
     * @param newValue its value after the call
     */
    public static void update(double shared, double newValue) { throw plainDoubleUpdate(); }
    /**
     * Lets {@code update} of a primitive {@code @Shared} field with a symbolic value type-check in a {@code
     * @Symbolic} method, as {@link #update(double, double)}.
     * @param shared a primitive {@code @Shared} field
     * @param newValue its value after the call, a Scalar
     * @throws UnsupportedOperationException always, when called outside compilation
     */
    public static void update(double shared, SymbolicValue newValue) { throw plainDoubleUpdate(); }

    // ---- helpers

    private static Node literal(double value, SymbolicValue other) {
        return GraphOps.literalFor(value, true, other.node);
    }

    private static Node literal(double value) {
        return GraphOps.constant(value, DType.FLOAT64);
    }

    private static Node select(SymbolicValue condition, Node ifTrue, Node ifFalse) {
        return GraphOps.where(condition.node, ifTrue, ifFalse);
    }

    private static UnsupportedOperationException plainDoubleUpdate() {
        return new UnsupportedOperationException("update of a plain double has meaning only inside a @Symbolic"
                + " method compiled by Symbolon, where a primitive @Shared field is symbolic; to trace an update,"
                + " use a Scalar shared value");
    }

    private static UnsupportedOperationException plainDoubleGrad() {
        return new UnsupportedOperationException("grad of plain doubles has meaning only inside a @Symbolic"
                + " method compiled by Symbolon, where primitive scalars are symbolic; to trace a gradient,"
                + " use Scalar values");
    }

    // ---- graphs built at run time (Theano's function): inputs, and functions of them

    /**
     * A float64 scalar input named {@code name}, for {@link #function}.
     * @param name the input's name, used in messages
     * @return a float64 Scalar input
     */
    public static Scalar scalar(String name) { return scalar(name, DType.FLOAT64); }
    /**
     * A scalar input of {@code dtype} named {@code name}, for {@link #function}.
     * @param name the input's name, used in messages
     * @param dtype its dtype
     * @return a Scalar input
     */
    public static Scalar scalar(String name, DType dtype) { return Scalar.input(inputName(name), dtype); }

    /**
     * A float64 vector input named {@code name}, for {@link #function}.
     * @param name the input's name, used in messages
     * @return a float64 Vector input
     */
    public static Vector vector(String name) { return vector(name, DType.FLOAT64); }
    /**
     * A vector input of {@code dtype} named {@code name}, for {@link #function}.
     * @param name the input's name, used in messages
     * @param dtype its dtype
     * @return a Vector input
     */
    public static Vector vector(String name, DType dtype) { return Vector.input(inputName(name), dtype); }

    /**
     * A float64 matrix input named {@code name}, for {@link #function}.
     * @param name the input's name, used in messages
     * @return a float64 Matrix input
     */
    public static Matrix matrix(String name) { return matrix(name, DType.FLOAT64); }
    /**
     * A matrix input of {@code dtype} named {@code name}, for {@link #function}.
     * @param name the input's name, used in messages
     * @param dtype its dtype
     * @return a Matrix input
     */
    public static Matrix matrix(String name, DType dtype) { return Matrix.input(inputName(name), dtype); }

    /**
     * A float64 input of {@code rank} dimensions named {@code name}, for {@link #function}.
     * @param name the input's name, used in messages
     * @param rank the number of dimensions
     * @return a float64 Tensor input
     * @throws IllegalArgumentException if {@code rank} is negative
     */
    public static Tensor tensor(String name, int rank) { return tensor(name, rank, DType.FLOAT64); }
    /**
     * An input of {@code rank} dimensions and {@code dtype} named {@code name}, for {@link #function}.
     * @param name the input's name, used in messages
     * @param rank the number of dimensions
     * @param dtype its dtype
     * @return a Tensor input
     * @throws IllegalArgumentException if {@code rank} is negative
     */
    public static Tensor tensor(String name, int rank, DType dtype) {
        if (rank < 0) {
            throw new IllegalArgumentException("input '" + name + "': rank " + rank + " is negative");
        }
        return Tensor.input(inputName(name), dtype, rank);
    }

    /**
     * {@link #function(List, List, Map)} without updates.
     * @param inputs the inputs, in call order
     * @param outputs what a call returns, in order
     * @return the compiled function
     * @throws IllegalArgumentException if an output needs an input not listed, an input is listed twice or is
     *     not an input
     */
    public static CompiledFunction function(List<? extends SymbolicValue> inputs, List<? extends SymbolicValue> outputs) {
        return function(inputs, outputs, Map.of());
    }

    /**
     * Compiles a graph built at run time into a callable, as the annotation processor compiles a
     * {@code @Symbolic} method: the same rewrites, gradients, devices and debug mode.
     *
     * @param inputs the inputs made by {@code scalar}, {@code vector}, {@code matrix} or {@code tensor}, in call order
     * @param outputs what a call returns, in order
     * @param updates shared handles ({@code SharedVariable.vector()}, ...) to their new values, of the
     *     same rank and a dtype of the same kind, applied after the outputs, together, when a call succeeds
     * @throws IllegalArgumentException if an output or update needs an input not listed (naming it),
     *     an input is listed twice or is not an input
     * @throws dev.symbolon.internal.ir.GraphException if an update's target is not shared or its value does not fit
     * @return the compiled function
     */
    public static CompiledFunction function(List<? extends SymbolicValue> inputs, List<? extends SymbolicValue> outputs,
                                            Map<? extends SymbolicValue, ? extends SymbolicValue> updates) {
        Map<Node, Node> updateNodes = new LinkedHashMap<>();
        updates.forEach((shared, value) -> updateNodes.put(shared.node, value.node));
        return new CompiledFunction(RuntimeFunction.build(nodes(inputs), nodes(outputs), updateNodes,
                SourcePosition.current()));
    }

    private static List<Node> nodes(List<? extends SymbolicValue> values) {
        return values.stream().map(v -> v.node).toList();
    }

    private static String inputName(String name) {
        return Objects.requireNonNull(name, "the name of an input is null; name it as the call's messages should");
    }

    // ---- random draws: fresh at every call, seeded by seed(long) of the instance or function

    /**
     * Fresh numbers uniform on [0, 1), shaped like {@code like}, of its float dtype (float64 for others); a new draw
     * at every call, passing no gradient.
     * @param like the operand whose shape and dtype the draw takes; its values are not read
     * @return the result, a Scalar
     */
    public static Scalar uniform(Scalar like) { return new Scalar(GraphOps.draw(UNIFORM, like.node, null)); }

    /**
     * Fresh numbers uniform on [0, 1), shaped like {@code like}, of its float dtype (float64 for others); a new draw
     * at every call, passing no gradient.
     * @param like the operand whose shape and dtype the draw takes; its values are not read
     * @return the result, a Vector
     */
    public static Vector uniform(Vector like) { return new Vector(GraphOps.draw(UNIFORM, like.node, null)); }

    /**
     * Fresh numbers uniform on [0, 1), shaped like {@code like}, of its float dtype (float64 for others); a new draw
     * at every call, passing no gradient.
     * @param like the operand whose shape and dtype the draw takes; its values are not read
     * @return the result, a Matrix
     */
    public static Matrix uniform(Matrix like) { return new Matrix(GraphOps.draw(UNIFORM, like.node, null)); }

    /**
     * Fresh numbers uniform on [0, 1), shaped like {@code like}, of its float dtype (float64 for others); a new draw
     * at every call, passing no gradient.
     * @param like the operand whose shape and dtype the draw takes; its values are not read
     * @return the result, a Tensor
     */
    public static Tensor uniform(Tensor like) { return new Tensor(GraphOps.draw(UNIFORM, like.node, null)); }

    /**
     * Fresh standard normal numbers (mean 0, variance 1), shaped like {@code like}, of its float dtype (float64 for others); a new draw
     * at every call, passing no gradient.
     * @param like the operand whose shape and dtype the draw takes; its values are not read
     * @return the result, a Scalar
     */
    public static Scalar normal(Scalar like) { return new Scalar(GraphOps.draw(NORMAL, like.node, null)); }

    /**
     * Fresh standard normal numbers (mean 0, variance 1), shaped like {@code like}, of its float dtype (float64 for others); a new draw
     * at every call, passing no gradient.
     * @param like the operand whose shape and dtype the draw takes; its values are not read
     * @return the result, a Vector
     */
    public static Vector normal(Vector like) { return new Vector(GraphOps.draw(NORMAL, like.node, null)); }

    /**
     * Fresh standard normal numbers (mean 0, variance 1), shaped like {@code like}, of its float dtype (float64 for others); a new draw
     * at every call, passing no gradient.
     * @param like the operand whose shape and dtype the draw takes; its values are not read
     * @return the result, a Matrix
     */
    public static Matrix normal(Matrix like) { return new Matrix(GraphOps.draw(NORMAL, like.node, null)); }

    /**
     * Fresh standard normal numbers (mean 0, variance 1), shaped like {@code like}, of its float dtype (float64 for others); a new draw
     * at every call, passing no gradient.
     * @param like the operand whose shape and dtype the draw takes; its values are not read
     * @return the result, a Tensor
     */
    public static Tensor normal(Tensor like) { return new Tensor(GraphOps.draw(NORMAL, like.node, null)); }

    /**
     * Fresh 0/1 numbers, 1 with probability {@code p}, shaped like {@code like}, of its float dtype
     * (float64 for others): a dropout mask; a new draw at every call, passing no gradient.
     * @param p the probability of a 1
     * @param like the operand whose shape and dtype the draw takes; its values are not read
     * @return the result, a Scalar
     */
    public static Scalar bernoulli(Scalar p, Scalar like) { return new Scalar(GraphOps.draw(BERNOULLI, like.node, p.node)); }

    /**
     * Fresh 0/1 numbers, 1 with probability {@code p}, shaped like {@code like}, of its float dtype
     * (float64 for others): a dropout mask; a new draw at every call, passing no gradient.
     * @param p the probability of a 1
     * @param like the operand whose shape and dtype the draw takes; its values are not read
     * @return the result, a Scalar
     */
    public static Scalar bernoulli(double p, Scalar like) { return new Scalar(GraphOps.draw(BERNOULLI, like.node, literal(p, like))); }

    /**
     * Fresh 0/1 numbers, 1 with probability {@code p}, shaped like {@code like}, of its float dtype
     * (float64 for others): a dropout mask; a new draw at every call, passing no gradient.
     * @param p the probability of a 1
     * @param like the operand whose shape and dtype the draw takes; its values are not read
     * @return the result, a Vector
     */
    public static Vector bernoulli(Scalar p, Vector like) { return new Vector(GraphOps.draw(BERNOULLI, like.node, p.node)); }

    /**
     * Fresh 0/1 numbers, 1 with probability {@code p}, shaped like {@code like}, of its float dtype
     * (float64 for others): a dropout mask; a new draw at every call, passing no gradient.
     * @param p the probability of a 1
     * @param like the operand whose shape and dtype the draw takes; its values are not read
     * @return the result, a Vector
     */
    public static Vector bernoulli(double p, Vector like) { return new Vector(GraphOps.draw(BERNOULLI, like.node, literal(p, like))); }

    /**
     * Fresh 0/1 numbers, 1 with probability {@code p}, shaped like {@code like}, of its float dtype
     * (float64 for others): a dropout mask; a new draw at every call, passing no gradient.
     * @param p the probability of a 1
     * @param like the operand whose shape and dtype the draw takes; its values are not read
     * @return the result, a Matrix
     */
    public static Matrix bernoulli(Scalar p, Matrix like) { return new Matrix(GraphOps.draw(BERNOULLI, like.node, p.node)); }

    /**
     * Fresh 0/1 numbers, 1 with probability {@code p}, shaped like {@code like}, of its float dtype
     * (float64 for others): a dropout mask; a new draw at every call, passing no gradient.
     * @param p the probability of a 1
     * @param like the operand whose shape and dtype the draw takes; its values are not read
     * @return the result, a Matrix
     */
    public static Matrix bernoulli(double p, Matrix like) { return new Matrix(GraphOps.draw(BERNOULLI, like.node, literal(p, like))); }

    /**
     * Fresh 0/1 numbers, 1 with probability {@code p}, shaped like {@code like}, of its float dtype
     * (float64 for others): a dropout mask; a new draw at every call, passing no gradient.
     * @param p the probability of a 1
     * @param like the operand whose shape and dtype the draw takes; its values are not read
     * @return the result, a Tensor
     */
    public static Tensor bernoulli(Scalar p, Tensor like) { return new Tensor(GraphOps.draw(BERNOULLI, like.node, p.node)); }

    /**
     * Fresh 0/1 numbers, 1 with probability {@code p}, shaped like {@code like}, of its float dtype
     * (float64 for others): a dropout mask; a new draw at every call, passing no gradient.
     * @param p the probability of a 1
     * @param like the operand whose shape and dtype the draw takes; its values are not read
     * @return the result, a Tensor
     */
    public static Tensor bernoulli(double p, Tensor like) { return new Tensor(GraphOps.draw(BERNOULLI, like.node, literal(p, like))); }
}
