package dev.symbolon;

import dev.symbolon.internal.access.Internals;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import org.jspecify.annotations.Nullable;

/**
 * A symbolic value: a thin handle on one graph {@link Node}. Every method builds a node through
 * {@link GraphOps}, which checks types and applies NumPy's dtype promotion; since nodes are
 * hash-consed, building the same expression twice gives the same node, and two handles are equal
 * when their nodes are the same.
 *
 * <p>The handle's class is the rank of its result: {@link Scalar} (0), {@link Vector} (1),
 * {@link Matrix} (2), or {@link Tensor} for any rank given at run time.
 */
public abstract sealed class SymbolicValue permits Scalar, Vector, Matrix, Tensor {
    final Node node;

    static {
        Internals.register(new HandleInternals());
    }

    SymbolicValue(Node node) {
        this.node = node;
    }

    /** The handle class for {@code node}'s rank: Scalar, Vector, Matrix, or else Tensor. */
    static SymbolicValue of(Node node) {
        return switch (node.rank()) {
            case 0 -> new Scalar(node);
            case 1 -> new Vector(node);
            case 2 -> new Matrix(node);
            default -> new Tensor(node);
        };
    }

    final Node node() {
        return node;
    }

    // ---- reductions over every element, and reshapes: the same on every rank

    /** {@return the sum of every element, as a Scalar; integers and bools sum to int64, floats keep their dtype} */
    public final Scalar sum() {
        return new Scalar(GraphOps.reduce(Op.SUM, node, false));
    }

    /** {@return the mean of every element, as a Scalar of the float dtype of this value} */
    public final Scalar mean() {
        return new Scalar(GraphOps.reduce(Op.MEAN, node, false));
    }

    /** {@return the largest element, as a Scalar of this dtype} */
    public final Scalar max() {
        return new Scalar(GraphOps.reduce(Op.MAX, node, false));
    }

    /** {@return the smallest element, as a Scalar of this dtype} */
    public final Scalar min() {
        return new Scalar(GraphOps.reduce(Op.MIN, node, false));
    }

    /** {@return the index of the first largest element in row-major order, as an int64 Scalar} */
    public final Scalar argmax() {
        return new Scalar(GraphOps.reduce(Op.ARGMAX, node, false));
    }

    /**
     * The product of the elements; 1 of none. Integers multiply in int64, wrapping.
     * @return the result, a Scalar
     */
    public final Scalar prod() {
        return new Scalar(GraphOps.reduce(Op.PROD, node, false));
    }

    /**
     * The index of the first minimum, int64: in the flattened array, or along the axis.
     * @return the result, a Scalar
     */
    public final Scalar argmin() {
        return new Scalar(GraphOps.reduce(Op.ARGMIN, node, false));
    }

    /**
     * The population variance (NumPy's default, ddof 0), computed in two passes.
     * @return the result, a Scalar
     */
    public final Scalar var() {
        return new Scalar(GraphOps.var(node));
    }

    /**
     * The population standard deviation, {@code sqrt(var(x))}.
     * @return the result, a Scalar
     */
    public final Scalar std() {
        return new Scalar(GraphOps.std(node));
    }

    /**
     * {@code log(sum(exp(x)))}, computed without overflow by shifting by the maximum.
     * @return the result, a Scalar
     */
    public final Scalar logSumExp() {
        return new Scalar(GraphOps.logSumExp(node));
    }

    /**
     * The elements as a Vector of {@code size} elements; same dtype.
     *
     * @param size the element count, or -1 for as many as there are
     * @return the reshaped value
     * @throws dev.symbolon.runtime.ShapeException at run time if the element counts differ
     */
    public final Vector reshape(int size) {
        return new Vector(GraphOps.reshape(node, size));
    }

    /**
     * The elements, row-major, as a {@code rows} by {@code cols} Matrix; same dtype.
     *
     * @param rows the row count, or -1 for what the columns leave
     * @param cols the column count, or -1 for what the rows leave
     * @return the reshaped value
     * @throws dev.symbolon.runtime.ShapeException at run time if the element counts differ
     */
    public final Matrix reshape(int rows, int cols) {
        return new Matrix(GraphOps.reshape(node, rows, cols));
    }

    /**
     * The elements, row-major, as a Tensor of {@code shape}; same dtype.
     *
     * @param shape the length of each axis; one entry may be -1 for what the others leave
     * @return the reshaped value
     * @throws dev.symbolon.runtime.ShapeException at run time if the element counts differ
     */
    public final Tensor reshape(int... shape) {
        return new Tensor(GraphOps.reshape(node, shape));
    }

    // ---- node builders for the subclasses and T

    /** This value {@code op} {@code other}: an elementwise arithmetic op or a comparison. */
    final Node op(Op op, SymbolicValue other) {
        return apply(op, node, other.node);
    }

    /** This value {@code op} a literal, typed weakly as NumPy types a Python float. */
    final Node op(Op op, double other) {
        return apply(op, node, literal(other));
    }

    /** A literal {@code op} this value, the literal typed weakly as NumPy types a Python float. */
    final Node leftOp(double left, Op op) {
        return apply(op, literal(left), node);
    }

    final Node unary(Op op) {
        return GraphOps.unary(op, node);
    }

    final Node reduce(Op op, int axis) {
        return GraphOps.reduce(op, node, false, axis);
    }

    private Node literal(double value) {
        return GraphOps.literalFor(value, true, node);
    }

    private static Node apply(Op op, Node a, Node b) {
        return op.kind() == Op.Kind.COMPARISON ? GraphOps.compare(op, a, b) : GraphOps.binary(op, a, b);
    }

    /** Checks, for the subclasses' constructors, that {@code node} has the rank the handle class stands for. */
    static Node requireRank(Node node, int rank, String handle) {
        if (node.rank() != rank) {
            throw new IllegalArgumentException(handle + " needs a node of rank " + rank + ", got " + node.describe());
        }
        return node;
    }

    @Override
    /**
     * The DSL function equals.
     * @param o the @Nullable Object operand
     * @return the result, a boolean
     */
    public final boolean equals(@Nullable Object o) {
        return o instanceof SymbolicValue v && v.node == node;
    }

    @Override
    /**
     * The DSL function hashCode.
     * @return the result, a int
     */
    public final int hashCode() {
        return System.identityHashCode(node);
    }

    @Override
    /**
     * The DSL function toString.
     * @return the result, a String
     */
    public final String toString() {
        return node.describe();
    }
}
