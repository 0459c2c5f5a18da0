package dev.symbolon.internal.ir;

import dev.symbolon.runtime.DType;
import java.util.List;

/** The attributes that a node line of {@link GraphText} carries, by op, and how each is written. */
public enum GraphTextAttribute {
    /** The parameter or field name of an input or shared leaf; a Java identifier. */
    NAME("name"),
    /** A constant's value: hexadecimal floating point for floats, decimal for integers and bools (0 or 1). */
    VALUE("value"),
    /** The reduced axes of a reduction or a size, comma-separated and ascending; empty for none. */
    AXES("axes"),
    /** Whether a reduction keeps its reduced axes as size 1: {@code true} or {@code false}. */
    KEEP_DIMS("keepDims"),
    /** The axes a broadcastLike inserts, comma-separated; empty for none. */
    INSERTED("inserted"),
    /** A transpose's permutation, comma-separated. */
    PERMUTATION("permutation"),
    /** A reshape's target shape, comma-separated, where -1 is the inferred size. */
    SHAPE("shape"),
    /** The one axis of take, takeAlongAxis, their scatters and concatenate. */
    AXIS("axis"),
    /** A slice's (or its scatter's) axis, start and stop, comma-separated, as written. */
    BOUNDS("slice"),
    /** A convolution's stride and padding, or a pool's size, comma-separated. */
    WINDOW("window"),
    /** A draw's key, distinct among the draws of one graph. */
    DRAW("draw");

    private final String key;

    GraphTextAttribute(String key) {
        this.key = key;
    }

    /** The text before the {@code =}. */
    public String key() {
        return key;
    }

    /**
     * The attributes of {@code op}'s nodes, in the order they are written. Attributes that follow
     * from the inputs (a cast's dtype is the node's; a softmax's axis is the last) are not written.
     */
    public static List<GraphTextAttribute> of(Op op) {
        return switch (op) {
            case INPUT, SHARED -> List.of(NAME);
            case CONSTANT -> List.of(VALUE);
            case SUM, MEAN, MAX, MIN, SUPREMUM, ARGMAX -> List.of(AXES, KEEP_DIMS);
            case SIZE -> List.of(AXES);
            case BROADCAST_LIKE -> List.of(INSERTED);
            case TRANSPOSE -> List.of(PERMUTATION);
            case RESHAPE -> List.of(SHAPE);
            case TAKE, SCATTER_ADD, TAKE_ALONG_AXIS, SCATTER_ADD_ALONG_AXIS, CONCATENATE -> List.of(AXIS);
            case SLICE, SCATTER_SLICE -> List.of(BOUNDS);
            case ARANGE -> List.of();
            case NEG, ABS, SIGN, SQUARE, SQRT, EXP, EXPM1, LOG, LOG1P, SIGMOID, SOFTPLUS, TANH, SIN, COS, CAST,
                 ADD, SUB, MUL, DIV, QUOTIENT, REM, POW, MAXIMUM, MINIMUM, GT, GE, LT, LE, EQ, NE, WHERE, DOT, OUTER,
                 RESHAPE_LIKE, SOFTMAX, LOG_SOFTMAX, FLOOR, CEIL, ROUND, ERF, LOG2, LOG10 -> List.of();
            case PROD, ARGMIN -> List.of(AXES, KEEP_DIMS);
            case CUMSUM -> List.of(AXES);
            // its body is written by GraphText itself, as the id of a node written before it
            case JACOBIAN -> List.of();
            case CONV2D, CONV2D_INPUT_GRAD, CONV2D_FILTER_GRAD, MAX_POOL2D, MAX_POOL2D_GRAD, AVG_POOL2D,
                 AVG_POOL2D_GRAD -> List.of(WINDOW);
            case UNIFORM, NORMAL, BERNOULLI -> List.of(DRAW);
        };
    }

    /** This attribute of {@code node} as text, without spaces. */
    public String format(Node node) {
        return switch (this) {
            case NAME -> requireToken(node.name());
            case VALUE -> node.type().dtype().isFloat() ? Double.toHexString(node.value())
                    : Long.toString(node.longValue());
            case AXES, INSERTED, PERMUTATION, SHAPE, AXIS, BOUNDS, WINDOW, DRAW -> ints(node.axes());
            case KEEP_DIMS -> Boolean.toString(node.keepDims());
        };
    }

    /**
     * Whether {@code text}, as read, is this attribute of {@code node}. Values compare by their bits,
     * since a float may be written in several ways; everything else compares as written.
     */
    boolean matches(Node node, String text) {
        if (this == VALUE && node.type().dtype().isFloat()) {
            return Double.doubleToLongBits(node.value()) == Double.doubleToLongBits(Double.parseDouble(text));
        }
        return format(node).equals(text);
    }

    /**
     * The constant of {@code dtype} that {@code text} writes: a float in any form {@link Double#parseDouble}
     * reads, an integer in decimal, read as a long so that an int64 keeps every bit.
     *
     * @throws NumberFormatException if the text is no such number
     */
    static Node constant(String text, DType dtype) {
        return dtype.isFloat() ? GraphOps.constant(Double.parseDouble(text), dtype)
                : GraphOps.constant(Long.parseLong(text), dtype);
    }

    /** A name would end the token early, or hide the position, if it had a blank or an {@code @}. */
    private static String requireToken(String name) {
        if (name == null || name.isEmpty() || name.chars().anyMatch(c -> Character.isWhitespace(c) || c == '@')) {
            throw new IllegalArgumentException("graph text cannot hold a leaf named '" + name
                    + "': names must be non-empty, without blanks or @");
        }
        return name;
    }

    private static String ints(int[] values) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ",").append(values[i]);
        }
        return s.toString();
    }
}
