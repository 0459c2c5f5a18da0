package dev.symbolon;

import static dev.symbolon.internal.ir.Op.*;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.runtime.DType;

/**
 * A symbolic scalar (rank 0). In a {@code @Symbolic} method, primitive {@code double}, {@code float},
 * {@code int} and {@code long} values are scalars too.
 *
 * <p>Binary methods take any symbolic value or a {@code double} literal; the result has the higher
 * rank of the two (a Scalar with a Vector gives a Vector) and the dtype NumPy's promotion gives, a
 * literal taking the other operand's dtype unless it meets an integer, which makes float64.
 * Comparisons give bool; {@code div} and {@code pow} always give a float.
 */
public final class Scalar extends SymbolicValue {
    Scalar(Node node) {
        super(requireRank(node, 0, "Scalar"));
    }

    /** A float64 scalar input named {@code name}, for tracing and tests. */
    static Scalar input(String name) {
        return input(name, DType.FLOAT64);
    }

    static Scalar input(String name, DType dtype) {
        return new Scalar(GraphOps.input(name, Type.scalar(dtype)));
    }

    /** The current value of a shared scalar named {@code name}, the target of {@link T#update}. */
    static Scalar shared(String name, DType dtype) {
        return new Scalar(GraphOps.shared(name, Type.scalar(dtype)));
    }

    /** A float64 constant. */
    static Scalar constant(double value) {
        return constant(value, DType.FLOAT64);
    }

    /** A constant of {@code dtype}, rounded as that dtype stores it. */
    static Scalar constant(double value, DType dtype) {
        return new Scalar(GraphOps.constant(value, dtype));
    }

    // ---- arithmetic

    /**
     * The elementwise sum {@code this + y}.
     * @param y the right operand
     * @return a Scalar of the promoted dtype
     */
    public Scalar plus(Scalar y) { return new Scalar(op(ADD, y)); }
    /**
     * The elementwise sum {@code this + y}.
     * The Scalar {@code this} combines with every element of {@code y}.
     * @param y the right operand
     * @return a Vector of the promoted dtype
     */
    public Vector plus(Vector y) { return new Vector(op(ADD, y)); }
    /**
     * The elementwise sum {@code this + y}.
     * The Scalar {@code this} combines with every element of {@code y}.
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
     * @return a Scalar of the promoted dtype
     */
    public Scalar plus(double y) { return new Scalar(op(ADD, y)); }

    /**
     * The elementwise difference {@code this - y}.
     * @param y the right operand
     * @return a Scalar of the promoted dtype
     */
    public Scalar minus(Scalar y) { return new Scalar(op(SUB, y)); }
    /**
     * The elementwise difference {@code this - y}.
     * The Scalar {@code this} combines with every element of {@code y}.
     * @param y the right operand
     * @return a Vector of the promoted dtype
     */
    public Vector minus(Vector y) { return new Vector(op(SUB, y)); }
    /**
     * The elementwise difference {@code this - y}.
     * The Scalar {@code this} combines with every element of {@code y}.
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
     * @return a Scalar of the promoted dtype
     */
    public Scalar minus(double y) { return new Scalar(op(SUB, y)); }

    /**
     * The elementwise product {@code this * y}.
     * @param y the right operand
     * @return a Scalar of the promoted dtype
     */
    public Scalar times(Scalar y) { return new Scalar(op(MUL, y)); }
    /**
     * The elementwise product {@code this * y}.
     * The Scalar {@code this} combines with every element of {@code y}.
     * @param y the right operand
     * @return a Vector of the promoted dtype
     */
    public Vector times(Vector y) { return new Vector(op(MUL, y)); }
    /**
     * The elementwise product {@code this * y}.
     * The Scalar {@code this} combines with every element of {@code y}.
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
     * @return a Scalar of the promoted dtype
     */
    public Scalar times(double y) { return new Scalar(op(MUL, y)); }

    /**
     * The elementwise quotient {@code this / y}, true division.
     * @param y the right operand
     * @return a Scalar of a float dtype (integers give float64)
     */
    public Scalar div(Scalar y) { return new Scalar(op(DIV, y)); }
    /**
     * The elementwise quotient {@code this / y}, true division.
     * The Scalar {@code this} combines with every element of {@code y}.
     * @param y the right operand
     * @return a Vector of a float dtype (integers give float64)
     */
    public Vector div(Vector y) { return new Vector(op(DIV, y)); }
    /**
     * The elementwise quotient {@code this / y}, true division.
     * The Scalar {@code this} combines with every element of {@code y}.
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
     * @return a Scalar of a float dtype (integers give float64)
     */
    public Scalar div(double y) { return new Scalar(op(DIV, y)); }

    /**
     * The elementwise remainder {@code this % y}, with the sign of the dividend as Java's {@code %}.
     * @param y the right operand
     * @return a Scalar of the promoted dtype
     */
    public Scalar rem(Scalar y) { return new Scalar(op(REM, y)); }
    /**
     * The elementwise remainder {@code this % y}, with the sign of the dividend as Java's {@code %}.
     * The Scalar {@code this} combines with every element of {@code y}.
     * @param y the right operand
     * @return a Vector of the promoted dtype
     */
    public Vector rem(Vector y) { return new Vector(op(REM, y)); }
    /**
     * The elementwise remainder {@code this % y}, with the sign of the dividend as Java's {@code %}.
     * The Scalar {@code this} combines with every element of {@code y}.
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
     * @return a Scalar of the promoted dtype
     */
    public Scalar rem(double y) { return new Scalar(op(REM, y)); }

    /**
     * {@code this} to the power {@code y}, elementwise, as {@code Math.pow}.
     * @param y the right operand
     * @return a Scalar of a float dtype (integers give float64)
     */
    public Scalar pow(Scalar y) { return new Scalar(op(POW, y)); }
    /**
     * {@code this} to the power {@code y}, elementwise, as {@code Math.pow}.
     * The Scalar {@code this} combines with every element of {@code y}.
     * @param y the right operand
     * @return a Vector of a float dtype (integers give float64)
     */
    public Vector pow(Vector y) { return new Vector(op(POW, y)); }
    /**
     * {@code this} to the power {@code y}, elementwise, as {@code Math.pow}.
     * The Scalar {@code this} combines with every element of {@code y}.
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
     * @return a Scalar of a float dtype (integers give float64)
     */
    public Scalar pow(double y) { return new Scalar(op(POW, y)); }

    /**
     * The larger of {@code this} and {@code y}, elementwise.
     * @param y the right operand
     * @return a Scalar of the promoted dtype
     */
    public Scalar maximum(Scalar y) { return new Scalar(op(MAXIMUM, y)); }
    /**
     * The larger of {@code this} and {@code y}, elementwise.
     * The Scalar {@code this} combines with every element of {@code y}.
     * @param y the right operand
     * @return a Vector of the promoted dtype
     */
    public Vector maximum(Vector y) { return new Vector(op(MAXIMUM, y)); }
    /**
     * The larger of {@code this} and {@code y}, elementwise.
     * The Scalar {@code this} combines with every element of {@code y}.
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
     * @return a Scalar of the promoted dtype
     */
    public Scalar maximum(double y) { return new Scalar(op(MAXIMUM, y)); }

    /**
     * The smaller of {@code this} and {@code y}, elementwise.
     * @param y the right operand
     * @return a Scalar of the promoted dtype
     */
    public Scalar minimum(Scalar y) { return new Scalar(op(MINIMUM, y)); }
    /**
     * The smaller of {@code this} and {@code y}, elementwise.
     * The Scalar {@code this} combines with every element of {@code y}.
     * @param y the right operand
     * @return a Vector of the promoted dtype
     */
    public Vector minimum(Vector y) { return new Vector(op(MINIMUM, y)); }
    /**
     * The smaller of {@code this} and {@code y}, elementwise.
     * The Scalar {@code this} combines with every element of {@code y}.
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
     * @return a Scalar of the promoted dtype
     */
    public Scalar minimum(double y) { return new Scalar(op(MINIMUM, y)); }

    // ---- comparisons: bool

    /**
     * {@code this &gt; y}, elementwise.
     * @param y the right operand
     * @return a Scalar of bool
     */
    public Scalar gt(Scalar y) { return new Scalar(op(GT, y)); }
    /**
     * {@code this &gt; y}, elementwise.
     * The Scalar {@code this} combines with every element of {@code y}.
     * @param y the right operand
     * @return a Vector of bool
     */
    public Vector gt(Vector y) { return new Vector(op(GT, y)); }
    /**
     * {@code this &gt; y}, elementwise.
     * The Scalar {@code this} combines with every element of {@code y}.
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
     * @return a Scalar of bool
     */
    public Scalar gt(double y) { return new Scalar(op(GT, y)); }

    /**
     * {@code this &gt;= y}, elementwise.
     * @param y the right operand
     * @return a Scalar of bool
     */
    public Scalar ge(Scalar y) { return new Scalar(op(GE, y)); }
    /**
     * {@code this &gt;= y}, elementwise.
     * The Scalar {@code this} combines with every element of {@code y}.
     * @param y the right operand
     * @return a Vector of bool
     */
    public Vector ge(Vector y) { return new Vector(op(GE, y)); }
    /**
     * {@code this &gt;= y}, elementwise.
     * The Scalar {@code this} combines with every element of {@code y}.
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
     * @return a Scalar of bool
     */
    public Scalar ge(double y) { return new Scalar(op(GE, y)); }

    /**
     * {@code this &lt; y}, elementwise.
     * @param y the right operand
     * @return a Scalar of bool
     */
    public Scalar lt(Scalar y) { return new Scalar(op(LT, y)); }
    /**
     * {@code this &lt; y}, elementwise.
     * The Scalar {@code this} combines with every element of {@code y}.
     * @param y the right operand
     * @return a Vector of bool
     */
    public Vector lt(Vector y) { return new Vector(op(LT, y)); }
    /**
     * {@code this &lt; y}, elementwise.
     * The Scalar {@code this} combines with every element of {@code y}.
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
     * @return a Scalar of bool
     */
    public Scalar lt(double y) { return new Scalar(op(LT, y)); }

    /**
     * {@code this &lt;= y}, elementwise.
     * @param y the right operand
     * @return a Scalar of bool
     */
    public Scalar le(Scalar y) { return new Scalar(op(LE, y)); }
    /**
     * {@code this &lt;= y}, elementwise.
     * The Scalar {@code this} combines with every element of {@code y}.
     * @param y the right operand
     * @return a Vector of bool
     */
    public Vector le(Vector y) { return new Vector(op(LE, y)); }
    /**
     * {@code this &lt;= y}, elementwise.
     * The Scalar {@code this} combines with every element of {@code y}.
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
     * @return a Scalar of bool
     */
    public Scalar le(double y) { return new Scalar(op(LE, y)); }

    /**
     * {@code this == y}, elementwise.
     * @param y the right operand
     * @return a Scalar of bool
     */
    public Scalar eq(Scalar y) { return new Scalar(op(EQ, y)); }
    /**
     * {@code this == y}, elementwise.
     * The Scalar {@code this} combines with every element of {@code y}.
     * @param y the right operand
     * @return a Vector of bool
     */
    public Vector eq(Vector y) { return new Vector(op(EQ, y)); }
    /**
     * {@code this == y}, elementwise.
     * The Scalar {@code this} combines with every element of {@code y}.
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
     * @return a Scalar of bool
     */
    public Scalar eq(double y) { return new Scalar(op(EQ, y)); }

    /**
     * {@code this != y}, elementwise.
     * @param y the right operand
     * @return a Scalar of bool
     */
    public Scalar ne(Scalar y) { return new Scalar(op(NE, y)); }
    /**
     * {@code this != y}, elementwise.
     * The Scalar {@code this} combines with every element of {@code y}.
     * @param y the right operand
     * @return a Vector of bool
     */
    public Vector ne(Vector y) { return new Vector(op(NE, y)); }
    /**
     * {@code this != y}, elementwise.
     * The Scalar {@code this} combines with every element of {@code y}.
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
     * @return a Scalar of bool
     */
    public Scalar ne(double y) { return new Scalar(op(NE, y)); }

    // ---- elementwise math: neg, abs and square keep the dtype, the others give a float

    /**
     * The negation {@code -this}, Kotlin's unary minus operator, elementwise.
     * @return a Scalar of the same shape; keeps the dtype
     */
    public Scalar unaryMinus() { return new Scalar(unary(NEG)); }
    /**
     * The negation {@code -this}, elementwise.
     * @return a Scalar of the same shape; keeps the dtype
     */
    public Scalar neg() { return new Scalar(unary(NEG)); }
    /**
     * The absolute value {@code |this|}, elementwise.
     * @return a Scalar of the same shape; keeps the dtype
     */
    public Scalar abs() { return new Scalar(unary(ABS)); }
    /**
     * The square {@code this * this}, elementwise.
     * @return a Scalar of the same shape; keeps the dtype
     */
    public Scalar square() { return new Scalar(unary(SQUARE)); }
    /**
     * The square root of {@code this}, elementwise.
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public Scalar sqrt() { return new Scalar(unary(SQRT)); }
    /**
     * The exponential {@code e^this}, elementwise.
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public Scalar exp() { return new Scalar(unary(EXP)); }
    /**
     * {@code e^this - 1}, accurate near 0, elementwise.
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public Scalar expm1() { return new Scalar(unary(EXPM1)); }
    /**
     * The natural logarithm of {@code this}, elementwise.
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public Scalar log() { return new Scalar(unary(LOG)); }
    /**
     * {@code log(1 + this)}, accurate near 0, elementwise.
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public Scalar log1p() { return new Scalar(unary(LOG1P)); }
    /**
     * The logistic function {@code 1 / (1 + e^-this)}, elementwise.
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public Scalar sigmoid() { return new Scalar(unary(SIGMOID)); }
    /**
     * {@code log(1 + e^this)}, computed without overflow, elementwise.
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public Scalar softplus() { return new Scalar(unary(SOFTPLUS)); }
    /**
     * The hyperbolic tangent of {@code this}, elementwise.
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public Scalar tanh() { return new Scalar(unary(TANH)); }
    /**
     * The sine of {@code this}, elementwise.
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public Scalar sin() { return new Scalar(unary(SIN)); }
    /**
     * The cosine of {@code this}, elementwise.
     * @return a Scalar of the same shape; the float dtype of the operand (integers give float64)
     */
    public Scalar cos() { return new Scalar(unary(COS)); }

    // sign keeps the dtype, the rounding functions give a float and pass a zero gradient
    /**
     * The sign of each element: -1, 0 or 1 (NaN stays NaN), in the operand's dtype; it passes no gradient.
     * @return the result, a Scalar
     */
    public Scalar sign() { return new Scalar(unary(SIGN)); }
    /**
     * Rounded toward -inf, as a float; it passes a zero gradient.
     * @return the result, a Scalar
     */
    public Scalar floor() { return new Scalar(unary(FLOOR)); }
    /**
     * Rounded toward +inf, as a float; it passes a zero gradient.
     * @return the result, a Scalar
     */
    public Scalar ceil() { return new Scalar(unary(CEIL)); }
    /**
     * Rounded to the nearest integer, a half to the even one (as NumPy's round), as a float; it passes a
     * zero gradient.
     * @return the result, a Scalar
     */
    public Scalar round() { return new Scalar(unary(ROUND)); }
    /**
     * The error function {@code 2/sqrt(pi) * integral of exp(-t^2) from 0 to x}.
     * @return the result, a Scalar
     */
    public Scalar erf() { return new Scalar(unary(ERF)); }
    /**
     * The base-2 logarithm.
     * @return the result, a Scalar
     */
    public Scalar log2() { return new Scalar(unary(LOG2)); }
    /**
     * The base-10 logarithm.
     * @return the result, a Scalar
     */
    public Scalar log10() { return new Scalar(unary(LOG10)); }
    /**
     * {@code maximum(x, 0)}, the rectifier; its gradient at 0 is 1.
     * @return the result, a Scalar
     */
    public Scalar relu() { return new Scalar(GraphOps.relu(node)); }

    /**
     * This value converted to {@code dtype}; floats become integers by truncation toward zero.
     * @param dtype the dtype of the result
     * @return a Scalar of the same shape
     */
    public Scalar cast(DType dtype) { return new Scalar(GraphOps.cast(node, dtype)); }
}
