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

    public Scalar plus(Scalar y) { return new Scalar(op(ADD, y)); }
    public Vector plus(Vector y) { return new Vector(op(ADD, y)); }
    public Matrix plus(Matrix y) { return new Matrix(op(ADD, y)); }
    public Tensor plus(Tensor y) { return new Tensor(op(ADD, y)); }
    public Scalar plus(double y) { return new Scalar(op(ADD, y)); }

    public Scalar minus(Scalar y) { return new Scalar(op(SUB, y)); }
    public Vector minus(Vector y) { return new Vector(op(SUB, y)); }
    public Matrix minus(Matrix y) { return new Matrix(op(SUB, y)); }
    public Tensor minus(Tensor y) { return new Tensor(op(SUB, y)); }
    public Scalar minus(double y) { return new Scalar(op(SUB, y)); }

    public Scalar times(Scalar y) { return new Scalar(op(MUL, y)); }
    public Vector times(Vector y) { return new Vector(op(MUL, y)); }
    public Matrix times(Matrix y) { return new Matrix(op(MUL, y)); }
    public Tensor times(Tensor y) { return new Tensor(op(MUL, y)); }
    public Scalar times(double y) { return new Scalar(op(MUL, y)); }

    /** True division: integers give float64. */
    public Scalar div(Scalar y) { return new Scalar(op(DIV, y)); }
    public Vector div(Vector y) { return new Vector(op(DIV, y)); }
    public Matrix div(Matrix y) { return new Matrix(op(DIV, y)); }
    public Tensor div(Tensor y) { return new Tensor(op(DIV, y)); }
    public Scalar div(double y) { return new Scalar(op(DIV, y)); }

    /** Remainder with the sign of the dividend, as Java's {@code %}. */
    public Scalar rem(Scalar y) { return new Scalar(op(REM, y)); }
    public Vector rem(Vector y) { return new Vector(op(REM, y)); }
    public Matrix rem(Matrix y) { return new Matrix(op(REM, y)); }
    public Tensor rem(Tensor y) { return new Tensor(op(REM, y)); }
    public Scalar rem(double y) { return new Scalar(op(REM, y)); }

    /** Power, as {@code Math.pow}: always a float. */
    public Scalar pow(Scalar y) { return new Scalar(op(POW, y)); }
    public Vector pow(Vector y) { return new Vector(op(POW, y)); }
    public Matrix pow(Matrix y) { return new Matrix(op(POW, y)); }
    public Tensor pow(Tensor y) { return new Tensor(op(POW, y)); }
    public Scalar pow(double y) { return new Scalar(op(POW, y)); }

    public Scalar maximum(Scalar y) { return new Scalar(op(MAXIMUM, y)); }
    public Vector maximum(Vector y) { return new Vector(op(MAXIMUM, y)); }
    public Matrix maximum(Matrix y) { return new Matrix(op(MAXIMUM, y)); }
    public Tensor maximum(Tensor y) { return new Tensor(op(MAXIMUM, y)); }
    public Scalar maximum(double y) { return new Scalar(op(MAXIMUM, y)); }

    public Scalar minimum(Scalar y) { return new Scalar(op(MINIMUM, y)); }
    public Vector minimum(Vector y) { return new Vector(op(MINIMUM, y)); }
    public Matrix minimum(Matrix y) { return new Matrix(op(MINIMUM, y)); }
    public Tensor minimum(Tensor y) { return new Tensor(op(MINIMUM, y)); }
    public Scalar minimum(double y) { return new Scalar(op(MINIMUM, y)); }

    // ---- comparisons: bool

    public Scalar gt(Scalar y) { return new Scalar(op(GT, y)); }
    public Vector gt(Vector y) { return new Vector(op(GT, y)); }
    public Matrix gt(Matrix y) { return new Matrix(op(GT, y)); }
    public Tensor gt(Tensor y) { return new Tensor(op(GT, y)); }
    public Scalar gt(double y) { return new Scalar(op(GT, y)); }

    public Scalar ge(Scalar y) { return new Scalar(op(GE, y)); }
    public Vector ge(Vector y) { return new Vector(op(GE, y)); }
    public Matrix ge(Matrix y) { return new Matrix(op(GE, y)); }
    public Tensor ge(Tensor y) { return new Tensor(op(GE, y)); }
    public Scalar ge(double y) { return new Scalar(op(GE, y)); }

    public Scalar lt(Scalar y) { return new Scalar(op(LT, y)); }
    public Vector lt(Vector y) { return new Vector(op(LT, y)); }
    public Matrix lt(Matrix y) { return new Matrix(op(LT, y)); }
    public Tensor lt(Tensor y) { return new Tensor(op(LT, y)); }
    public Scalar lt(double y) { return new Scalar(op(LT, y)); }

    public Scalar le(Scalar y) { return new Scalar(op(LE, y)); }
    public Vector le(Vector y) { return new Vector(op(LE, y)); }
    public Matrix le(Matrix y) { return new Matrix(op(LE, y)); }
    public Tensor le(Tensor y) { return new Tensor(op(LE, y)); }
    public Scalar le(double y) { return new Scalar(op(LE, y)); }

    public Scalar eq(Scalar y) { return new Scalar(op(EQ, y)); }
    public Vector eq(Vector y) { return new Vector(op(EQ, y)); }
    public Matrix eq(Matrix y) { return new Matrix(op(EQ, y)); }
    public Tensor eq(Tensor y) { return new Tensor(op(EQ, y)); }
    public Scalar eq(double y) { return new Scalar(op(EQ, y)); }

    public Scalar ne(Scalar y) { return new Scalar(op(NE, y)); }
    public Vector ne(Vector y) { return new Vector(op(NE, y)); }
    public Matrix ne(Matrix y) { return new Matrix(op(NE, y)); }
    public Tensor ne(Tensor y) { return new Tensor(op(NE, y)); }
    public Scalar ne(double y) { return new Scalar(op(NE, y)); }

    // ---- elementwise math: neg, abs and square keep the dtype, the others give a float

    public Scalar unaryMinus() { return new Scalar(unary(NEG)); }
    public Scalar neg() { return new Scalar(unary(NEG)); }
    public Scalar abs() { return new Scalar(unary(ABS)); }
    public Scalar square() { return new Scalar(unary(SQUARE)); }
    public Scalar sqrt() { return new Scalar(unary(SQRT)); }
    public Scalar exp() { return new Scalar(unary(EXP)); }
    public Scalar expm1() { return new Scalar(unary(EXPM1)); }
    public Scalar log() { return new Scalar(unary(LOG)); }
    public Scalar log1p() { return new Scalar(unary(LOG1P)); }
    public Scalar sigmoid() { return new Scalar(unary(SIGMOID)); }
    public Scalar softplus() { return new Scalar(unary(SOFTPLUS)); }
    public Scalar tanh() { return new Scalar(unary(TANH)); }
    public Scalar sin() { return new Scalar(unary(SIN)); }
    public Scalar cos() { return new Scalar(unary(COS)); }

    // sign keeps the dtype, the rounding functions give a float and pass a zero gradient
    public Scalar sign() { return new Scalar(unary(SIGN)); }
    public Scalar floor() { return new Scalar(unary(FLOOR)); }
    public Scalar ceil() { return new Scalar(unary(CEIL)); }
    public Scalar round() { return new Scalar(unary(ROUND)); }
    public Scalar erf() { return new Scalar(unary(ERF)); }
    public Scalar log2() { return new Scalar(unary(LOG2)); }
    public Scalar log10() { return new Scalar(unary(LOG10)); }
    public Scalar relu() { return new Scalar(GraphOps.relu(node)); }

    /** This value converted to {@code dtype}; floats become integers by truncation toward zero. */
    public Scalar cast(DType dtype) { return new Scalar(GraphOps.cast(node, dtype)); }
}
