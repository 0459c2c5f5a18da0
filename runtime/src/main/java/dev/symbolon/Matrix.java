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

    public Matrix plus(Scalar y) { return new Matrix(op(ADD, y)); }
    public Matrix plus(Vector y) { return new Matrix(op(ADD, y)); }
    public Matrix plus(Matrix y) { return new Matrix(op(ADD, y)); }
    public Tensor plus(Tensor y) { return new Tensor(op(ADD, y)); }
    public Matrix plus(double y) { return new Matrix(op(ADD, y)); }

    public Matrix minus(Scalar y) { return new Matrix(op(SUB, y)); }
    public Matrix minus(Vector y) { return new Matrix(op(SUB, y)); }
    public Matrix minus(Matrix y) { return new Matrix(op(SUB, y)); }
    public Tensor minus(Tensor y) { return new Tensor(op(SUB, y)); }
    public Matrix minus(double y) { return new Matrix(op(SUB, y)); }

    public Matrix times(Scalar y) { return new Matrix(op(MUL, y)); }
    public Matrix times(Vector y) { return new Matrix(op(MUL, y)); }
    public Matrix times(Matrix y) { return new Matrix(op(MUL, y)); }
    public Tensor times(Tensor y) { return new Tensor(op(MUL, y)); }
    public Matrix times(double y) { return new Matrix(op(MUL, y)); }

    /** True division: integers give float64. */
    public Matrix div(Scalar y) { return new Matrix(op(DIV, y)); }
    public Matrix div(Vector y) { return new Matrix(op(DIV, y)); }
    public Matrix div(Matrix y) { return new Matrix(op(DIV, y)); }
    public Tensor div(Tensor y) { return new Tensor(op(DIV, y)); }
    public Matrix div(double y) { return new Matrix(op(DIV, y)); }

    /** Remainder with the sign of the dividend, as Java's {@code %}. */
    public Matrix rem(Scalar y) { return new Matrix(op(REM, y)); }
    public Matrix rem(Vector y) { return new Matrix(op(REM, y)); }
    public Matrix rem(Matrix y) { return new Matrix(op(REM, y)); }
    public Tensor rem(Tensor y) { return new Tensor(op(REM, y)); }
    public Matrix rem(double y) { return new Matrix(op(REM, y)); }

    /** Power, as {@code Math.pow}: always a float. */
    public Matrix pow(Scalar y) { return new Matrix(op(POW, y)); }
    public Matrix pow(Vector y) { return new Matrix(op(POW, y)); }
    public Matrix pow(Matrix y) { return new Matrix(op(POW, y)); }
    public Tensor pow(Tensor y) { return new Tensor(op(POW, y)); }
    public Matrix pow(double y) { return new Matrix(op(POW, y)); }

    public Matrix maximum(Scalar y) { return new Matrix(op(MAXIMUM, y)); }
    public Matrix maximum(Vector y) { return new Matrix(op(MAXIMUM, y)); }
    public Matrix maximum(Matrix y) { return new Matrix(op(MAXIMUM, y)); }
    public Tensor maximum(Tensor y) { return new Tensor(op(MAXIMUM, y)); }
    public Matrix maximum(double y) { return new Matrix(op(MAXIMUM, y)); }

    public Matrix minimum(Scalar y) { return new Matrix(op(MINIMUM, y)); }
    public Matrix minimum(Vector y) { return new Matrix(op(MINIMUM, y)); }
    public Matrix minimum(Matrix y) { return new Matrix(op(MINIMUM, y)); }
    public Tensor minimum(Tensor y) { return new Tensor(op(MINIMUM, y)); }
    public Matrix minimum(double y) { return new Matrix(op(MINIMUM, y)); }

    // ---- comparisons: bool

    public Matrix gt(Scalar y) { return new Matrix(op(GT, y)); }
    public Matrix gt(Vector y) { return new Matrix(op(GT, y)); }
    public Matrix gt(Matrix y) { return new Matrix(op(GT, y)); }
    public Tensor gt(Tensor y) { return new Tensor(op(GT, y)); }
    public Matrix gt(double y) { return new Matrix(op(GT, y)); }

    public Matrix ge(Scalar y) { return new Matrix(op(GE, y)); }
    public Matrix ge(Vector y) { return new Matrix(op(GE, y)); }
    public Matrix ge(Matrix y) { return new Matrix(op(GE, y)); }
    public Tensor ge(Tensor y) { return new Tensor(op(GE, y)); }
    public Matrix ge(double y) { return new Matrix(op(GE, y)); }

    public Matrix lt(Scalar y) { return new Matrix(op(LT, y)); }
    public Matrix lt(Vector y) { return new Matrix(op(LT, y)); }
    public Matrix lt(Matrix y) { return new Matrix(op(LT, y)); }
    public Tensor lt(Tensor y) { return new Tensor(op(LT, y)); }
    public Matrix lt(double y) { return new Matrix(op(LT, y)); }

    public Matrix le(Scalar y) { return new Matrix(op(LE, y)); }
    public Matrix le(Vector y) { return new Matrix(op(LE, y)); }
    public Matrix le(Matrix y) { return new Matrix(op(LE, y)); }
    public Tensor le(Tensor y) { return new Tensor(op(LE, y)); }
    public Matrix le(double y) { return new Matrix(op(LE, y)); }

    public Matrix eq(Scalar y) { return new Matrix(op(EQ, y)); }
    public Matrix eq(Vector y) { return new Matrix(op(EQ, y)); }
    public Matrix eq(Matrix y) { return new Matrix(op(EQ, y)); }
    public Tensor eq(Tensor y) { return new Tensor(op(EQ, y)); }
    public Matrix eq(double y) { return new Matrix(op(EQ, y)); }

    public Matrix ne(Scalar y) { return new Matrix(op(NE, y)); }
    public Matrix ne(Vector y) { return new Matrix(op(NE, y)); }
    public Matrix ne(Matrix y) { return new Matrix(op(NE, y)); }
    public Tensor ne(Tensor y) { return new Tensor(op(NE, y)); }
    public Matrix ne(double y) { return new Matrix(op(NE, y)); }

    // ---- elementwise math: neg, abs and square keep the dtype, the others give a float

    public Matrix unaryMinus() { return new Matrix(unary(NEG)); }
    public Matrix neg() { return new Matrix(unary(NEG)); }
    public Matrix abs() { return new Matrix(unary(ABS)); }
    public Matrix square() { return new Matrix(unary(SQUARE)); }
    public Matrix sqrt() { return new Matrix(unary(SQRT)); }
    public Matrix exp() { return new Matrix(unary(EXP)); }
    public Matrix expm1() { return new Matrix(unary(EXPM1)); }
    public Matrix log() { return new Matrix(unary(LOG)); }
    public Matrix log1p() { return new Matrix(unary(LOG1P)); }
    public Matrix sigmoid() { return new Matrix(unary(SIGMOID)); }
    public Matrix softplus() { return new Matrix(unary(SOFTPLUS)); }
    public Matrix tanh() { return new Matrix(unary(TANH)); }
    public Matrix sin() { return new Matrix(unary(SIN)); }
    public Matrix cos() { return new Matrix(unary(COS)); }

    // sign keeps the dtype, the rounding functions give a float and pass a zero gradient
    public Matrix sign() { return new Matrix(unary(SIGN)); }
    public Matrix floor() { return new Matrix(unary(FLOOR)); }
    public Matrix ceil() { return new Matrix(unary(CEIL)); }
    public Matrix round() { return new Matrix(unary(ROUND)); }
    public Matrix erf() { return new Matrix(unary(ERF)); }
    public Matrix log2() { return new Matrix(unary(LOG2)); }
    public Matrix log10() { return new Matrix(unary(LOG10)); }
    public Matrix relu() { return new Matrix(GraphOps.relu(node)); }

    /** This value converted to {@code dtype}; floats become integers by truncation toward zero. */
    public Matrix cast(DType dtype) { return new Matrix(GraphOps.cast(node, dtype)); }

    // ---- reductions along one axis (0: down the columns, 1 or -1: along the rows): a Vector
    // (dtypes as for sum(), mean(), max() and min(); argmax gives int64)

    public Vector sum(int axis) { return new Vector(reduce(SUM, axis)); }
    public Vector mean(int axis) { return new Vector(reduce(MEAN, axis)); }
    public Vector max(int axis) { return new Vector(reduce(MAX, axis)); }
    public Vector min(int axis) { return new Vector(reduce(MIN, axis)); }
    public Vector argmax(int axis) { return new Vector(reduce(ARGMAX, axis)); }

    // prod, argmin (int64), var, std and logSumExp along the axis; cumsum keeps the shape
    public Vector prod(int axis) { return new Vector(GraphOps.reduce(PROD, node, false, axis)); }
    public Vector argmin(int axis) { return new Vector(GraphOps.reduce(ARGMIN, node, false, axis)); }
    public Vector var(int axis) { return new Vector(GraphOps.var(node, axis)); }
    public Vector std(int axis) { return new Vector(GraphOps.std(node, axis)); }
    public Vector logSumExp(int axis) { return new Vector(GraphOps.logSumExp(node, axis)); }
    public Matrix cumsum(int axis) { return new Matrix(GraphOps.cumsum(node, axis)); }

    // ---- products, transpose and softmax

    /** The matrix-vector product, a Vector with one element per row, of the promoted dtype. */
    public Vector dot(Vector y) { return new Vector(GraphOps.dot(node, y.node)); }

    /** The matrix product, of the promoted dtype. */
    public Matrix dot(Matrix y) { return new Matrix(GraphOps.dot(node, y.node)); }

    /** The transpose, as NumPy's {@code .T}. */
    public Matrix T() { return transpose(); }

    public Matrix transpose() { return new Matrix(GraphOps.transpose(node)); }

    /** Softmax of each row, in the float dtype of this value. */
    public Matrix softmax() { return new Matrix(GraphOps.softmax(SOFTMAX, node)); }

    /** The log of {@link #softmax()} of each row, computed stably. */
    public Matrix logSoftmax() { return new Matrix(GraphOps.softmax(LOG_SOFTMAX, node)); }

    // ---- indexing

    /** The entry at {@code i} along the first axis (negative counts from the end), as NumPy's {@code x[i]}. */
    public Vector get(int i) { return new Vector(IndexingOps.get(node, GraphOps.constant(i, DType.INT64))); }
    public Vector get(Scalar i) { return new Vector(IndexingOps.get(node, i.node)); }

    /** NumPy's {@code take}: the entries at integer {@code indices} along {@code axis}, which the indices' dimensions replace. */
    public Vector take(Scalar indices, int axis) { return new Vector(IndexingOps.take(node, indices.node, axis)); }
    public Matrix take(Vector indices, int axis) { return new Matrix(IndexingOps.take(node, indices.node, axis)); }
    public Tensor take(Matrix indices, int axis) { return new Tensor(IndexingOps.take(node, indices.node, axis)); }
    public Tensor take(Tensor indices, int axis) { return new Tensor(IndexingOps.take(node, indices.node, axis)); }

    /** NumPy's {@code take_along_axis}: integer indices of this rank pick along {@code axis}. */
    public Matrix takeAlongAxis(Matrix indices, int axis) { return new Matrix(IndexingOps.takeAlongAxis(node, indices.node, axis)); }

    /** NumPy's {@code x[start:stop]} along {@code axis}; negative bounds count from the end, and bounds clamp. */
    public Matrix slice(int axis, int start, int stop) { return new Matrix(IndexingOps.slice(node, axis, start, stop)); }

    /** NumPy's {@code matmul}: this matrix times each matrix of a batch, {@code (m, k)} by {@code (b, k, n)} giving {@code (b, m, n)}. */
    public Tensor dot(Tensor y) { return new Tensor(LinearAlgebraOps.dot(node, y.node)); }
}
