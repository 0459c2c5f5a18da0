package dev.symbolon.internal.ir;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

/**
 * One immutable, hash-consed node of a graph: an op applied to input nodes, with its static type, the
 * op's attributes and the source position it was written at. Building the same expression at the same
 * position twice yields the same instance, so nodes compare by identity. The position is part of the
 * identity so that every node, and every error it raises, names the line that wrote it; the optimizer's
 * merge phase then unites equal expressions written on different lines of one graph. Nodes are made
 * only through {@link GraphOps}, which checks types.
 */
public final class Node {
    private static final Map<Node, WeakReference<Node>> INTERNED = new WeakHashMap<>();

    private final Op op;
    private final List<Node> inputs;
    private final Type type;
    private final String name;
    /** A constant's value: an integer or bool dtype's exact value, a float dtype's {@link Double#doubleToLongBits}. */
    private final long constantBits;
    private final int[] ints;
    private final boolean keepDims;
    /** The subgraph of a {@link Op#JACOBIAN}, which its inputs do not show; null for every other op. */
    private final Node body;
    private final SourcePosition position;
    private final int structureHash;
    private final int hash;

    private Node(Op op, List<Node> inputs, Type type, String name, long constantBits, int[] ints, boolean keepDims,
                 Node body, SourcePosition position) {
        this.op = op;
        this.inputs = List.copyOf(inputs);
        this.type = type;
        this.name = name;
        this.constantBits = constantBits;
        this.ints = ints;
        this.keepDims = keepDims;
        this.body = body;
        this.position = position;
        this.structureHash = Objects.hash(op, identityHashes(this.inputs), type, name, Long.hashCode(constantBits),
                Arrays.hashCode(ints), keepDims, System.identityHashCode(body));
        this.hash = structureHash * 31 + position.hashCode();
    }

    private static int identityHashes(List<Node> nodes) {
        int h = 1;
        for (Node n : nodes) {
            h = h * 31 + System.identityHashCode(n);
        }
        return h;
    }

    /** Makes or finds the node. Package-private: only {@link GraphOps} knows the type rules. */
    static Node make(Op op, List<Node> inputs, Type type, String name, long constantBits, int[] ints, boolean keepDims,
                     SourcePosition position) {
        return make(op, inputs, type, name, constantBits, ints, keepDims, null, position);
    }

    /** As the other {@code make}, for an op that holds a subgraph {@code body}. */
    static Node make(Op op, List<Node> inputs, Type type, String name, long constantBits, int[] ints, boolean keepDims,
                     Node body, SourcePosition position) {
        Node fresh = new Node(op, inputs, type, name, constantBits, ints == null ? new int[0] : ints.clone(), keepDims,
                body, position);
        synchronized (INTERNED) {
            WeakReference<Node> ref = INTERNED.get(fresh);
            Node existing = ref == null ? null : ref.get();
            if (existing != null) {
                return existing;
            }
            INTERNED.put(fresh, new WeakReference<>(fresh));
            return fresh;
        }
    }

    public Op op() {
        return op;
    }

    public List<Node> inputs() {
        return inputs;
    }

    public Node input(int i) {
        return inputs.get(i);
    }

    public Type type() {
        return type;
    }

    public int rank() {
        return type.rank();
    }

    /** The parameter or field name of an {@link Op#INPUT} or {@link Op#SHARED} leaf. */
    public String name() {
        return name;
    }

    /**
     * The value of an {@link Op#CONSTANT} as a double: exact for float dtypes, rounded for integers
     * beyond 2<sup>53</sup>, whose exact value is {@link #longValue()}.
     */
    public double value() {
        return type.dtype().isFloat() ? Double.longBitsToDouble(constantBits) : constantBits;
    }

    /**
     * The value of an {@link Op#CONSTANT} as a long: exact for integer and bool dtypes (bool as 0 or 1),
     * a float truncated toward zero as a Java cast does.
     */
    public long longValue() {
        return type.dtype().isFloat() ? (long) Double.longBitsToDouble(constantBits) : constantBits;
    }

    /** The reduced axes of a reduction, ascending. */
    public int[] axes() {
        return ints.clone();
    }

    /** The dimension order of a {@link Op#TRANSPOSE}: output dimension i is input dimension {@code permutation()[i]}. */
    public int[] permutation() {
        return ints.clone();
    }

    /** The target shape of a {@link Op#RESHAPE}, where -1 stands for the one inferred size. */
    public int[] shape() {
        return ints.clone();
    }

    /** The one axis of an indexing op ({@link Op#TAKE}, {@link Op#CONCATENATE}...). */
    public int axis() {
        return ints[0];
    }

    /** A slice's axis, start and stop, as written (negative counting from the end). */
    public int[] sliceBounds() {
        return ints.clone();
    }

    /** A {@link Op.Kind#CONVOLUTION} op's window: a convolution's stride and padding, a pool's size. */
    public int[] window() {
        return ints.clone();
    }

    /**
     * The key of a draw ({@link Op#isDraw()}): distinct per draw of a graph, it is the draw's identity,
     * so hash-consing never merges two draws, and it picks the draw's random stream.
     */
    public int drawKey() {
        return ints[0];
    }

    public boolean keepDims() {
        return keepDims;
    }

    /**
     * The subgraph of a {@link Op#JACOBIAN}: a vector computed from the leaves {@link SubgraphOps#SEED} and
     * {@link SubgraphOps#capture(int)}, evaluated apart from the graph this node is in; null for other ops.
     */
    public Node body() {
        return body;
    }

    public SourcePosition position() {
        return position;
    }

    public boolean isLeaf() {
        return op.kind() == Op.Kind.LEAF;
    }

    /** Whether this is a constant equal to {@code v}; an integer constant only to an integral {@code v}, exactly. */
    public boolean isConstant(double v) {
        if (op != Op.CONSTANT) {
            return false;
        }
        return type.dtype().isFloat() ? value() == v : v == Math.rint(v) && Math.abs(v) < 0x1p63 && constantBits == (long) v;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Node n && n.hash == hash && n.position.equals(position) && sameStructureAs(n);
    }

    /** Whether {@code n} computes the same thing from the same inputs, wherever it was written. */
    public boolean sameStructureAs(Node n) {
        if (this == n) {
            return true;
        }
        if (n.structureHash != structureHash || n.op != op || n.keepDims != keepDims
                || !n.type.equals(type) || !Objects.equals(n.name, name)
                || n.constantBits != constantBits
                || !Arrays.equals(n.ints, ints) || n.body != body || n.inputs.size() != inputs.size()) {
            return false;
        }
        for (int i = 0; i < inputs.size(); i++) {
            if (n.inputs.get(i) != inputs.get(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** A hash consistent with {@link #sameStructureAs}. */
    public int structureHash() {
        return structureHash;
    }

    /** A one-line description for messages: {@code sigmoid(float64[?]) at Model.java:12}. */
    public String describe() {
        String what = switch (op) {
            case INPUT, SHARED -> name;
            case CONSTANT -> constantText();
            default -> op.functionName();
        };
        return what + " " + type + (position.isKnown() ? " at " + position : "");
    }

    /** A constant's value as short text: an integer exactly, a float as an integer where it is one below 1e15. */
    public String constantText() {
        if (!type.dtype().isFloat()) {
            return Long.toString(constantBits);
        }
        double v = value();
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public String toString() {
        return describe();
    }
}
