package dev.symbolon;

import static dev.symbolon.internal.ir.Op.*;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.IndexingOps;
import dev.symbolon.internal.ir.LinearAlgebraOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;

/**
 * A symbolic matrix (rank 2).
 *
 * <p>Binary methods take any symbolic value or a {@code double} literal; the result is a Matrix
 * (a Scalar or Vector operand broadcasts as NumPy does: a Vector along the rows), or a Tensor with a
 * Tensor, in the dtype NumPy's promotion gives, a literal taking the other operand's dtype unless it
 * meets an integer, which makes float64. Comparisons give bool; {@code div} and {@code pow} always
 * give a float.
 */
public final class Matrix extends SymbolicValue {
    Matrix(Node node) {
        super(requireRank(node, 2, "Matrix"));
    }

    /** A float64 matrix input named {@code name}, for tracing and tests. */
    static Matrix input(String name) {
        return input(name, DType.FLOAT64);
    }

    static Matrix input(String name, DType dtype) {
        return new Matrix(GraphOps.input(name, Type.of(dtype, 2)));
    }

    /** The current value of a shared matrix named {@code name}, the target of {@link T#update}. */
    static Matrix shared(String name, DType dtype) {
        return new Matrix(GraphOps.shared(name, Type.of(dtype, 2)));
    }

    // ---- arithmetic

    /**
     * The elementwise sum {@code this + y}.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Matrix of the promoted dtype
     */
    public Matrix plus(Scalar y) { return new Matrix(op(ADD, y)); }
    /**
     * The elementwise sum {@code this + y}.
     * The Vector {@code y} broadcasts along the rows of the Matrix {@code this}: its length is the column
     * count.
     * @param y the right operand
     * @return a Matrix of the promoted dtype
     */
    public Matrix plus(Vector y) { return new Matrix(op(ADD, y)); }
    /**
     * The elementwise sum {@code this + y}.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Matrix of the promoted dtype
     */
    public Matrix plus(Matrix y) { return new Matrix(op(ADD, y)); }
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
     * @return a Matrix of the promoted dtype
     */
    public Matrix plus(double y) { return new Matrix(op(ADD, y)); }

    /**
     * The elementwise difference {@code this - y}.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Matrix of the promoted dtype
     */
    public Matrix minus(Scalar y) { return new Matrix(op(SUB, y)); }
    /**
     * The elementwise difference {@code this - y}.
     * The Vector {@code y} broadcasts along the rows of the Matrix {@code this}: its length is the column
     * count.
     * @param y the right operand
     * @return a Matrix of the promoted dtype
     */
    public Matrix minus(Vector y) { return new Matrix(op(SUB, y)); }
    /**
     * The elementwise difference {@code this - y}.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Matrix of the promoted dtype
     */
    public Matrix minus(Matrix y) { return new Matrix(op(SUB, y)); }
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
     * @return a Matrix of the promoted dtype
     */
    public Matrix minus(double y) { return new Matrix(op(SUB, y)); }

    /**
     * The elementwise product {@code this * y}.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Matrix of the promoted dtype
     */
    public Matrix times(Scalar y) { return new Matrix(op(MUL, y)); }
    /**
     * The elementwise product {@code this * y}.
     * The Vector {@code y} broadcasts along the rows of the Matrix {@code this}: its length is the column
     * count.
     * @param y the right operand
     * @return a Matrix of the promoted dtype
     */
    public Matrix times(Vector y) { return new Matrix(op(MUL, y)); }
    /**
     * The elementwise product {@code this * y}.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Matrix of the promoted dtype
     */
    public Matrix times(Matrix y) { return new Matrix(op(MUL, y)); }
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
     * @return a Matrix of the promoted dtype
     */
    public Matrix times(double y) { return new Matrix(op(MUL, y)); }

    /**
     * The elementwise quotient {@code this / y}, true division.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Matrix of a float dtype (integers give float64)
     */
    public Matrix div(Scalar y) { return new Matrix(op(DIV, y)); }
    /**
     * The elementwise quotient {@code this / y}, true division.
     * The Vector {@code y} broadcasts along the rows of the Matrix {@code this}: its length is the column
     * count.
     * @param y the right operand
     * @return a Matrix of a float dtype (integers give float64)
     */
    public Matrix div(Vector y) { return new Matrix(op(DIV, y)); }
    /**
     * The elementwise quotient {@code this / y}, true division.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Matrix of a float dtype (integers give float64)
     */
    public Matrix div(Matrix y) { return new Matrix(op(DIV, y)); }
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
     * @return a Matrix of a float dtype (integers give float64)
     */
    public Matrix div(double y) { return new Matrix(op(DIV, y)); }

    /**
     * The elementwise remainder {@code this % y}, with the sign of the dividend as Java's {@code %}.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Matrix of the promoted dtype
     */
    public Matrix rem(Scalar y) { return new Matrix(op(REM, y)); }
    /**
     * The elementwise remainder {@code this % y}, with the sign of the dividend as Java's {@code %}.
     * The Vector {@code y} broadcasts along the rows of the Matrix {@code this}: its length is the column
     * count.
     * @param y the right operand
     * @return a Matrix of the promoted dtype
     */
    public Matrix rem(Vector y) { return new Matrix(op(REM, y)); }
    /**
     * The elementwise remainder {@code this % y}, with the sign of the dividend as Java's {@code %}.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Matrix of the promoted dtype
     */
    public Matrix rem(Matrix y) { return new Matrix(op(REM, y)); }
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
     * @return a Matrix of the promoted dtype
     */
    public Matrix rem(double y) { return new Matrix(op(REM, y)); }

    /**
     * {@code this} to the power {@code y}, elementwise, as {@code Math.pow}.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Matrix of a float dtype (integers give float64)
     */
    public Matrix pow(Scalar y) { return new Matrix(op(POW, y)); }
    /**
     * {@code this} to the power {@code y}, elementwise, as {@code Math.pow}.
     * The Vector {@code y} broadcasts along the rows of the Matrix {@code this}: its length is the column
     * count.
     * @param y the right operand
     * @return a Matrix of a float dtype (integers give float64)
     */
    public Matrix pow(Vector y) { return new Matrix(op(POW, y)); }
    /**
     * {@code this} to the power {@code y}, elementwise, as {@code Math.pow}.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Matrix of a float dtype (integers give float64)
     */
    public Matrix pow(Matrix y) { return new Matrix(op(POW, y)); }
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
     * @return a Matrix of a float dtype (integers give float64)
     */
    public Matrix pow(double y) { return new Matrix(op(POW, y)); }

    /**
     * The larger of {@code this} and {@code y}, elementwise.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Matrix of the promoted dtype
     */
    public Matrix maximum(Scalar y) { return new Matrix(op(MAXIMUM, y)); }
    /**
     * The larger of {@code this} and {@code y}, elementwise.
     * The Vector {@code y} broadcasts along the rows of the Matrix {@code this}: its length is the column
     * count.
     * @param y the right operand
     * @return a Matrix of the promoted dtype
     */
    public Matrix maximum(Vector y) { return new Matrix(op(MAXIMUM, y)); }
    /**
     * The larger of {@code this} and {@code y}, elementwise.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Matrix of the promoted dtype
     */
    public Matrix maximum(Matrix y) { return new Matrix(op(MAXIMUM, y)); }
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
     * @return a Matrix of the promoted dtype
     */
    public Matrix maximum(double y) { return new Matrix(op(MAXIMUM, y)); }

    /**
     * The smaller of {@code this} and {@code y}, elementwise.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Matrix of the promoted dtype
     */
    public Matrix minimum(Scalar y) { return new Matrix(op(MINIMUM, y)); }
    /**
     * The smaller of {@code this} and {@code y}, elementwise.
     * The Vector {@code y} broadcasts along the rows of the Matrix {@code this}: its length is the column
     * count.
     * @param y the right operand
     * @return a Matrix of the promoted dtype
     */
    public Matrix minimum(Vector y) { return new Matrix(op(MINIMUM, y)); }
    /**
     * The smaller of {@code this} and {@code y}, elementwise.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Matrix of the promoted dtype
     */
    public Matrix minimum(Matrix y) { return new Matrix(op(MINIMUM, y)); }
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
     * @return a Matrix of the promoted dtype
     */
    public Matrix minimum(double y) { return new Matrix(op(MINIMUM, y)); }

    // ---- comparisons: bool

    /**
     * {@code this &gt; y}, elementwise.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Matrix of bool
     */
    public Matrix gt(Scalar y) { return new Matrix(op(GT, y)); }
    /**
     * {@code this &gt; y}, elementwise.
     * The Vector {@code y} broadcasts along the rows of the Matrix {@code this}: its length is the column
     * count.
     * @param y the right operand
     * @return a Matrix of bool
     */
    public Matrix gt(Vector y) { return new Matrix(op(GT, y)); }
    /**
     * {@code this &gt; y}, elementwise.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Matrix of bool
     */
    public Matrix gt(Matrix y) { return new Matrix(op(GT, y)); }
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
     * @return a Matrix of bool
     */
    public Matrix gt(double y) { return new Matrix(op(GT, y)); }

    /**
     * {@code this &gt;= y}, elementwise.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Matrix of bool
     */
    public Matrix ge(Scalar y) { return new Matrix(op(GE, y)); }
    /**
     * {@code this &gt;= y}, elementwise.
     * The Vector {@code y} broadcasts along the rows of the Matrix {@code this}: its length is the column
     * count.
     * @param y the right operand
     * @return a Matrix of bool
     */
    public Matrix ge(Vector y) { return new Matrix(op(GE, y)); }
    /**
     * {@code this &gt;= y}, elementwise.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Matrix of bool
     */
    public Matrix ge(Matrix y) { return new Matrix(op(GE, y)); }
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
     * @return a Matrix of bool
     */
    public Matrix ge(double y) { return new Matrix(op(GE, y)); }

    /**
     * {@code this &lt; y}, elementwise.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Matrix of bool
     */
    public Matrix lt(Scalar y) { return new Matrix(op(LT, y)); }
    /**
     * {@code this &lt; y}, elementwise.
     * The Vector {@code y} broadcasts along the rows of the Matrix {@code this}: its length is the column
     * count.
     * @param y the right operand
     * @return a Matrix of bool
     */
    public Matrix lt(Vector y) { return new Matrix(op(LT, y)); }
    /**
     * {@code this &lt; y}, elementwise.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Matrix of bool
     */
    public Matrix lt(Matrix y) { return new Matrix(op(LT, y)); }
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
     * @return a Matrix of bool
     */
    public Matrix lt(double y) { return new Matrix(op(LT, y)); }

    /**
     * {@code this &lt;= y}, elementwise.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Matrix of bool
     */
    public Matrix le(Scalar y) { return new Matrix(op(LE, y)); }
    /**
     * {@code this &lt;= y}, elementwise.
     * The Vector {@code y} broadcasts along the rows of the Matrix {@code this}: its length is the column
     * count.
     * @param y the right operand
     * @return a Matrix of bool
     */
    public Matrix le(Vector y) { return new Matrix(op(LE, y)); }
    /**
     * {@code this &lt;= y}, elementwise.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Matrix of bool
     */
    public Matrix le(Matrix y) { return new Matrix(op(LE, y)); }
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
     * @return a Matrix of bool
     */
    public Matrix le(double y) { return new Matrix(op(LE, y)); }

    /**
     * {@code this == y}, elementwise.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Matrix of bool
     */
    public Matrix eq(Scalar y) { return new Matrix(op(EQ, y)); }
    /**
     * {@code this == y}, elementwise.
     * The Vector {@code y} broadcasts along the rows of the Matrix {@code this}: its length is the column
     * count.
     * @param y the right operand
     * @return a Matrix of bool
     */
    public Matrix eq(Vector y) { return new Matrix(op(EQ, y)); }
    /**
     * {@code this == y}, elementwise.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Matrix of bool
     */
    public Matrix eq(Matrix y) { return new Matrix(op(EQ, y)); }
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
     * @return a Matrix of bool
     */
    public Matrix eq(double y) { return new Matrix(op(EQ, y)); }

    /**
     * {@code this != y}, elementwise.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Matrix of bool
     */
    public Matrix ne(Scalar y) { return new Matrix(op(NE, y)); }
    /**
     * {@code this != y}, elementwise.
     * The Vector {@code y} broadcasts along the rows of the Matrix {@code this}: its length is the column
     * count.
     * @param y the right operand
     * @return a Matrix of bool
     */
    public Matrix ne(Vector y) { return new Matrix(op(NE, y)); }
    /**
     * {@code this != y}, elementwise.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Matrix of bool
     */
    public Matrix ne(Matrix y) { return new Matrix(op(NE, y)); }
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
     * @return a Matrix of bool
     */
    public Matrix ne(double y) { return new Matrix(op(NE, y)); }

    // ---- elementwise math: neg, abs and square keep the dtype, the others give a float

    /**
     * The negation {@code -this}, Kotlin's unary minus operator, elementwise.
     * @return a Matrix of the same shape; keeps the dtype
     */
    public Matrix unaryMinus() { return new Matrix(unary(NEG)); }
    /**
     * The negation {@code -this}, elementwise.
     * @return a Matrix of the same shape; keeps the dtype
     */
    public Matrix neg() { return new Matrix(unary(NEG)); }
    /**
     * The absolute value {@code |this|}, elementwise.
     * @return a Matrix of the same shape; keeps the dtype
     */
    public Matrix abs() { return new Matrix(unary(ABS)); }
    /**
     * The square {@code this * this}, elementwise.
     * @return a Matrix of the same shape; keeps the dtype
     */
    public Matrix square() { return new Matrix(unary(SQUARE)); }
    /**
     * The square root of {@code this}, elementwise.
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public Matrix sqrt() { return new Matrix(unary(SQRT)); }
    /**
     * The exponential {@code e^this}, elementwise.
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public Matrix exp() { return new Matrix(unary(EXP)); }
    /**
     * {@code e^this - 1}, accurate near 0, elementwise.
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public Matrix expm1() { return new Matrix(unary(EXPM1)); }
    /**
     * The natural logarithm of {@code this}, elementwise.
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public Matrix log() { return new Matrix(unary(LOG)); }
    /**
     * {@code log(1 + this)}, accurate near 0, elementwise.
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public Matrix log1p() { return new Matrix(unary(LOG1P)); }
    /**
     * The logistic function {@code 1 / (1 + e^-this)}, elementwise.
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public Matrix sigmoid() { return new Matrix(unary(SIGMOID)); }
    /**
     * {@code log(1 + e^this)}, computed without overflow, elementwise.
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public Matrix softplus() { return new Matrix(unary(SOFTPLUS)); }
    /**
     * The hyperbolic tangent of {@code this}, elementwise.
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public Matrix tanh() { return new Matrix(unary(TANH)); }
    /**
     * The sine of {@code this}, elementwise.
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public Matrix sin() { return new Matrix(unary(SIN)); }
    /**
     * The cosine of {@code this}, elementwise.
     * @return a Matrix of the same shape; the float dtype of the operand (integers give float64)
     */
    public Matrix cos() { return new Matrix(unary(COS)); }

    // sign keeps the dtype, the rounding functions give a float and pass a zero gradient
    /**
     * The sign of each element: -1, 0 or 1 (NaN stays NaN), in the operand's dtype; it passes no gradient.
     * @return the result, a Matrix
     */
    public Matrix sign() { return new Matrix(unary(SIGN)); }
    /**
     * Rounded toward -inf, as a float; it passes a zero gradient.
     * @return the result, a Matrix
     */
    public Matrix floor() { return new Matrix(unary(FLOOR)); }
    /**
     * Rounded toward +inf, as a float; it passes a zero gradient.
     * @return the result, a Matrix
     */
    public Matrix ceil() { return new Matrix(unary(CEIL)); }
    /**
     * Rounded to the nearest integer, a half to the even one (as NumPy's round), as a float; it passes a
     * zero gradient.
     * @return the result, a Matrix
     */
    public Matrix round() { return new Matrix(unary(ROUND)); }
    /**
     * The error function {@code 2/sqrt(pi) * integral of exp(-t^2) from 0 to x}.
     * @return the result, a Matrix
     */
    public Matrix erf() { return new Matrix(unary(ERF)); }
    /**
     * The base-2 logarithm.
     * @return the result, a Matrix
     */
    public Matrix log2() { return new Matrix(unary(LOG2)); }
    /**
     * The base-10 logarithm.
     * @return the result, a Matrix
     */
    public Matrix log10() { return new Matrix(unary(LOG10)); }
    /**
     * {@code maximum(x, 0)}, the rectifier; its gradient at 0 is 1.
     * @return the result, a Matrix
     */
    public Matrix relu() { return new Matrix(GraphOps.relu(node)); }

    /**
     * This value converted to {@code dtype}; floats become integers by truncation toward zero.
     * @param dtype the dtype of the result
     * @return a Matrix of the same shape
     */
    public Matrix cast(DType dtype) { return new Matrix(GraphOps.cast(node, dtype)); }

    // ---- reductions along one axis (0: down the columns, 1 or -1: along the rows): a Vector
    // (dtypes as for sum(), mean(), max() and min(); argmax gives int64)

    /**
     * The sum of {@code this} along {@code axis}, which the result loses.
     * Axis 0 reduces down the columns, giving one element per column; 1 (or -1) along the rows.
     * @param axis the axis to reduce; negative counts from the end
     * @return a Vector; int64 for integers and bools; floats keep their dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public Vector sum(int axis) { return new Vector(reduce(SUM, axis)); }
    /**
     * The mean of {@code this} along {@code axis}, which the result loses.
     * Axis 0 reduces down the columns, giving one element per column; 1 (or -1) along the rows.
     * @param axis the axis to reduce; negative counts from the end
     * @return a Vector; the float dtype of the operand (integers give float64)
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public Vector mean(int axis) { return new Vector(reduce(MEAN, axis)); }
    /**
     * The largest element of {@code this} along {@code axis}, which the result loses.
     * Axis 0 reduces down the columns, giving one element per column; 1 (or -1) along the rows.
     * @param axis the axis to reduce; negative counts from the end
     * @return a Vector; the operand's dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public Vector max(int axis) { return new Vector(reduce(MAX, axis)); }
    /**
     * The smallest element of {@code this} along {@code axis}, which the result loses.
     * Axis 0 reduces down the columns, giving one element per column; 1 (or -1) along the rows.
     * @param axis the axis to reduce; negative counts from the end
     * @return a Vector; the operand's dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public Vector min(int axis) { return new Vector(reduce(MIN, axis)); }
    /**
     * The index of the first largest element of {@code this} along {@code axis}, which the result loses.
     * Axis 0 reduces down the columns, giving one element per column; 1 (or -1) along the rows.
     * The index counts along that axis.
     * @param axis the axis to reduce; negative counts from the end
     * @return a Vector; int64
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public Vector argmax(int axis) { return new Vector(reduce(ARGMAX, axis)); }

    // prod, argmin (int64), var, std and logSumExp along the axis; cumsum keeps the shape
    /**
     * The product of the elements; 1 of none. Integers multiply in int64, wrapping.
     * @param axis the axis
     * @return the result, a Vector
     */
    public Vector prod(int axis) { return new Vector(GraphOps.reduce(PROD, node, false, axis)); }
    /**
     * The index of the first minimum, int64: in the flattened array, or along the axis.
     * @param axis the axis
     * @return the result, a Vector
     */
    public Vector argmin(int axis) { return new Vector(GraphOps.reduce(ARGMIN, node, false, axis)); }
    /**
     * The population variance (NumPy's default, ddof 0), computed in two passes.
     * @param axis the axis
     * @return the result, a Vector
     */
    public Vector var(int axis) { return new Vector(GraphOps.var(node, axis)); }
    /**
     * The population standard deviation, {@code sqrt(var(x))}.
     * @param axis the axis
     * @return the result, a Vector
     */
    public Vector std(int axis) { return new Vector(GraphOps.std(node, axis)); }
    /**
     * {@code log(sum(exp(x)))}, computed without overflow by shifting by the maximum.
     * @param axis the axis
     * @return the result, a Vector
     */
    public Vector logSumExp(int axis) { return new Vector(GraphOps.logSumExp(node, axis)); }
    /**
     * Running sums along {@code axis}, of x's shape; integers add in int64, and the gradient is the
     * reverse running sum.
     * @param axis the axis
     * @return the result, a Matrix
     */
    public Matrix cumsum(int axis) { return new Matrix(GraphOps.cumsum(node, axis)); }

    // ---- products, transpose and softmax

    /**
     * The matrix-vector product, a Vector with one element per row, of the promoted dtype.
     * @param y the right operand
     * @return a Vector with one element per row of this
     * @throws dev.symbolon.runtime.ShapeException at run time if the length of {@code y} is not the column
     *     count
     */
    public Vector dot(Vector y) { return new Vector(GraphOps.dot(node, y.node)); }

    /**
     * The matrix product, of the promoted dtype.
     * @param y the right operand
     * @return a Matrix with the rows of this and the columns of {@code y}
     * @throws dev.symbolon.runtime.ShapeException at run time if the column count of this is not the row
     *     count of {@code y}
     */
    public Matrix dot(Matrix y) { return new Matrix(GraphOps.dot(node, y.node)); }

    /**
     * The transpose, as NumPy's {@code .T}.
     * @return a Matrix; the same as {@link #transpose()}
     */
    public Matrix T() { return transpose(); }

    /**
     * The transpose: rows become columns.
     * @return a Matrix
     */
    public Matrix transpose() { return new Matrix(GraphOps.transpose(node)); }

    /**
     * Softmax of each row, in the float dtype of this value.
     * @return a Matrix of the same shape, each slice along the last axis summing to 1
     */
    public Matrix softmax() { return new Matrix(GraphOps.softmax(SOFTMAX, node)); }

    /**
     * The log of {@link #softmax()} of each row, computed stably.
     * @return a Matrix of the same shape
     */
    public Matrix logSoftmax() { return new Matrix(GraphOps.softmax(LOG_SOFTMAX, node)); }

    // ---- indexing

    /**
     * The entry at {@code i} along the first axis (negative counts from the end), as NumPy's {@code x[i]}.
     * @param i the index along the first axis; negative counts from the end
     * @return the result, a Vector
     */
    public Vector get(int i) { return new Vector(IndexingOps.get(node, GraphOps.constant(i, DType.INT64))); }
    /**
     * The entry at {@code i} along the first axis (negative counts from the end), as NumPy's {@code x[i]}.
     * @param i the index along the first axis; negative counts from the end
     * @return the result, a Vector
     */
    public Vector get(Scalar i) { return new Vector(IndexingOps.get(node, i.node)); }

    /**
     * NumPy's {@code take}: the entries at integer {@code indices} along {@code axis}, which the indices'
     * dimensions replace.
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Vector
     */
    public Vector take(Scalar indices, int axis) { return new Vector(IndexingOps.take(node, indices.node, axis)); }
    /**
     * NumPy's {@code take}: the entries at integer {@code indices} along {@code axis}, which the indices'
     * dimensions replace.
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Matrix
     */
    public Matrix take(Vector indices, int axis) { return new Matrix(IndexingOps.take(node, indices.node, axis)); }
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
     * @return the result, a Matrix
     */
    public Matrix takeAlongAxis(Matrix indices, int axis) { return new Matrix(IndexingOps.takeAlongAxis(node, indices.node, axis)); }

    /**
     * NumPy's {@code x[start:stop]} along {@code axis}; negative bounds count from the end, and bounds
     * clamp.
     * @param axis the axis
     * @param start the first index of the slice; negative counts from the end
     * @param stop the index after the slice; negative counts from the end
     * @return the result, a Matrix
     */
    public Matrix slice(int axis, int start, int stop) { return new Matrix(IndexingOps.slice(node, axis, start, stop)); }

    /**
     * NumPy's {@code matmul}: this matrix times each matrix of a batch, {@code (m, k)} by {@code (b, k,
     * n)} giving {@code (b, m, n)}.
     * @param y the right operand
     * @return the result, a Tensor
     */
    public Tensor dot(Tensor y) { return new Tensor(LinearAlgebraOps.dot(node, y.node)); }
}
