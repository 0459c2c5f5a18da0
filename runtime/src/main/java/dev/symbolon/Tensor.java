package dev.symbolon;

import static dev.symbolon.internal.ir.Op.*;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.IndexingOps;
import dev.symbolon.internal.ir.LinearAlgebraOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;

/**
 * A symbolic array of any rank, known when the graph is built ({@code @Rank(n)} on a parameter or
 * field). Every operation on a Tensor gives a Tensor; its node's type tells the rank.
 *
 * <p>Binary methods take any symbolic value or a {@code double} literal and broadcast as NumPy does,
 * in the dtype NumPy's promotion gives, a literal taking the other operand's dtype unless it meets an
 * integer, which makes float64. Comparisons give bool; {@code div} and {@code pow} always give a float.
 */
public final class Tensor extends SymbolicValue {
    Tensor(Node node) {
        super(node);
    }

    /** A tensor input of {@code rank} dimensions named {@code name}, for tracing and tests. */
    static Tensor input(String name, DType dtype, int rank) {
        return new Tensor(GraphOps.input(name, Type.of(dtype, rank)));
    }

    /** The current value of a shared tensor named {@code name}, the target of {@link T#update}. */
    static Tensor shared(String name, DType dtype, int rank) {
        return new Tensor(GraphOps.shared(name, Type.of(dtype, rank)));
    }

    /**
     * The number of dimensions, fixed when the tensor was declared ({@code @Rank}) or made.
     * @return the rank
     */
    public int rank() {
        return node.rank();
    }

    // ---- arithmetic

    /**
     * The elementwise sum {@code this + y}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor plus(Scalar y) { return new Tensor(op(ADD, y)); }
    /**
     * The elementwise sum {@code this + y}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor plus(Vector y) { return new Tensor(op(ADD, y)); }
    /**
     * The elementwise sum {@code this + y}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor plus(Matrix y) { return new Tensor(op(ADD, y)); }
    /**
     * The elementwise sum {@code this + y}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor plus(Tensor y) { return new Tensor(op(ADD, y)); }
    /**
     * The elementwise sum {@code this + y}.
     * {@code y} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code this},
     * except that with an integer operand the result is float64.
     * @param y a double: a literal, or a primitive scalar of a {@code @Symbolic} method
     * @return a Tensor of the promoted dtype
     */
    public Tensor plus(double y) { return new Tensor(op(ADD, y)); }

    /**
     * The elementwise difference {@code this - y}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor minus(Scalar y) { return new Tensor(op(SUB, y)); }
    /**
     * The elementwise difference {@code this - y}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor minus(Vector y) { return new Tensor(op(SUB, y)); }
    /**
     * The elementwise difference {@code this - y}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor minus(Matrix y) { return new Tensor(op(SUB, y)); }
    /**
     * The elementwise difference {@code this - y}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor minus(Tensor y) { return new Tensor(op(SUB, y)); }
    /**
     * The elementwise difference {@code this - y}.
     * {@code y} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code this},
     * except that with an integer operand the result is float64.
     * @param y a double: a literal, or a primitive scalar of a {@code @Symbolic} method
     * @return a Tensor of the promoted dtype
     */
    public Tensor minus(double y) { return new Tensor(op(SUB, y)); }

    /**
     * The elementwise product {@code this * y}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor times(Scalar y) { return new Tensor(op(MUL, y)); }
    /**
     * The elementwise product {@code this * y}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor times(Vector y) { return new Tensor(op(MUL, y)); }
    /**
     * The elementwise product {@code this * y}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor times(Matrix y) { return new Tensor(op(MUL, y)); }
    /**
     * The elementwise product {@code this * y}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor times(Tensor y) { return new Tensor(op(MUL, y)); }
    /**
     * The elementwise product {@code this * y}.
     * {@code y} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code this},
     * except that with an integer operand the result is float64.
     * @param y a double: a literal, or a primitive scalar of a {@code @Symbolic} method
     * @return a Tensor of the promoted dtype
     */
    public Tensor times(double y) { return new Tensor(op(MUL, y)); }

    /**
     * The elementwise quotient {@code this / y}, true division.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public Tensor div(Scalar y) { return new Tensor(op(DIV, y)); }
    /**
     * The elementwise quotient {@code this / y}, true division.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public Tensor div(Vector y) { return new Tensor(op(DIV, y)); }
    /**
     * The elementwise quotient {@code this / y}, true division.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public Tensor div(Matrix y) { return new Tensor(op(DIV, y)); }
    /**
     * The elementwise quotient {@code this / y}, true division.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public Tensor div(Tensor y) { return new Tensor(op(DIV, y)); }
    /**
     * The elementwise quotient {@code this / y}, true division.
     * {@code y} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code this},
     * except that with an integer operand the result is float64.
     * @param y a double: a literal, or a primitive scalar of a {@code @Symbolic} method
     * @return a Tensor of a float dtype (integers give float64)
     */
    public Tensor div(double y) { return new Tensor(op(DIV, y)); }

    /**
     * The elementwise remainder {@code this % y}, with the sign of the dividend as Java's {@code %}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor rem(Scalar y) { return new Tensor(op(REM, y)); }
    /**
     * The elementwise remainder {@code this % y}, with the sign of the dividend as Java's {@code %}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor rem(Vector y) { return new Tensor(op(REM, y)); }
    /**
     * The elementwise remainder {@code this % y}, with the sign of the dividend as Java's {@code %}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor rem(Matrix y) { return new Tensor(op(REM, y)); }
    /**
     * The elementwise remainder {@code this % y}, with the sign of the dividend as Java's {@code %}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor rem(Tensor y) { return new Tensor(op(REM, y)); }
    /**
     * The elementwise remainder {@code this % y}, with the sign of the dividend as Java's {@code %}.
     * {@code y} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code this},
     * except that with an integer operand the result is float64.
     * @param y a double: a literal, or a primitive scalar of a {@code @Symbolic} method
     * @return a Tensor of the promoted dtype
     */
    public Tensor rem(double y) { return new Tensor(op(REM, y)); }

    /**
     * {@code this} to the power {@code y}, elementwise, as {@code Math.pow}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public Tensor pow(Scalar y) { return new Tensor(op(POW, y)); }
    /**
     * {@code this} to the power {@code y}, elementwise, as {@code Math.pow}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public Tensor pow(Vector y) { return new Tensor(op(POW, y)); }
    /**
     * {@code this} to the power {@code y}, elementwise, as {@code Math.pow}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public Tensor pow(Matrix y) { return new Tensor(op(POW, y)); }
    /**
     * {@code this} to the power {@code y}, elementwise, as {@code Math.pow}.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of a float dtype (integers give float64)
     */
    public Tensor pow(Tensor y) { return new Tensor(op(POW, y)); }
    /**
     * {@code this} to the power {@code y}, elementwise, as {@code Math.pow}.
     * {@code y} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code this},
     * except that with an integer operand the result is float64.
     * @param y a double: a literal, or a primitive scalar of a {@code @Symbolic} method
     * @return a Tensor of a float dtype (integers give float64)
     */
    public Tensor pow(double y) { return new Tensor(op(POW, y)); }

    /**
     * The larger of {@code this} and {@code y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor maximum(Scalar y) { return new Tensor(op(MAXIMUM, y)); }
    /**
     * The larger of {@code this} and {@code y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor maximum(Vector y) { return new Tensor(op(MAXIMUM, y)); }
    /**
     * The larger of {@code this} and {@code y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor maximum(Matrix y) { return new Tensor(op(MAXIMUM, y)); }
    /**
     * The larger of {@code this} and {@code y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor maximum(Tensor y) { return new Tensor(op(MAXIMUM, y)); }
    /**
     * The larger of {@code this} and {@code y}, elementwise.
     * {@code y} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code this},
     * except that with an integer operand the result is float64.
     * @param y a double: a literal, or a primitive scalar of a {@code @Symbolic} method
     * @return a Tensor of the promoted dtype
     */
    public Tensor maximum(double y) { return new Tensor(op(MAXIMUM, y)); }

    /**
     * The smaller of {@code this} and {@code y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor minimum(Scalar y) { return new Tensor(op(MINIMUM, y)); }
    /**
     * The smaller of {@code this} and {@code y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor minimum(Vector y) { return new Tensor(op(MINIMUM, y)); }
    /**
     * The smaller of {@code this} and {@code y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor minimum(Matrix y) { return new Tensor(op(MINIMUM, y)); }
    /**
     * The smaller of {@code this} and {@code y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of the promoted dtype
     */
    public Tensor minimum(Tensor y) { return new Tensor(op(MINIMUM, y)); }
    /**
     * The smaller of {@code this} and {@code y}, elementwise.
     * {@code y} is a literal, typed weakly as NumPy types a Python float: it takes the dtype of {@code this},
     * except that with an integer operand the result is float64.
     * @param y a double: a literal, or a primitive scalar of a {@code @Symbolic} method
     * @return a Tensor of the promoted dtype
     */
    public Tensor minimum(double y) { return new Tensor(op(MINIMUM, y)); }

    // ---- comparisons: bool

    /**
     * {@code this &gt; y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor gt(Scalar y) { return new Tensor(op(GT, y)); }
    /**
     * {@code this &gt; y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor gt(Vector y) { return new Tensor(op(GT, y)); }
    /**
     * {@code this &gt; y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor gt(Matrix y) { return new Tensor(op(GT, y)); }
    /**
     * {@code this &gt; y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor gt(Tensor y) { return new Tensor(op(GT, y)); }
    /**
     * {@code this &gt; y}, elementwise.
     * {@code y} is a literal, compared in the dtype of {@code this} (in float64 with an integer).
     * @param y a double: a literal, or a primitive scalar of a {@code @Symbolic} method
     * @return a Tensor of bool
     */
    public Tensor gt(double y) { return new Tensor(op(GT, y)); }

    /**
     * {@code this &gt;= y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor ge(Scalar y) { return new Tensor(op(GE, y)); }
    /**
     * {@code this &gt;= y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor ge(Vector y) { return new Tensor(op(GE, y)); }
    /**
     * {@code this &gt;= y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor ge(Matrix y) { return new Tensor(op(GE, y)); }
    /**
     * {@code this &gt;= y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor ge(Tensor y) { return new Tensor(op(GE, y)); }
    /**
     * {@code this &gt;= y}, elementwise.
     * {@code y} is a literal, compared in the dtype of {@code this} (in float64 with an integer).
     * @param y a double: a literal, or a primitive scalar of a {@code @Symbolic} method
     * @return a Tensor of bool
     */
    public Tensor ge(double y) { return new Tensor(op(GE, y)); }

    /**
     * {@code this &lt; y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor lt(Scalar y) { return new Tensor(op(LT, y)); }
    /**
     * {@code this &lt; y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor lt(Vector y) { return new Tensor(op(LT, y)); }
    /**
     * {@code this &lt; y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor lt(Matrix y) { return new Tensor(op(LT, y)); }
    /**
     * {@code this &lt; y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor lt(Tensor y) { return new Tensor(op(LT, y)); }
    /**
     * {@code this &lt; y}, elementwise.
     * {@code y} is a literal, compared in the dtype of {@code this} (in float64 with an integer).
     * @param y a double: a literal, or a primitive scalar of a {@code @Symbolic} method
     * @return a Tensor of bool
     */
    public Tensor lt(double y) { return new Tensor(op(LT, y)); }

    /**
     * {@code this &lt;= y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor le(Scalar y) { return new Tensor(op(LE, y)); }
    /**
     * {@code this &lt;= y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor le(Vector y) { return new Tensor(op(LE, y)); }
    /**
     * {@code this &lt;= y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor le(Matrix y) { return new Tensor(op(LE, y)); }
    /**
     * {@code this &lt;= y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor le(Tensor y) { return new Tensor(op(LE, y)); }
    /**
     * {@code this &lt;= y}, elementwise.
     * {@code y} is a literal, compared in the dtype of {@code this} (in float64 with an integer).
     * @param y a double: a literal, or a primitive scalar of a {@code @Symbolic} method
     * @return a Tensor of bool
     */
    public Tensor le(double y) { return new Tensor(op(LE, y)); }

    /**
     * {@code this == y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor eq(Scalar y) { return new Tensor(op(EQ, y)); }
    /**
     * {@code this == y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor eq(Vector y) { return new Tensor(op(EQ, y)); }
    /**
     * {@code this == y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor eq(Matrix y) { return new Tensor(op(EQ, y)); }
    /**
     * {@code this == y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor eq(Tensor y) { return new Tensor(op(EQ, y)); }
    /**
     * {@code this == y}, elementwise.
     * {@code y} is a literal, compared in the dtype of {@code this} (in float64 with an integer).
     * @param y a double: a literal, or a primitive scalar of a {@code @Symbolic} method
     * @return a Tensor of bool
     */
    public Tensor eq(double y) { return new Tensor(op(EQ, y)); }

    /**
     * {@code this != y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor ne(Scalar y) { return new Tensor(op(NE, y)); }
    /**
     * {@code this != y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor ne(Vector y) { return new Tensor(op(NE, y)); }
    /**
     * {@code this != y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor ne(Matrix y) { return new Tensor(op(NE, y)); }
    /**
     * {@code this != y}, elementwise.
     * The operand of lower rank broadcasts over the leading axes of the other, as NumPy aligns them; axes
     * present in both must have equal sizes.
     * @param y the right operand
     * @return a Tensor of bool
     */
    public Tensor ne(Tensor y) { return new Tensor(op(NE, y)); }
    /**
     * {@code this != y}, elementwise.
     * {@code y} is a literal, compared in the dtype of {@code this} (in float64 with an integer).
     * @param y a double: a literal, or a primitive scalar of a {@code @Symbolic} method
     * @return a Tensor of bool
     */
    public Tensor ne(double y) { return new Tensor(op(NE, y)); }

    // ---- elementwise math: neg, abs and square keep the dtype, the others give a float

    /**
     * The negation {@code -this}, Kotlin's unary minus operator, elementwise.
     * @return a Tensor of the same shape; keeps the dtype
     */
    public Tensor unaryMinus() { return new Tensor(unary(NEG)); }
    /**
     * The negation {@code -this}, elementwise.
     * @return a Tensor of the same shape; keeps the dtype
     */
    public Tensor neg() { return new Tensor(unary(NEG)); }
    /**
     * The absolute value {@code |this|}, elementwise.
     * @return a Tensor of the same shape; keeps the dtype
     */
    public Tensor abs() { return new Tensor(unary(ABS)); }
    /**
     * The square {@code this * this}, elementwise.
     * @return a Tensor of the same shape; keeps the dtype
     */
    public Tensor square() { return new Tensor(unary(SQUARE)); }
    /**
     * The square root of {@code this}, elementwise.
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public Tensor sqrt() { return new Tensor(unary(SQRT)); }
    /**
     * The exponential {@code e^this}, elementwise.
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public Tensor exp() { return new Tensor(unary(EXP)); }
    /**
     * {@code e^this - 1}, accurate near 0, elementwise.
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public Tensor expm1() { return new Tensor(unary(EXPM1)); }
    /**
     * The natural logarithm of {@code this}, elementwise.
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public Tensor log() { return new Tensor(unary(LOG)); }
    /**
     * {@code log(1 + this)}, accurate near 0, elementwise.
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public Tensor log1p() { return new Tensor(unary(LOG1P)); }
    /**
     * The logistic function {@code 1 / (1 + e^-this)}, elementwise.
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public Tensor sigmoid() { return new Tensor(unary(SIGMOID)); }
    /**
     * {@code log(1 + e^this)}, computed without overflow, elementwise.
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public Tensor softplus() { return new Tensor(unary(SOFTPLUS)); }
    /**
     * The hyperbolic tangent of {@code this}, elementwise.
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public Tensor tanh() { return new Tensor(unary(TANH)); }
    /**
     * The sine of {@code this}, elementwise.
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public Tensor sin() { return new Tensor(unary(SIN)); }
    /**
     * The cosine of {@code this}, elementwise.
     * @return a Tensor of the same shape; the float dtype of the operand (integers give float64)
     */
    public Tensor cos() { return new Tensor(unary(COS)); }

    // sign keeps the dtype, the rounding functions give a float and pass a zero gradient
    /**
     * The sign of each element: -1, 0 or 1 (NaN stays NaN), in the operand's dtype; it passes no gradient.
     * @return the result, a Tensor
     */
    public Tensor sign() { return new Tensor(unary(SIGN)); }
    /**
     * Rounded toward -inf, as a float; it passes a zero gradient.
     * @return the result, a Tensor
     */
    public Tensor floor() { return new Tensor(unary(FLOOR)); }
    /**
     * Rounded toward +inf, as a float; it passes a zero gradient.
     * @return the result, a Tensor
     */
    public Tensor ceil() { return new Tensor(unary(CEIL)); }
    /**
     * Rounded to the nearest integer, a half to the even one (as NumPy's round), as a float; it passes a
     * zero gradient.
     * @return the result, a Tensor
     */
    public Tensor round() { return new Tensor(unary(ROUND)); }
    /**
     * The error function {@code 2/sqrt(pi) * integral of exp(-t^2) from 0 to x}.
     * @return the result, a Tensor
     */
    public Tensor erf() { return new Tensor(unary(ERF)); }
    /**
     * The base-2 logarithm.
     * @return the result, a Tensor
     */
    public Tensor log2() { return new Tensor(unary(LOG2)); }
    /**
     * The base-10 logarithm.
     * @return the result, a Tensor
     */
    public Tensor log10() { return new Tensor(unary(LOG10)); }
    /**
     * {@code maximum(x, 0)}, the rectifier; its gradient at 0 is 1.
     * @return the result, a Tensor
     */
    public Tensor relu() { return new Tensor(GraphOps.relu(node)); }

    /**
     * This value converted to {@code dtype}; floats become integers by truncation toward zero.
     * @param dtype the dtype of the result
     * @return a Tensor of the same shape
     */
    public Tensor cast(DType dtype) { return new Tensor(GraphOps.cast(node, dtype)); }

    // ---- reductions along one axis (negative counts from the end): one rank less
    // (dtypes as for sum(), mean(), max() and min(); argmax gives int64)

    /**
     * The sum of {@code this} along {@code axis}, which the result loses.
     * @param axis the axis to reduce; negative counts from the end
     * @return a Tensor; int64 for integers and bools; floats keep their dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public Tensor sum(int axis) { return new Tensor(reduce(SUM, axis)); }
    /**
     * The mean of {@code this} along {@code axis}, which the result loses.
     * @param axis the axis to reduce; negative counts from the end
     * @return a Tensor; the float dtype of the operand (integers give float64)
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public Tensor mean(int axis) { return new Tensor(reduce(MEAN, axis)); }
    /**
     * The largest element of {@code this} along {@code axis}, which the result loses.
     * @param axis the axis to reduce; negative counts from the end
     * @return a Tensor; the operand's dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public Tensor max(int axis) { return new Tensor(reduce(MAX, axis)); }
    /**
     * The smallest element of {@code this} along {@code axis}, which the result loses.
     * @param axis the axis to reduce; negative counts from the end
     * @return a Tensor; the operand's dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public Tensor min(int axis) { return new Tensor(reduce(MIN, axis)); }
    /**
     * The index of the first largest element of {@code this} along {@code axis}, which the result loses.
     * The index counts along that axis.
     * @param axis the axis to reduce; negative counts from the end
     * @return a Tensor; int64
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public Tensor argmax(int axis) { return new Tensor(reduce(ARGMAX, axis)); }

    // prod, argmin (int64), var, std and logSumExp along the axis; cumsum keeps the shape
    /**
     * The product of the elements; 1 of none. Integers multiply in int64, wrapping.
     * @param axis the axis
     * @return the result, a Tensor
     */
    public Tensor prod(int axis) { return new Tensor(GraphOps.reduce(PROD, node, false, axis)); }
    /**
     * The index of the first minimum, int64: in the flattened array, or along the axis.
     * @param axis the axis
     * @return the result, a Tensor
     */
    public Tensor argmin(int axis) { return new Tensor(GraphOps.reduce(ARGMIN, node, false, axis)); }
    /**
     * The population variance (NumPy's default, ddof 0), computed in two passes.
     * @param axis the axis
     * @return the result, a Tensor
     */
    public Tensor var(int axis) { return new Tensor(GraphOps.var(node, axis)); }
    /**
     * The population standard deviation, {@code sqrt(var(x))}.
     * @param axis the axis
     * @return the result, a Tensor
     */
    public Tensor std(int axis) { return new Tensor(GraphOps.std(node, axis)); }
    /**
     * {@code log(sum(exp(x)))}, computed without overflow by shifting by the maximum.
     * @param axis the axis
     * @return the result, a Tensor
     */
    public Tensor logSumExp(int axis) { return new Tensor(GraphOps.logSumExp(node, axis)); }
    /**
     * Running sums along {@code axis}, of x's shape; integers add in int64, and the gradient is the
     * reverse running sum.
     * @param axis the axis
     * @return the result, a Tensor
     */
    public Tensor cumsum(int axis) { return new Tensor(GraphOps.cumsum(node, axis)); }

    // ---- transpose and softmax

    /**
     * The dimensions reversed, as NumPy's {@code .T}.
     * @return a Tensor; the same as {@link #transpose()}
     */
    public Tensor T() { return transpose(); }

    /**
     * The transpose: the dimensions in reverse order.
     * @return a Tensor
     */
    public Tensor transpose() { return new Tensor(GraphOps.transpose(node)); }

    /**
     * The dimensions permuted: dimension i of the result is dimension {@code permutation[i]} of this.
     * @param permutation a permutation of {@code 0 .. rank-1}
     * @return a Tensor of the same rank
     * @throws dev.symbolon.internal.ir.GraphException if {@code permutation} is not a permutation of the axes
     */
    public Tensor transpose(int... permutation) { return new Tensor(GraphOps.transpose(node, permutation)); }

    /**
     * Softmax along the last axis, in the float dtype of this value.
     * @return a Tensor of the same shape, each slice along the last axis summing to 1
     */
    public Tensor softmax() { return new Tensor(GraphOps.softmax(SOFTMAX, node)); }

    /**
     * The log of {@link #softmax()}, computed stably.
     * @return a Tensor of the same shape
     */
    public Tensor logSoftmax() { return new Tensor(GraphOps.softmax(LOG_SOFTMAX, node)); }

    // ---- indexing

    /**
     * The entry at {@code i} along the first axis (negative counts from the end), as NumPy's {@code x[i]}.
     * @param i the index along the first axis; negative counts from the end
     * @return the result, a Tensor
     */
    public Tensor get(int i) { return new Tensor(IndexingOps.get(node, GraphOps.constant(i, DType.INT64))); }
    /**
     * The entry at {@code i} along the first axis (negative counts from the end), as NumPy's {@code x[i]}.
     * @param i the index along the first axis; negative counts from the end
     * @return the result, a Tensor
     */
    public Tensor get(Scalar i) { return new Tensor(IndexingOps.get(node, i.node)); }

    /**
     * NumPy's {@code take}: the entries at integer {@code indices} along {@code axis}, which the indices'
     * dimensions replace.
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Tensor
     */
    public Tensor take(Scalar indices, int axis) { return new Tensor(IndexingOps.take(node, indices.node, axis)); }
    /**
     * NumPy's {@code take}: the entries at integer {@code indices} along {@code axis}, which the indices'
     * dimensions replace.
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Tensor
     */
    public Tensor take(Vector indices, int axis) { return new Tensor(IndexingOps.take(node, indices.node, axis)); }
    /**
     * NumPy's {@code take}: the entries at integer {@code indices} along {@code axis}, which the indices'
     * dimensions replace.
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Tensor
     */
    public Tensor take(Matrix indices, int axis) { return new Tensor(IndexingOps.take(node, indices.node, axis)); }
    /**
     * NumPy's {@code take}: the entries at integer {@code indices} along {@code axis}, which the indices'
     * dimensions replace.
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Tensor
     */
    public Tensor take(Tensor indices, int axis) { return new Tensor(IndexingOps.take(node, indices.node, axis)); }

    /**
     * NumPy's {@code take_along_axis}: integer indices of this rank pick along {@code axis}.
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Tensor
     */
    public Tensor takeAlongAxis(Tensor indices, int axis) { return new Tensor(IndexingOps.takeAlongAxis(node, indices.node, axis)); }

    /**
     * NumPy's {@code x[start:stop]} along {@code axis}; negative bounds count from the end, and bounds
     * clamp.
     * @param axis the axis
     * @param start the first index of the slice; negative counts from the end
     * @param stop the index after the slice; negative counts from the end
     * @return the result, a Tensor
     */
    public Tensor slice(int axis, int start, int stop) { return new Tensor(IndexingOps.slice(node, axis, start, stop)); }

    /**
     * NumPy's {@code matmul} of a rank-3 batch: {@code (b, m, k)} by {@code (b, k, n)} gives {@code (b, m,
     * n)}, and a Matrix {@code (k, n)} multiplies each matrix of the batch.
     * @param y the right operand
     * @return the result, a Tensor
     */
    public Tensor dot(Tensor y) { return new Tensor(LinearAlgebraOps.dot(node, y.node)); }
    /**
     * NumPy's {@code matmul} of a rank-3 batch: {@code (b, m, k)} by {@code (b, k, n)} gives {@code (b, m,
     * n)}, and a Matrix {@code (k, n)} multiplies each matrix of the batch.
     * @param y the right operand
     * @return the result, a Tensor
     */
    public Tensor dot(Matrix y) { return new Tensor(LinearAlgebraOps.dot(node, y.node)); }
}
