package dev.symbolon.internal.ir;

import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the text {@link GraphText#write} writes, one line at a time, building each node through {@link GraphOps}. */
final class GraphTextReader {
    private static final Map<String, Op> OPS = new HashMap<>();
    private static final Map<String, DType> DTYPES = new HashMap<>();

    static {
        for (Op op : Op.values()) {
            OPS.put(op.functionName(), op);
        }
        for (DType dtype : DType.values()) {
            DTYPES.put(dtype.numpyName(), dtype);
        }
    }

    private final String[] lines;
    private final List<Node> nodes = new ArrayList<>();
    private int lineNumber;

    GraphTextReader(String text) {
        this.lines = text.split("\n", -1);
    }

    List<Node> read() {
        if (!lines[0].equals(GraphText.HEADER)) {
            lineNumber = 1;
            throw error("expected the header '" + GraphText.HEADER + "', found '" + lines[0] + "'");
        }
        for (int i = 1; i < lines.length; i++) {
            lineNumber = i + 1;
            String line = lines[i];
            if (line.isEmpty() && i == lines.length - 1) {
                break;
            }
            if (line.startsWith("roots")) {
                List<Node> roots = roots(line);
                requireBlankFrom(i + 1);
                return roots;
            }
            nodes.add(node(line));
        }
        throw error("the text ends without a 'roots' line");
    }

    private Node node(String line) {
        int at = line.indexOf(" @");
        if (at < 0) {
            throw error("a node line ends with ' @' and the source position");
        }
        String[] tokens = line.substring(0, at).split(" ");
        if (tokens.length < 3) {
            throw error("a node line starts with the id, the op and the type");
        }
        if (!tokens[0].equals(Integer.toString(nodes.size()))) {
            throw error("expected node id " + nodes.size() + ", found '" + tokens[0] + "'");
        }
        Op op = OPS.get(tokens[1]);
        if (op == null) {
            throw error("unknown op '" + tokens[1] + "'");
        }
        Type type = type(tokens[2]);
        Map<String, String> attributes = attributes(tokens);
        List<Node> inputs = inputs(op, attributes.remove("in"));
        Node body = op == Op.JACOBIAN ? body(attributes.remove(GraphText.BODY)) : null;
        Map<GraphTextAttribute, String> expected = new HashMap<>();
        for (GraphTextAttribute attribute : GraphTextAttribute.of(op)) {
            String value = attributes.remove(attribute.key());
            if (value == null) {
                throw error(op.functionName() + " needs the attribute " + attribute.key() + "=");
            }
            expected.put(attribute, value);
        }
        if (!attributes.isEmpty()) {
            throw error(op.functionName() + " takes no attribute " + String.join(", ", attributes.keySet()));
        }
        String name = expected.get(GraphTextAttribute.NAME);
        String value = expected.get(GraphTextAttribute.VALUE);
        int[] ints = new int[0];
        for (GraphTextAttribute a : List.of(GraphTextAttribute.AXES, GraphTextAttribute.INSERTED,
                GraphTextAttribute.PERMUTATION, GraphTextAttribute.SHAPE, GraphTextAttribute.AXIS, GraphTextAttribute.BOUNDS,
                GraphTextAttribute.WINDOW, GraphTextAttribute.DRAW)) {
            if (expected.containsKey(a)) {
                ints = ints(expected.get(a));
            }
        }
        boolean keepDims = Boolean.parseBoolean(expected.get(GraphTextAttribute.KEEP_DIMS));
        SourcePosition position = position(line.substring(at + 2));
        Node built;
        try (var scope = SourcePosition.enter(position)) {
            built = body != null ? SubgraphOps.over(body, inputs) : build(op, type, name, value, ints, keepDims, inputs);
        } catch (NumberFormatException e) {
            throw error("expected a " + type.dtype() + " value, found '" + value + "'");
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
        requireAsWritten(built, op, type, expected, inputs);
        return built;
    }

    /**
     * The node, built as the front end would build it; {@link #requireAsWritten} then checks that it
     * is the one written. {@code value} is a constant's text; {@code ints} is whichever of axes, inserted
     * axes, permutation or shape the op has.
     */
    private static Node build(Op op, Type type, String name, String value, int[] ints, boolean keepDims,
                              List<Node> in) {
        return switch (op) {
            case INPUT -> GraphOps.input(name, type);
            case SHARED -> GraphOps.shared(name, type);
            case CONSTANT -> GraphTextAttribute.constant(value, type.dtype());
            case NEG, ABS, SIGN, SQUARE, SQRT, EXP, EXPM1, LOG, LOG1P, SIGMOID, SOFTPLUS, TANH, SIN, COS ->
                    GraphOps.unary(op, in.get(0));
            case CAST -> GraphOps.cast(in.get(0), type.dtype());
            case ADD, SUB, MUL, DIV, QUOTIENT, REM, POW, MAXIMUM, MINIMUM -> GraphOps.binary(op, in.get(0), in.get(1));
            case GT, GE, LT, LE, EQ, NE -> GraphOps.compare(op, in.get(0), in.get(1));
            case WHERE -> GraphOps.where(in.get(0), in.get(1), in.get(2));
            case SUM, MEAN, MAX, MIN, SUPREMUM, ARGMAX -> GraphOps.reduce(op, in.get(0), keepDims, ints);
            case DOT -> GraphOps.dot(in.get(0), in.get(1));
            case OUTER -> GraphOps.outer(in.get(0), in.get(1));
            case TRANSPOSE -> GraphOps.transpose(in.get(0), ints);
            case RESHAPE -> GraphOps.reshape(in.get(0), ints);
            case RESHAPE_LIKE -> GraphOps.reshapeLike(in.get(0), in.get(1));
            case BROADCAST_LIKE -> GraphOps.broadcastLike(in.get(0), in.get(1), ints);
            case SIZE -> GraphOps.size(in.get(0), type.dtype(), ints);
            case SOFTMAX, LOG_SOFTMAX -> GraphOps.softmax(op, in.get(0));
            case TAKE -> IndexingOps.take(in.get(0), in.get(1), single(ints));
            case SCATTER_ADD -> IndexingOps.scatterAdd(in.get(0), in.get(1), in.get(2), single(ints));
            case TAKE_ALONG_AXIS -> IndexingOps.takeAlongAxis(in.get(0), in.get(1), single(ints));
            case SCATTER_ADD_ALONG_AXIS -> IndexingOps.scatterAddAlongAxis(in.get(0), in.get(1), in.get(2), single(ints));
            case SLICE -> IndexingOps.slice(in.get(0), bounds(ints)[0], bounds(ints)[1], bounds(ints)[2]);
            case SCATTER_SLICE -> IndexingOps.scatterSlice(in.get(0), in.get(1), bounds(ints));
            case CONCATENATE -> IndexingOps.concatenate(single(ints), in.get(0), in.get(1));
            case ARANGE -> IndexingOps.arange(in.get(0));
            case FLOOR, CEIL, ROUND, ERF, LOG2, LOG10 -> GraphOps.unary(op, in.get(0));
            case PROD, ARGMIN -> GraphOps.reduce(op, in.get(0), keepDims, ints);
            case CUMSUM -> {
                if (ints.length != 1) {
                    throw new IllegalArgumentException("cumsum takes one axis, not " + ints.length);
                }
                yield GraphOps.cumsum(in.get(0), ints[0]);
            }
            case JACOBIAN -> throw new IllegalStateException("a jacobian is built from its body by the caller");
            case CONV2D -> ConvolutionOps.conv2d(in.get(0), in.get(1), convolution(ints)[0], convolution(ints)[1]);
            case CONV2D_INPUT_GRAD -> ConvolutionOps.conv2dInputGrad(in.get(0), in.get(1), in.get(2),
                    convolution(ints)[0], convolution(ints)[1]);
            case CONV2D_FILTER_GRAD -> ConvolutionOps.conv2dFilterGrad(in.get(0), in.get(1), in.get(2),
                    convolution(ints)[0], convolution(ints)[1]);
            case MAX_POOL2D -> ConvolutionOps.maxPool2d(in.get(0), single(ints));
            case MAX_POOL2D_GRAD -> ConvolutionOps.maxPool2dGrad(in.get(0), in.get(1), single(ints));
            case AVG_POOL2D -> ConvolutionOps.avgPool2d(in.get(0), single(ints));
            case AVG_POOL2D_GRAD -> ConvolutionOps.avgPool2dGrad(in.get(0), in.get(1), single(ints));
            case UNIFORM, NORMAL -> GraphOps.draw(op, in.get(0), null, single(ints));
            case BERNOULLI -> GraphOps.draw(op, in.get(1), in.get(0), single(ints));
        };
    }

    private static int single(int[] ints) {
        if (ints.length != 1) {
            throw new IllegalArgumentException("expected one axis, found " + ints.length);
        }
        return ints[0];
    }

    private static int[] convolution(int[] ints) {
        if (ints.length != 2) {
            throw new IllegalArgumentException("a convolution has a stride and a padding, found " + ints.length
                    + " numbers");
        }
        return ints;
    }

    private static int[] bounds(int[] ints) {
        if (ints.length != 3) {
            throw new IllegalArgumentException("a slice has an axis, a start and a stop, found " + ints.length
                    + " numbers");
        }
        return ints;
    }

    /**
     * GraphOps may insert a cast, drop an identity or normalize axes; a text whose node it would
     * build otherwise was not written by {@link GraphText#write}, and reading it must not quietly
     * produce another graph.
     */
    private void requireAsWritten(Node built, Op op, Type type, Map<GraphTextAttribute, String> attributes,
                                  List<Node> inputs) {
        boolean same = built.op() == op && built.type().equals(type) && built.inputs().size() == inputs.size();
        for (int i = 0; same && i < inputs.size(); i++) {
            same = built.input(i) == inputs.get(i);
        }
        for (var attribute : attributes.entrySet()) {
            if (same && !attribute.getKey().matches(built, attribute.getValue())) {
                throw error(op.functionName() + " reads back with " + attribute.getKey().key() + "="
                        + attribute.getKey().format(built) + ", not " + attribute.getValue());
            }
        }
        if (!same) {
            throw error(op.functionName() + " of these inputs builds " + built.describe() + ", not " + op.functionName()
                    + " " + type);
        }
    }

    private Type type(String text) {
        int open = text.indexOf('[');
        DType dtype = open < 0 ? null : DTYPES.get(text.substring(0, open));
        if (dtype == null || !text.endsWith("]")) {
            throw error("expected a type such as float64[?,1], found '" + text + "'");
        }
        String dims = text.substring(open + 1, text.length() - 1);
        if (dims.isEmpty()) {
            return Type.scalar(dtype);
        }
        String[] flags = dims.split(",", -1);
        boolean[] broadcastable = new boolean[flags.length];
        for (int d = 0; d < flags.length; d++) {
            switch (flags[d]) {
                case "1" -> broadcastable[d] = true;
                case "?" -> broadcastable[d] = false;
                default -> throw error("a dimension of a type is ? or 1, found '" + flags[d] + "' in " + text);
            }
        }
        return Type.of(dtype, broadcastable);
    }

    private Map<String, String> attributes(String[] tokens) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 3; i < tokens.length; i++) {
            int eq = tokens[i].indexOf('=');
            if (eq <= 0) {
                throw error("expected key=value, found '" + tokens[i] + "'");
            }
            if (attributes.put(tokens[i].substring(0, eq), tokens[i].substring(eq + 1)) != null) {
                throw error("the attribute " + tokens[i].substring(0, eq) + " is given twice");
            }
        }
        return attributes;
    }

    private List<Node> inputs(Op op, String ids) {
        int arity = op.arity();
        String[] parts = ids == null || ids.isEmpty() ? new String[0] : ids.split(",", -1);
        if (arity == Op.VARIADIC && parts.length == 0) {
            throw error(op.functionName() + " takes at least one input, found none");
        }
        if (arity != Op.VARIADIC && parts.length != arity) {
            throw error(op.functionName() + " takes " + arity + " inputs, found " + parts.length);
        }
        List<Node> inputs = new ArrayList<>();
        for (String part : parts) {
            inputs.add(earlier(part));
        }
        return inputs;
    }

    private Node body(String id) {
        if (id == null) {
            throw error("jacobian needs the attribute " + GraphText.BODY + "=");
        }
        return earlier(id);
    }

    private List<Node> roots(String line) {
        String[] tokens = line.split(" ");
        if (!tokens[0].equals("roots")) {
            throw error("expected 'roots' and the ids of the roots, found '" + line + "'");
        }
        List<Node> roots = new ArrayList<>();
        for (int i = 1; i < tokens.length; i++) {
            roots.add(earlier(tokens[i]));
        }
        return roots;
    }

    private Node earlier(String id) {
        int index = integer(id);
        if (index < 0 || index >= nodes.size()) {
            throw error("node " + id + " is not defined on an earlier line");
        }
        return nodes.get(index);
    }

    private SourcePosition position(String text) {
        if (text.equals("?")) {
            return SourcePosition.UNKNOWN;
        }
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw error("expected a source position file:line or ?, found '" + text + "'");
        }
        return new SourcePosition(text.substring(0, colon), integer(text.substring(colon + 1)));
    }

    private int[] ints(String text) {
        return text.isEmpty() ? new int[0] : Arrays.stream(text.split(",", -1)).mapToInt(this::integer).toArray();
    }

    private int integer(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error("expected an integer, found '" + text + "'");
        }
    }

    private void requireBlankFrom(int first) {
        for (int i = first; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                lineNumber = i + 1;
                throw error("nothing may follow the 'roots' line");
            }
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("graph text, line " + lineNumber + ": " + problem);
    }
}
