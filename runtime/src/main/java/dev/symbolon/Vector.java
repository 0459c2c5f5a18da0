package dev.symbolon;

import static dev.symbolon.internal.ir.Op.*;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.IndexingOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;

/**
 * A symbolic vector (rank 1).
 *
 * <p>Binary methods take any symbolic value or a {@code double} literal; the result has the higher
 * rank of the two (a Vector with a Matrix gives a Matrix, broadcast as NumPy does) and the dtype
 * NumPy's promotion gives, a literal taking the other operand's dtype unless it meets an integer,
 * which makes float64. Comparisons give bool; {@code div} and {@code pow} always give a float.
 */
public final class Vector extends SymbolicValue {
    Vector(Node node) {
        super(requireRank(node, 1, "Vector"));
    }

    /** A float64 vector input named {@code name}, for tracing and tests. */
    static Vector input(String name) {
        return input(name, DType.FLOAT64);
    }

    static Vector input(String name, DType dtype) {
        return new Vector(GraphOps.input(name, Type.of(dtype, 1)));
    }

    /** The current value of a shared vector named {@code name}, the target of {@link T#update}. */
    static Vector shared(String name, DType dtype) {
        return new Vector(GraphOps.shared(name, Type.of(dtype, 1)));
    }

    // ---- arithmetic

    /**
     * The elementwise sum {@code this + y}.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Vector of the promoted dtype
     */
    public Vector plus(Scalar y) { return new Vector(op(ADD, y)); }
    /**
     * The elementwise sum {@code this + y}.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Vector of the promoted dtype
     */
    public Vector plus(Vector y) { return new Vector(op(ADD, y)); }
    /**
     * The elementwise sum {@code this + y}.
     * The Vector {@code this} broadcasts along the rows of the Matrix {@code y}: its length is the column
     * count.
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
     * @return a Vector of the promoted dtype
     */
    public Vector plus(double y) { return new Vector(op(ADD, y)); }

    /**
     * The elementwise difference {@code this - y}.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Vector of the promoted dtype
     */
    public Vector minus(Scalar y) { return new Vector(op(SUB, y)); }
    /**
     * The elementwise difference {@code this - y}.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Vector of the promoted dtype
     */
    public Vector minus(Vector y) { return new Vector(op(SUB, y)); }
    /**
     * The elementwise difference {@code this - y}.
     * The Vector {@code this} broadcasts along the rows of the Matrix {@code y}: its length is the column
     * count.
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
     * @return a Vector of the promoted dtype
     */
    public Vector minus(double y) { return new Vector(op(SUB, y)); }

    /**
     * The elementwise product {@code this * y}.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Vector of the promoted dtype
     */
    public Vector times(Scalar y) { return new Vector(op(MUL, y)); }
    /**
     * The elementwise product {@code this * y}.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Vector of the promoted dtype
     */
    public Vector times(Vector y) { return new Vector(op(MUL, y)); }
    /**
     * The elementwise product {@code this * y}.
     * The Vector {@code this} broadcasts along the rows of the Matrix {@code y}: its length is the column
     * count.
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
     * @return a Vector of the promoted dtype
     */
    public Vector times(double y) { return new Vector(op(MUL, y)); }

    /**
     * The elementwise quotient {@code this / y}, true division.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Vector of a float dtype (integers give float64)
     */
    public Vector div(Scalar y) { return new Vector(op(DIV, y)); }
    /**
     * The elementwise quotient {@code this / y}, true division.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Vector of a float dtype (integers give float64)
     */
    public Vector div(Vector y) { return new Vector(op(DIV, y)); }
    /**
     * The elementwise quotient {@code this / y}, true division.
     * The Vector {@code this} broadcasts along the rows of the Matrix {@code y}: its length is the column
     * count.
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
     * @return a Vector of a float dtype (integers give float64)
     */
    public Vector div(double y) { return new Vector(op(DIV, y)); }

    /**
     * The elementwise remainder {@code this % y}, with the sign of the dividend as Java's {@code %}.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Vector of the promoted dtype
     */
    public Vector rem(Scalar y) { return new Vector(op(REM, y)); }
    /**
     * The elementwise remainder {@code this % y}, with the sign of the dividend as Java's {@code %}.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Vector of the promoted dtype
     */
    public Vector rem(Vector y) { return new Vector(op(REM, y)); }
    /**
     * The elementwise remainder {@code this % y}, with the sign of the dividend as Java's {@code %}.
     * The Vector {@code this} broadcasts along the rows of the Matrix {@code y}: its length is the column
     * count.
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
     * @return a Vector of the promoted dtype
     */
    public Vector rem(double y) { return new Vector(op(REM, y)); }

    /**
     * {@code this} to the power {@code y}, elementwise, as {@code Math.pow}.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Vector of a float dtype (integers give float64)
     */
    public Vector pow(Scalar y) { return new Vector(op(POW, y)); }
    /**
     * {@code this} to the power {@code y}, elementwise, as {@code Math.pow}.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Vector of a float dtype (integers give float64)
     */
    public Vector pow(Vector y) { return new Vector(op(POW, y)); }
    /**
     * {@code this} to the power {@code y}, elementwise, as {@code Math.pow}.
     * The Vector {@code this} broadcasts along the rows of the Matrix {@code y}: its length is the column
     * count.
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
     * @return a Vector of a float dtype (integers give float64)
     */
    public Vector pow(double y) { return new Vector(op(POW, y)); }

    /**
     * The larger of {@code this} and {@code y}, elementwise.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Vector of the promoted dtype
     */
    public Vector maximum(Scalar y) { return new Vector(op(MAXIMUM, y)); }
    /**
     * The larger of {@code this} and {@code y}, elementwise.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Vector of the promoted dtype
     */
    public Vector maximum(Vector y) { return new Vector(op(MAXIMUM, y)); }
    /**
     * The larger of {@code this} and {@code y}, elementwise.
     * The Vector {@code this} broadcasts along the rows of the Matrix {@code y}: its length is the column
     * count.
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
     * @return a Vector of the promoted dtype
     */
    public Vector maximum(double y) { return new Vector(op(MAXIMUM, y)); }

    /**
     * The smaller of {@code this} and {@code y}, elementwise.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Vector of the promoted dtype
     */
    public Vector minimum(Scalar y) { return new Vector(op(MINIMUM, y)); }
    /**
     * The smaller of {@code this} and {@code y}, elementwise.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Vector of the promoted dtype
     */
    public Vector minimum(Vector y) { return new Vector(op(MINIMUM, y)); }
    /**
     * The smaller of {@code this} and {@code y}, elementwise.
     * The Vector {@code this} broadcasts along the rows of the Matrix {@code y}: its length is the column
     * count.
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
     * @return a Vector of the promoted dtype
     */
    public Vector minimum(double y) { return new Vector(op(MINIMUM, y)); }

    // ---- comparisons: bool

    /**
     * {@code this &gt; y}, elementwise.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Vector of bool
     */
    public Vector gt(Scalar y) { return new Vector(op(GT, y)); }
    /**
     * {@code this &gt; y}, elementwise.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Vector of bool
     */
    public Vector gt(Vector y) { return new Vector(op(GT, y)); }
    /**
     * {@code this &gt; y}, elementwise.
     * The Vector {@code this} broadcasts along the rows of the Matrix {@code y}: its length is the column
     * count.
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
     * @return a Vector of bool
     */
    public Vector gt(double y) { return new Vector(op(GT, y)); }

    /**
     * {@code this &gt;= y}, elementwise.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Vector of bool
     */
    public Vector ge(Scalar y) { return new Vector(op(GE, y)); }
    /**
     * {@code this &gt;= y}, elementwise.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Vector of bool
     */
    public Vector ge(Vector y) { return new Vector(op(GE, y)); }
    /**
     * {@code this &gt;= y}, elementwise.
     * The Vector {@code this} broadcasts along the rows of the Matrix {@code y}: its length is the column
     * count.
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
     * @return a Vector of bool
     */
    public Vector ge(double y) { return new Vector(op(GE, y)); }

    /**
     * {@code this &lt; y}, elementwise.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Vector of bool
     */
    public Vector lt(Scalar y) { return new Vector(op(LT, y)); }
    /**
     * {@code this &lt; y}, elementwise.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Vector of bool
     */
    public Vector lt(Vector y) { return new Vector(op(LT, y)); }
    /**
     * {@code this &lt; y}, elementwise.
     * The Vector {@code this} broadcasts along the rows of the Matrix {@code y}: its length is the column
     * count.
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
     * @return a Vector of bool
     */
    public Vector lt(double y) { return new Vector(op(LT, y)); }

    /**
     * {@code this &lt;= y}, elementwise.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Vector of bool
     */
    public Vector le(Scalar y) { return new Vector(op(LE, y)); }
    /**
     * {@code this &lt;= y}, elementwise.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Vector of bool
     */
    public Vector le(Vector y) { return new Vector(op(LE, y)); }
    /**
     * {@code this &lt;= y}, elementwise.
     * The Vector {@code this} broadcasts along the rows of the Matrix {@code y}: its length is the column
     * count.
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
     * @return a Vector of bool
     */
    public Vector le(double y) { return new Vector(op(LE, y)); }

    /**
     * {@code this == y}, elementwise.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Vector of bool
     */
    public Vector eq(Scalar y) { return new Vector(op(EQ, y)); }
    /**
     * {@code this == y}, elementwise.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Vector of bool
     */
    public Vector eq(Vector y) { return new Vector(op(EQ, y)); }
    /**
     * {@code this == y}, elementwise.
     * The Vector {@code this} broadcasts along the rows of the Matrix {@code y}: its length is the column
     * count.
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
     * @return a Vector of bool
     */
    public Vector eq(double y) { return new Vector(op(EQ, y)); }

    /**
     * {@code this != y}, elementwise.
     * The Scalar {@code y} combines with every element of {@code this}.
     * @param y the right operand
     * @return a Vector of bool
     */
    public Vector ne(Scalar y) { return new Vector(op(NE, y)); }
    /**
     * {@code this != y}, elementwise.
     * The operands must have equal shapes.
     * @param y the right operand
     * @return a Vector of bool
     */
    public Vector ne(Vector y) { return new Vector(op(NE, y)); }
    /**
     * {@code this != y}, elementwise.
     * The Vector {@code this} broadcasts along the rows of the Matrix {@code y}: its length is the column
     * count.
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
     * @return a Vector of bool
     */
    public Vector ne(double y) { return new Vector(op(NE, y)); }

    // ---- elementwise math: neg, abs and square keep the dtype, the others give a float

    /**
     * The negation {@code -this}, Kotlin's unary minus operator, elementwise.
     * @return a Vector of the same shape; keeps the dtype
     */
    public Vector unaryMinus() { return new Vector(unary(NEG)); }
    /**
     * The negation {@code -this}, elementwise.
     * @return a Vector of the same shape; keeps the dtype
     */
    public Vector neg() { return new Vector(unary(NEG)); }
    /**
     * The absolute value {@code |this|}, elementwise.
     * @return a Vector of the same shape; keeps the dtype
     */
    public Vector abs() { return new Vector(unary(ABS)); }
    /**
     * The square {@code this * this}, elementwise.
     * @return a Vector of the same shape; keeps the dtype
     */
    public Vector square() { return new Vector(unary(SQUARE)); }
    /**
     * The square root of {@code this}, elementwise.
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public Vector sqrt() { return new Vector(unary(SQRT)); }
    /**
     * The exponential {@code e^this}, elementwise.
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public Vector exp() { return new Vector(unary(EXP)); }
    /**
     * {@code e^this - 1}, accurate near 0, elementwise.
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public Vector expm1() { return new Vector(unary(EXPM1)); }
    /**
     * The natural logarithm of {@code this}, elementwise.
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public Vector log() { return new Vector(unary(LOG)); }
    /**
     * {@code log(1 + this)}, accurate near 0, elementwise.
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public Vector log1p() { return new Vector(unary(LOG1P)); }
    /**
     * The logistic function {@code 1 / (1 + e^-this)}, elementwise.
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public Vector sigmoid() { return new Vector(unary(SIGMOID)); }
    /**
     * {@code log(1 + e^this)}, computed without overflow, elementwise.
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public Vector softplus() { return new Vector(unary(SOFTPLUS)); }
    /**
     * The hyperbolic tangent of {@code this}, elementwise.
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public Vector tanh() { return new Vector(unary(TANH)); }
    /**
     * The sine of {@code this}, elementwise.
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public Vector sin() { return new Vector(unary(SIN)); }
    /**
     * The cosine of {@code this}, elementwise.
     * @return a Vector of the same shape; the float dtype of the operand (integers give float64)
     */
    public Vector cos() { return new Vector(unary(COS)); }

    // sign keeps the dtype, the rounding functions give a float and pass a zero gradient
    /**
     * The sign of each element: -1, 0 or 1 (NaN stays NaN), in the operand's dtype; it passes no gradient.
     * @return the result, a Vector
     */
    public Vector sign() { return new Vector(unary(SIGN)); }
    /**
     * Rounded toward -inf, as a float; it passes a zero gradient.
     * @return the result, a Vector
     */
    public Vector floor() { return new Vector(unary(FLOOR)); }
    /**
     * Rounded toward +inf, as a float; it passes a zero gradient.
     * @return the result, a Vector
     */
    public Vector ceil() { return new Vector(unary(CEIL)); }
    /**
     * Rounded to the nearest integer, a half to the even one (as NumPy's round), as a float; it passes a
     * zero gradient.
     * @return the result, a Vector
     */
    public Vector round() { return new Vector(unary(ROUND)); }
    /**
     * The error function {@code 2/sqrt(pi) * integral of exp(-t^2) from 0 to x}.
     * @return the result, a Vector
     */
    public Vector erf() { return new Vector(unary(ERF)); }
    /**
     * The base-2 logarithm.
     * @return the result, a Vector
     */
    public Vector log2() { return new Vector(unary(LOG2)); }
    /**
     * The base-10 logarithm.
     * @return the result, a Vector
     */
    public Vector log10() { return new Vector(unary(LOG10)); }
    /**
     * {@code maximum(x, 0)}, the rectifier; its gradient at 0 is 1.
     * @return the result, a Vector
     */
    public Vector relu() { return new Vector(GraphOps.relu(node)); }

    /**
     * This value converted to {@code dtype}; floats become integers by truncation toward zero.
     * @param dtype the dtype of the result
     * @return a Vector of the same shape
     */
    public Vector cast(DType dtype) { return new Vector(GraphOps.cast(node, dtype)); }

    // ---- reductions along the only axis: a Scalar (dtypes as for sum(), mean(), max() and min())

    /**
     * The sum of {@code this} along {@code axis}, which the result loses.
     * @param axis the axis to reduce; negative counts from the end
     * @return a Scalar; int64 for integers and bools; floats keep their dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public Scalar sum(int axis) { return new Scalar(reduce(SUM, axis)); }
    /**
     * The mean of {@code this} along {@code axis}, which the result loses.
     * @param axis the axis to reduce; negative counts from the end
     * @return a Scalar; the float dtype of the operand (integers give float64)
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public Scalar mean(int axis) { return new Scalar(reduce(MEAN, axis)); }
    /**
     * The largest element of {@code this} along {@code axis}, which the result loses.
     * @param axis the axis to reduce; negative counts from the end
     * @return a Scalar; the operand's dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public Scalar max(int axis) { return new Scalar(reduce(MAX, axis)); }
    /**
     * The smallest element of {@code this} along {@code axis}, which the result loses.
     * @param axis the axis to reduce; negative counts from the end
     * @return a Scalar; the operand's dtype
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public Scalar min(int axis) { return new Scalar(reduce(MIN, axis)); }
    /**
     * The index of the first largest element of {@code this} along {@code axis}, which the result loses.
     * The index counts along that axis.
     * @param axis the axis to reduce; negative counts from the end
     * @return a Scalar; int64
     * @throws dev.symbolon.internal.ir.GraphException if {@code axis} is out of range
     */
    public Scalar argmax(int axis) { return new Scalar(reduce(ARGMAX, axis)); }

    // prod, argmin (int64), var, std and logSumExp along the axis; cumsum keeps the shape
    /**
     * The product of the elements; 1 of none. Integers multiply in int64, wrapping.
     * @param axis the axis
     * @return the result, a Scalar
     */
    public Scalar prod(int axis) { return new Scalar(GraphOps.reduce(PROD, node, false, axis)); }
    /**
     * The index of the first minimum, int64: in the flattened array, or along the axis.
     * @param axis the axis
     * @return the result, a Scalar
     */
    public Scalar argmin(int axis) { return new Scalar(GraphOps.reduce(ARGMIN, node, false, axis)); }
    /**
     * The population variance (NumPy's default, ddof 0), computed in two passes.
     * @param axis the axis
     * @return the result, a Scalar
     */
    public Scalar var(int axis) { return new Scalar(GraphOps.var(node, axis)); }
    /**
     * The population standard deviation, {@code sqrt(var(x))}.
     * @param axis the axis
     * @return the result, a Scalar
     */
    public Scalar std(int axis) { return new Scalar(GraphOps.std(node, axis)); }
    /**
     * {@code log(sum(exp(x)))}, computed without overflow by shifting by the maximum.
     * @param axis the axis
     * @return the result, a Scalar
     */
    public Scalar logSumExp(int axis) { return new Scalar(GraphOps.logSumExp(node, axis)); }
    /**
     * Running sums along {@code axis}, of x's shape; integers add in int64, and the gradient is the
     * reverse running sum.
     * @param axis the axis
     * @return the result, a Vector
     */
    public Vector cumsum(int axis) { return new Vector(GraphOps.cumsum(node, axis)); }

    // ---- products and softmax

    /**
     * The inner product, a Scalar of the promoted dtype.
     * @param y the right operand
     * @return the Scalar {@code sum(this[i] * y[i])}
     * @throws dev.symbolon.runtime.ShapeException at run time if the lengths differ
     */
    public Scalar dot(Vector y) { return new Scalar(GraphOps.dot(node, y.node)); }

    /**
     * This row vector times {@code y}: a Vector with one element per column of {@code y}.
     * @param y the right operand
     * @return a Vector with one element per column of {@code y}
     * @throws dev.symbolon.runtime.ShapeException at run time if the length of this is not the row count of
     *     {@code y}
     */
    public Vector dot(Matrix y) { return new Vector(GraphOps.dot(node, y.node)); }

    /**
     * The outer product {@code this[i] * y[j]}, a Matrix of the promoted dtype.
     * @param y the right operand
     * @return a Matrix with one row per element of this and one column per element of {@code y}
     */
    public Matrix outer(Vector y) { return new Matrix(GraphOps.outer(node, y.node)); }

    /**
     * {@code exp(x - max x) / sum(exp(x - max x))}, in the float dtype of this value.
     * @return a Vector of the same shape, each slice along the last axis summing to 1
     */
    public Vector softmax() { return new Vector(GraphOps.softmax(SOFTMAX, node)); }

    /**
     * The log of {@link #softmax()}, computed stably as {@code x - logsumexp(x)}.
     * @return a Vector of the same shape
     */
    public Vector logSoftmax() { return new Vector(GraphOps.softmax(LOG_SOFTMAX, node)); }

    // ---- indexing

    /**
     * The entry at {@code i} along the first axis (negative counts from the end), as NumPy's {@code x[i]}.
     * @param i the index along the first axis; negative counts from the end
     * @return the result, a Scalar
     */
    public Scalar get(int i) { return new Scalar(IndexingOps.get(node, GraphOps.constant(i, DType.INT64))); }
    /**
     * The entry at {@code i} along the first axis (negative counts from the end), as NumPy's {@code x[i]}.
     * @param i the index along the first axis; negative counts from the end
     * @return the result, a Scalar
     */
    public Scalar get(Scalar i) { return new Scalar(IndexingOps.get(node, i.node)); }

    /**
     * NumPy's {@code take}: the entries at integer {@code indices} along {@code axis}, which the indices'
     * dimensions replace.
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Scalar
     */
    public Scalar take(Scalar indices, int axis) { return new Scalar(IndexingOps.take(node, indices.node, axis)); }
    /**
     * NumPy's {@code take}: the entries at integer {@code indices} along {@code axis}, which the indices'
     * dimensions replace.
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Vector
     */
    public Vector take(Vector indices, int axis) { return new Vector(IndexingOps.take(node, indices.node, axis)); }
    /**
     * NumPy's {@code take}: the entries at integer {@code indices} along {@code axis}, which the indices'
     * dimensions replace.
     * @param indices integer indices; negative ones count from the end
     * @param axis the axis
     * @return the result, a Matrix
     */
    public Matrix take(Matrix indices, int axis) { return new Matrix(IndexingOps.take(node, indices.node, axis)); }
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
     * @return the result, a Vector
     */
    public Vector takeAlongAxis(Vector indices, int axis) { return new Vector(IndexingOps.takeAlongAxis(node, indices.node, axis)); }

    /**
     * NumPy's {@code x[start:stop]} along {@code axis}; negative bounds count from the end, and bounds
     * clamp.
     * @param axis the axis
     * @param start the first index of the slice; negative counts from the end
     * @param stop the index after the slice; negative counts from the end
     * @return the result, a Vector
     */
    public Vector slice(int axis, int start, int stop) { return new Vector(IndexingOps.slice(node, axis, start, stop)); }
}
