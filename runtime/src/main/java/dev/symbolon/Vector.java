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

    public Vector plus(Scalar y) { return new Vector(op(ADD, y)); }
    public Vector plus(Vector y) { return new Vector(op(ADD, y)); }
    public Matrix plus(Matrix y) { return new Matrix(op(ADD, y)); }
    public Tensor plus(Tensor y) { return new Tensor(op(ADD, y)); }
    public Vector plus(double y) { return new Vector(op(ADD, y)); }

    public Vector minus(Scalar y) { return new Vector(op(SUB, y)); }
    public Vector minus(Vector y) { return new Vector(op(SUB, y)); }
    public Matrix minus(Matrix y) { return new Matrix(op(SUB, y)); }
    public Tensor minus(Tensor y) { return new Tensor(op(SUB, y)); }
    public Vector minus(double y) { return new Vector(op(SUB, y)); }

    public Vector times(Scalar y) { return new Vector(op(MUL, y)); }
    public Vector times(Vector y) { return new Vector(op(MUL, y)); }
    public Matrix times(Matrix y) { return new Matrix(op(MUL, y)); }
    public Tensor times(Tensor y) { return new Tensor(op(MUL, y)); }
    public Vector times(double y) { return new Vector(op(MUL, y)); }

    /** True division: integers give float64. */
    public Vector div(Scalar y) { return new Vector(op(DIV, y)); }
    public Vector div(Vector y) { return new Vector(op(DIV, y)); }
    public Matrix div(Matrix y) { return new Matrix(op(DIV, y)); }
    public Tensor div(Tensor y) { return new Tensor(op(DIV, y)); }
    public Vector div(double y) { return new Vector(op(DIV, y)); }

    /** Remainder with the sign of the dividend, as Java's {@code %}. */
    public Vector rem(Scalar y) { return new Vector(op(REM, y)); }
    public Vector rem(Vector y) { return new Vector(op(REM, y)); }
    public Matrix rem(Matrix y) { return new Matrix(op(REM, y)); }
    public Tensor rem(Tensor y) { return new Tensor(op(REM, y)); }
    public Vector rem(double y) { return new Vector(op(REM, y)); }

    /** Power, as {@code Math.pow}: always a float. */
    public Vector pow(Scalar y) { return new Vector(op(POW, y)); }
    public Vector pow(Vector y) { return new Vector(op(POW, y)); }
    public Matrix pow(Matrix y) { return new Matrix(op(POW, y)); }
    public Tensor pow(Tensor y) { return new Tensor(op(POW, y)); }
    public Vector pow(double y) { return new Vector(op(POW, y)); }

    public Vector maximum(Scalar y) { return new Vector(op(MAXIMUM, y)); }
    public Vector maximum(Vector y) { return new Vector(op(MAXIMUM, y)); }
    public Matrix maximum(Matrix y) { return new Matrix(op(MAXIMUM, y)); }
    public Tensor maximum(Tensor y) { return new Tensor(op(MAXIMUM, y)); }
    public Vector maximum(double y) { return new Vector(op(MAXIMUM, y)); }

    public Vector minimum(Scalar y) { return new Vector(op(MINIMUM, y)); }
    public Vector minimum(Vector y) { return new Vector(op(MINIMUM, y)); }
    public Matrix minimum(Matrix y) { return new Matrix(op(MINIMUM, y)); }
    public Tensor minimum(Tensor y) { return new Tensor(op(MINIMUM, y)); }
    public Vector minimum(double y) { return new Vector(op(MINIMUM, y)); }

    // ---- comparisons: bool

    public Vector gt(Scalar y) { return new Vector(op(GT, y)); }
    public Vector gt(Vector y) { return new Vector(op(GT, y)); }
    public Matrix gt(Matrix y) { return new Matrix(op(GT, y)); }
    public Tensor gt(Tensor y) { return new Tensor(op(GT, y)); }
    public Vector gt(double y) { return new Vector(op(GT, y)); }

    public Vector ge(Scalar y) { return new Vector(op(GE, y)); }
    public Vector ge(Vector y) { return new Vector(op(GE, y)); }
    public Matrix ge(Matrix y) { return new Matrix(op(GE, y)); }
    public Tensor ge(Tensor y) { return new Tensor(op(GE, y)); }
    public Vector ge(double y) { return new Vector(op(GE, y)); }

    public Vector lt(Scalar y) { return new Vector(op(LT, y)); }
    public Vector lt(Vector y) { return new Vector(op(LT, y)); }
    public Matrix lt(Matrix y) { return new Matrix(op(LT, y)); }
    public Tensor lt(Tensor y) { return new Tensor(op(LT, y)); }
    public Vector lt(double y) { return new Vector(op(LT, y)); }

    public Vector le(Scalar y) { return new Vector(op(LE, y)); }
    public Vector le(Vector y) { return new Vector(op(LE, y)); }
    public Matrix le(Matrix y) { return new Matrix(op(LE, y)); }
    public Tensor le(Tensor y) { return new Tensor(op(LE, y)); }
    public Vector le(double y) { return new Vector(op(LE, y)); }

    public Vector eq(Scalar y) { return new Vector(op(EQ, y)); }
    public Vector eq(Vector y) { return new Vector(op(EQ, y)); }
    public Matrix eq(Matrix y) { return new Matrix(op(EQ, y)); }
    public Tensor eq(Tensor y) { return new Tensor(op(EQ, y)); }
    public Vector eq(double y) { return new Vector(op(EQ, y)); }

    public Vector ne(Scalar y) { return new Vector(op(NE, y)); }
    public Vector ne(Vector y) { return new Vector(op(NE, y)); }
    public Matrix ne(Matrix y) { return new Matrix(op(NE, y)); }
    public Tensor ne(Tensor y) { return new Tensor(op(NE, y)); }
    public Vector ne(double y) { return new Vector(op(NE, y)); }

    // ---- elementwise math: neg, abs and square keep the dtype, the others give a float

    public Vector unaryMinus() { return new Vector(unary(NEG)); }
    public Vector neg() { return new Vector(unary(NEG)); }
    public Vector abs() { return new Vector(unary(ABS)); }
    public Vector square() { return new Vector(unary(SQUARE)); }
    public Vector sqrt() { return new Vector(unary(SQRT)); }
    public Vector exp() { return new Vector(unary(EXP)); }
    public Vector expm1() { return new Vector(unary(EXPM1)); }
    public Vector log() { return new Vector(unary(LOG)); }
    public Vector log1p() { return new Vector(unary(LOG1P)); }
    public Vector sigmoid() { return new Vector(unary(SIGMOID)); }
    public Vector softplus() { return new Vector(unary(SOFTPLUS)); }
    public Vector tanh() { return new Vector(unary(TANH)); }
    public Vector sin() { return new Vector(unary(SIN)); }
    public Vector cos() { return new Vector(unary(COS)); }

    // sign keeps the dtype, the rounding functions give a float and pass a zero gradient
    public Vector sign() { return new Vector(unary(SIGN)); }
    public Vector floor() { return new Vector(unary(FLOOR)); }
    public Vector ceil() { return new Vector(unary(CEIL)); }
    public Vector round() { return new Vector(unary(ROUND)); }
    public Vector erf() { return new Vector(unary(ERF)); }
    public Vector log2() { return new Vector(unary(LOG2)); }
    public Vector log10() { return new Vector(unary(LOG10)); }
    public Vector relu() { return new Vector(GraphOps.relu(node)); }

    /** This value converted to {@code dtype}; floats become integers by truncation toward zero. */
    public Vector cast(DType dtype) { return new Vector(GraphOps.cast(node, dtype)); }

    // ---- reductions along the only axis: a Scalar (dtypes as for sum(), mean(), max() and min())

    public Scalar sum(int axis) { return new Scalar(reduce(SUM, axis)); }
    public Scalar mean(int axis) { return new Scalar(reduce(MEAN, axis)); }
    public Scalar max(int axis) { return new Scalar(reduce(MAX, axis)); }
    public Scalar min(int axis) { return new Scalar(reduce(MIN, axis)); }
    public Scalar argmax(int axis) { return new Scalar(reduce(ARGMAX, axis)); }

    // prod, argmin (int64), var, std and logSumExp along the axis; cumsum keeps the shape
    public Scalar prod(int axis) { return new Scalar(GraphOps.reduce(PROD, node, false, axis)); }
    public Scalar argmin(int axis) { return new Scalar(GraphOps.reduce(ARGMIN, node, false, axis)); }
    public Scalar var(int axis) { return new Scalar(GraphOps.var(node, axis)); }
    public Scalar std(int axis) { return new Scalar(GraphOps.std(node, axis)); }
    public Scalar logSumExp(int axis) { return new Scalar(GraphOps.logSumExp(node, axis)); }
    public Vector cumsum(int axis) { return new Vector(GraphOps.cumsum(node, axis)); }

    // ---- products and softmax

    /** The inner product, a Scalar of the promoted dtype. */
    public Scalar dot(Vector y) { return new Scalar(GraphOps.dot(node, y.node)); }

    /** This row vector times {@code y}: a Vector with one element per column of {@code y}. */
    public Vector dot(Matrix y) { return new Vector(GraphOps.dot(node, y.node)); }

    /** The outer product {@code this[i] * y[j]}, a Matrix of the promoted dtype. */
    public Matrix outer(Vector y) { return new Matrix(GraphOps.outer(node, y.node)); }

    /** {@code exp(x - max x) / sum(exp(x - max x))}, in the float dtype of this value. */
    public Vector softmax() { return new Vector(GraphOps.softmax(SOFTMAX, node)); }

    /** The log of {@link #softmax()}, computed stably as {@code x - logsumexp(x)}. */
    public Vector logSoftmax() { return new Vector(GraphOps.softmax(LOG_SOFTMAX, node)); }

    // ---- indexing

    /** The entry at {@code i} along the first axis (negative counts from the end), as NumPy's {@code x[i]}. */
    public Scalar get(int i) { return new Scalar(IndexingOps.get(node, GraphOps.constant(i, DType.INT64))); }
    public Scalar get(Scalar i) { return new Scalar(IndexingOps.get(node, i.node)); }

    /** NumPy's {@code take}: the entries at integer {@code indices} along {@code axis}, which the indices' dimensions replace. */
    public Scalar take(Scalar indices, int axis) { return new Scalar(IndexingOps.take(node, indices.node, axis)); }
    public Vector take(Vector indices, int axis) { return new Vector(IndexingOps.take(node, indices.node, axis)); }
    public Matrix take(Matrix indices, int axis) { return new Matrix(IndexingOps.take(node, indices.node, axis)); }
    public Tensor take(Tensor indices, int axis) { return new Tensor(IndexingOps.take(node, indices.node, axis)); }

    /** NumPy's {@code take_along_axis}: integer indices of this rank pick along {@code axis}. */
    public Vector takeAlongAxis(Vector indices, int axis) { return new Vector(IndexingOps.takeAlongAxis(node, indices.node, axis)); }

    /** NumPy's {@code x[start:stop]} along {@code axis}; negative bounds count from the end, and bounds clamp. */
    public Vector slice(int axis, int start, int stop) { return new Vector(IndexingOps.slice(node, axis, start, stop)); }
}
