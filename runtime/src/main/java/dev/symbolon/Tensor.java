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

    public int rank() {
        return node.rank();
    }

    // ---- arithmetic

    public Tensor plus(Scalar y) { return new Tensor(op(ADD, y)); }
    public Tensor plus(Vector y) { return new Tensor(op(ADD, y)); }
    public Tensor plus(Matrix y) { return new Tensor(op(ADD, y)); }
    public Tensor plus(Tensor y) { return new Tensor(op(ADD, y)); }
    public Tensor plus(double y) { return new Tensor(op(ADD, y)); }

    public Tensor minus(Scalar y) { return new Tensor(op(SUB, y)); }
    public Tensor minus(Vector y) { return new Tensor(op(SUB, y)); }
    public Tensor minus(Matrix y) { return new Tensor(op(SUB, y)); }
    public Tensor minus(Tensor y) { return new Tensor(op(SUB, y)); }
    public Tensor minus(double y) { return new Tensor(op(SUB, y)); }

    public Tensor times(Scalar y) { return new Tensor(op(MUL, y)); }
    public Tensor times(Vector y) { return new Tensor(op(MUL, y)); }
    public Tensor times(Matrix y) { return new Tensor(op(MUL, y)); }
    public Tensor times(Tensor y) { return new Tensor(op(MUL, y)); }
    public Tensor times(double y) { return new Tensor(op(MUL, y)); }

    /** True division: integers give float64. */
    public Tensor div(Scalar y) { return new Tensor(op(DIV, y)); }
    public Tensor div(Vector y) { return new Tensor(op(DIV, y)); }
    public Tensor div(Matrix y) { return new Tensor(op(DIV, y)); }
    public Tensor div(Tensor y) { return new Tensor(op(DIV, y)); }
    public Tensor div(double y) { return new Tensor(op(DIV, y)); }

    /** Remainder with the sign of the dividend, as Java's {@code %}. */
    public Tensor rem(Scalar y) { return new Tensor(op(REM, y)); }
    public Tensor rem(Vector y) { return new Tensor(op(REM, y)); }
    public Tensor rem(Matrix y) { return new Tensor(op(REM, y)); }
    public Tensor rem(Tensor y) { return new Tensor(op(REM, y)); }
    public Tensor rem(double y) { return new Tensor(op(REM, y)); }

    /** Power, as {@code Math.pow}: always a float. */
    public Tensor pow(Scalar y) { return new Tensor(op(POW, y)); }
    public Tensor pow(Vector y) { return new Tensor(op(POW, y)); }
    public Tensor pow(Matrix y) { return new Tensor(op(POW, y)); }
    public Tensor pow(Tensor y) { return new Tensor(op(POW, y)); }
    public Tensor pow(double y) { return new Tensor(op(POW, y)); }

    public Tensor maximum(Scalar y) { return new Tensor(op(MAXIMUM, y)); }
    public Tensor maximum(Vector y) { return new Tensor(op(MAXIMUM, y)); }
    public Tensor maximum(Matrix y) { return new Tensor(op(MAXIMUM, y)); }
    public Tensor maximum(Tensor y) { return new Tensor(op(MAXIMUM, y)); }
    public Tensor maximum(double y) { return new Tensor(op(MAXIMUM, y)); }

    public Tensor minimum(Scalar y) { return new Tensor(op(MINIMUM, y)); }
    public Tensor minimum(Vector y) { return new Tensor(op(MINIMUM, y)); }
    public Tensor minimum(Matrix y) { return new Tensor(op(MINIMUM, y)); }
    public Tensor minimum(Tensor y) { return new Tensor(op(MINIMUM, y)); }
    public Tensor minimum(double y) { return new Tensor(op(MINIMUM, y)); }

    // ---- comparisons: bool

    public Tensor gt(Scalar y) { return new Tensor(op(GT, y)); }
    public Tensor gt(Vector y) { return new Tensor(op(GT, y)); }
    public Tensor gt(Matrix y) { return new Tensor(op(GT, y)); }
    public Tensor gt(Tensor y) { return new Tensor(op(GT, y)); }
    public Tensor gt(double y) { return new Tensor(op(GT, y)); }

    public Tensor ge(Scalar y) { return new Tensor(op(GE, y)); }
    public Tensor ge(Vector y) { return new Tensor(op(GE, y)); }
    public Tensor ge(Matrix y) { return new Tensor(op(GE, y)); }
    public Tensor ge(Tensor y) { return new Tensor(op(GE, y)); }
    public Tensor ge(double y) { return new Tensor(op(GE, y)); }

    public Tensor lt(Scalar y) { return new Tensor(op(LT, y)); }
    public Tensor lt(Vector y) { return new Tensor(op(LT, y)); }
    public Tensor lt(Matrix y) { return new Tensor(op(LT, y)); }
    public Tensor lt(Tensor y) { return new Tensor(op(LT, y)); }
    public Tensor lt(double y) { return new Tensor(op(LT, y)); }

    public Tensor le(Scalar y) { return new Tensor(op(LE, y)); }
    public Tensor le(Vector y) { return new Tensor(op(LE, y)); }
    public Tensor le(Matrix y) { return new Tensor(op(LE, y)); }
    public Tensor le(Tensor y) { return new Tensor(op(LE, y)); }
    public Tensor le(double y) { return new Tensor(op(LE, y)); }

    public Tensor eq(Scalar y) { return new Tensor(op(EQ, y)); }
    public Tensor eq(Vector y) { return new Tensor(op(EQ, y)); }
    public Tensor eq(Matrix y) { return new Tensor(op(EQ, y)); }
    public Tensor eq(Tensor y) { return new Tensor(op(EQ, y)); }
    public Tensor eq(double y) { return new Tensor(op(EQ, y)); }

    public Tensor ne(Scalar y) { return new Tensor(op(NE, y)); }
    public Tensor ne(Vector y) { return new Tensor(op(NE, y)); }
    public Tensor ne(Matrix y) { return new Tensor(op(NE, y)); }
    public Tensor ne(Tensor y) { return new Tensor(op(NE, y)); }
    public Tensor ne(double y) { return new Tensor(op(NE, y)); }

    // ---- elementwise math: neg, abs and square keep the dtype, the others give a float

    public Tensor unaryMinus() { return new Tensor(unary(NEG)); }
    public Tensor neg() { return new Tensor(unary(NEG)); }
    public Tensor abs() { return new Tensor(unary(ABS)); }
    public Tensor square() { return new Tensor(unary(SQUARE)); }
    public Tensor sqrt() { return new Tensor(unary(SQRT)); }
    public Tensor exp() { return new Tensor(unary(EXP)); }
    public Tensor expm1() { return new Tensor(unary(EXPM1)); }
    public Tensor log() { return new Tensor(unary(LOG)); }
    public Tensor log1p() { return new Tensor(unary(LOG1P)); }
    public Tensor sigmoid() { return new Tensor(unary(SIGMOID)); }
    public Tensor softplus() { return new Tensor(unary(SOFTPLUS)); }
    public Tensor tanh() { return new Tensor(unary(TANH)); }
    public Tensor sin() { return new Tensor(unary(SIN)); }
    public Tensor cos() { return new Tensor(unary(COS)); }

    // sign keeps the dtype, the rounding functions give a float and pass a zero gradient
    public Tensor sign() { return new Tensor(unary(SIGN)); }
    public Tensor floor() { return new Tensor(unary(FLOOR)); }
    public Tensor ceil() { return new Tensor(unary(CEIL)); }
    public Tensor round() { return new Tensor(unary(ROUND)); }
    public Tensor erf() { return new Tensor(unary(ERF)); }
    public Tensor log2() { return new Tensor(unary(LOG2)); }
    public Tensor log10() { return new Tensor(unary(LOG10)); }
    public Tensor relu() { return new Tensor(GraphOps.relu(node)); }

    /** This value converted to {@code dtype}; floats become integers by truncation toward zero. */
    public Tensor cast(DType dtype) { return new Tensor(GraphOps.cast(node, dtype)); }

    // ---- reductions along one axis (negative counts from the end): one rank less
    // (dtypes as for sum(), mean(), max() and min(); argmax gives int64)

    public Tensor sum(int axis) { return new Tensor(reduce(SUM, axis)); }
    public Tensor mean(int axis) { return new Tensor(reduce(MEAN, axis)); }
    public Tensor max(int axis) { return new Tensor(reduce(MAX, axis)); }
    public Tensor min(int axis) { return new Tensor(reduce(MIN, axis)); }
    public Tensor argmax(int axis) { return new Tensor(reduce(ARGMAX, axis)); }

    // prod, argmin (int64), var, std and logSumExp along the axis; cumsum keeps the shape
    public Tensor prod(int axis) { return new Tensor(GraphOps.reduce(PROD, node, false, axis)); }
    public Tensor argmin(int axis) { return new Tensor(GraphOps.reduce(ARGMIN, node, false, axis)); }
    public Tensor var(int axis) { return new Tensor(GraphOps.var(node, axis)); }
    public Tensor std(int axis) { return new Tensor(GraphOps.std(node, axis)); }
    public Tensor logSumExp(int axis) { return new Tensor(GraphOps.logSumExp(node, axis)); }
    public Tensor cumsum(int axis) { return new Tensor(GraphOps.cumsum(node, axis)); }

    // ---- transpose and softmax

    /** The dimensions reversed, as NumPy's {@code .T}. */
    public Tensor T() { return transpose(); }

    public Tensor transpose() { return new Tensor(GraphOps.transpose(node)); }

    /** The dimensions permuted: dimension i of the result is dimension {@code permutation[i]} of this. */
    public Tensor transpose(int... permutation) { return new Tensor(GraphOps.transpose(node, permutation)); }

    /** Softmax along the last axis, in the float dtype of this value. */
    public Tensor softmax() { return new Tensor(GraphOps.softmax(SOFTMAX, node)); }

    /** The log of {@link #softmax()}, computed stably. */
    public Tensor logSoftmax() { return new Tensor(GraphOps.softmax(LOG_SOFTMAX, node)); }

    // ---- indexing

    /** The entry at {@code i} along the first axis (negative counts from the end), as NumPy's {@code x[i]}. */
    public Tensor get(int i) { return new Tensor(IndexingOps.get(node, GraphOps.constant(i, DType.INT64))); }
    public Tensor get(Scalar i) { return new Tensor(IndexingOps.get(node, i.node)); }

    /** NumPy's {@code take}: the entries at integer {@code indices} along {@code axis}, which the indices' dimensions replace. */
    public Tensor take(Scalar indices, int axis) { return new Tensor(IndexingOps.take(node, indices.node, axis)); }
    public Tensor take(Vector indices, int axis) { return new Tensor(IndexingOps.take(node, indices.node, axis)); }
    public Tensor take(Matrix indices, int axis) { return new Tensor(IndexingOps.take(node, indices.node, axis)); }
    public Tensor take(Tensor indices, int axis) { return new Tensor(IndexingOps.take(node, indices.node, axis)); }

    /** NumPy's {@code take_along_axis}: integer indices of this rank pick along {@code axis}. */
    public Tensor takeAlongAxis(Tensor indices, int axis) { return new Tensor(IndexingOps.takeAlongAxis(node, indices.node, axis)); }

    /** NumPy's {@code x[start:stop]} along {@code axis}; negative bounds count from the end, and bounds clamp. */
    public Tensor slice(int axis, int start, int stop) { return new Tensor(IndexingOps.slice(node, axis, start, stop)); }

    /**
     * NumPy's {@code matmul} of a rank-3 batch: {@code (b, m, k)} by {@code (b, k, n)} gives {@code (b, m, n)},
     * and a Matrix {@code (k, n)} multiplies each matrix of the batch.
     */
    public Tensor dot(Tensor y) { return new Tensor(LinearAlgebraOps.dot(node, y.node)); }
    public Tensor dot(Matrix y) { return new Tensor(LinearAlgebraOps.dot(node, y.node)); }
}
