package dev.symbolon.internal.ir;

/**
 * Every error a graph can have, whichever front end builds it: operand types an op refuses, axes
 * out of range, a gradient that does not exist, an update that does not fit its shared value. The
 * sentences live here, once; a {@link GraphException} carries one of them with its arguments, and a
 * front end reports it under its id at the source line that built the node.
 */
public enum GraphError implements CatalogueEntry {
    GRAD_NON_SCALAR_COST("SYM007", "grad needs a scalar cost, but this cost is a %s %s;"
            + " reduce it first, e.g. grad(sum(cost), wrt) or grad(mean(cost), wrt)"),
    GRAD_NON_FLOAT_COST("SYM008", "grad needs a float cost, but this cost has dtype %s;"
            + " compute the cost in float32 or float64"),
    GRAD_WRT_UNUSED("SYM009", "the cost does not depend on %s, so its gradient is undefined;"
            + " differentiate with respect to a parameter, @Shared field or intermediate value the cost uses"),
    GRAD_WRT_NOT_FLOAT("SYM010", "cannot differentiate with respect to %s of dtype %s:"
            + " gradients exist only for float values; differentiate with respect to a float value"),
    UPDATE_TARGET_NOT_SHARED("SYM011", "update(...) needs a @Shared field of this class as its first argument,"
            + " but %s is not one; annotate the field with @Shared, or update a @Shared field"),
    UPDATE_TYPE_MISMATCH("SYM012", "the new value of @Shared field '%s' is a %s, but the field is a %s;"
            + " give update(...) a value of the field's rank whose dtype converts to the field's without changing"
            + " kind (no float into an integer field: cast it first)"),
    DUPLICATE_UPDATE("SYM013", "@Shared field '%s' is updated twice in one call; all updates apply together,"
            + " so compute the final value and write one update(...) for it"),
    INTEGER_OPERANDS_ONLY("SYM043", "%s takes integers (Java's / on int and long), but its operands are %s;"
            + " divide floats with div"),
    BOOL_OPERAND("SYM044", "%s does not take bool values, but its operand is %s;"
            + " choose numbers with where(condition, 1, 0), or cast it to an integer dtype first"),
    FLOAT_OPERAND_ONLY("SYM045", "%s needs a float operand, where -inf exists, but its operand is %s"),
    ARGMAX_AXES("SYM046", "%s takes one axis or none, without keepDims, but got axes %s of a %s"),
    DOT_RANKS("SYM047", "%s takes vectors and matrices, but its operands are %s; reshape them first"),
    OUTER_RANKS("SYM048", "%s takes two vectors, but its operands are %s; reshape them first"),
    TRANSPOSE_PERMUTATION("SYM049", "%s of a %s needs a permutation of its axes, each of 0..%s once,"
            + " but got %s"),
    RESHAPE_SIZES("SYM050", "%s of a %s to %s: each size must be at least 0, except one that may be -1"
            + " (inferred from the others)"),
    BROADCAST_AXES("SYM051", "%s cannot insert axes %s into a %s to broadcast it like a %s"),
    NO_AXIS("SYM052", "%s needs at least one dimension, but its operand is a %s"),
    AXIS_OUT_OF_RANGE("SYM053", "%s axis %s is out of range for %s dimensions; operand: %s"),
    AXIS_REPEATED("SYM054", "%s axis %s is given twice; operand: %s"),
    INDEX_DTYPE("SYM057", "%s needs integer indices, but its indices are %s;"
            + " compute them as int or long, or cast them with cast(indices, DType.INT64)"),
    INDEX_RANKS("SYM058", "%s needs indices of its operand's rank, but got %s and indices %s;"
            + " reshape the indices, e.g. labels.reshape(-1, 1) to pick one entry per row of a Matrix"),
    CONCATENATE_RANKS("SYM059", "%s needs operands of one rank, but got %s; reshape them first"),
    ARANGE_LENGTH("SYM060", "%s needs an integer Scalar length, but got %s; pass an int or cast it to an integer"),
    JACOBIAN_OPERAND("SYM061", "jacobian needs a float Vector y (one row per element of y), but y is a %s %s;"
            + " reshape it to a Vector (y.reshape(-1)) or cast it to a float dtype"),
    JACOBIAN_GRADIENT("SYM062", "the gradient of %s is not defined (it would be a derivative of third order or"
            + " beyond); do not differentiate through a jacobian or hessian, take jacobian or hessian of the cost"
            + " itself"),
    MATMUL_RANKS("SYM063", "%s takes vectors and matrices, or rank-3 tensors batched with each other or with a"
            + " matrix, but its operands are %s; reshape them first"),
    DIAG_RANK("SYM064", "%s takes %s, but its operand is %s"),
    CONVOLUTION_RANKS("SYM065", "%s takes a rank-4 input in NCHW order (batch, channels, height, width) and rank-4"
            + " filters in OIHW order (out channels, in channels, height, width), but its operands are %s;"
            + " reshape them first, e.g. images.reshape(-1, 1, 28, 28)"),
    CONVOLUTION_WINDOW("SYM066", "%s needs a stride of at least 1 and a padding of at least 0, but got stride %s"
            + " and padding %s"),
    POOL_RANK("SYM067", "%s pools over the last two axes, so it needs at least two, but its operand is a %s"),
    POOL_SIZE("SYM068", "%s needs a window size of at least 1, but got %s"),
    BERNOULLI_PROBABILITY("SYM069", "bernoulli needs a numeric Scalar probability p, but got %s; pass a"
            + " double such as 0.5, or reduce p to a Scalar"),
    TENSORDOT_AXES("SYM070", "tensordot sums over pairs of axes, axesA %s of a %s with axesB %s of a %s, but %s;"
            + " list each operand's axes once, within its rank, as many for a as for b");

    private final String id;
    private final String template;

    GraphError(String id, String template) {
        this.id = id;
        this.template = template;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String template() {
        return template;
    }
}
