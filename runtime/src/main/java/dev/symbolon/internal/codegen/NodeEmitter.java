package dev.symbolon.internal.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.symbolon.internal.ir.DebugPrinter;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.schedule.EmissionStep;
import dev.symbolon.internal.schedule.FusedGroup;
import dev.symbolon.internal.schedule.RowPass;
import dev.symbolon.internal.schedule.TransposedOperands;
import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The statements computing each step of a method's graph, in the order {@link FusionPlanner} gives,
 * into locals: a primitive for a scalar, a flat array and a shape otherwise. One comment per node
 * names the op, its operands and the user's source line. Fused elementwise groups are loops of
 * {@link ElementwiseEmitter}; other ops that are not plain statements call the kernels of
 * {@code dev.symbolon.runtime.cpu}.
 */
final class NodeEmitter {
    private final Map<Node, String> parameters;
    private final Names names;
    private final CodeBlock.Builder code;
    private final Map<Node, Integer> ids;
    private final Map<Node, Local> locals = new IdentityHashMap<>();
    private final SubgraphMethods subgraphs;
    private final Buffers buffers;

    /**
     * @param parameters the name of the Java parameter holding each {@code INPUT} node
     * @param ids each node's index in topological order, which names its locals
     * @param subgraphs the class's helper methods, to which each jacobian adds the one computing its body
     * @param buffers where the arrays of values come from, and how arguments are read
     */
    NodeEmitter(Map<Node, String> parameters, Names names, CodeBlock.Builder code, Map<Node, Integer> ids,
                SubgraphMethods subgraphs, Buffers buffers) {
        this.buffers = buffers;
        this.parameters = parameters;
        this.subgraphs = subgraphs;
        this.ids = ids;
        this.names = names;
        this.code = code;
    }

    Local local(Node node) {
        return locals.get(node);
    }

    void emit(EmissionStep step) {
        if (step instanceof FusedGroup group) {
            new ElementwiseEmitter(names, code, locals, ids, buffers).emit(group);
        } else if (step instanceof RowPass pass) {
            new RowPassEmitter(names, code, locals, ids, this::emit, buffers).emit(pass);
        } else {
            emit(((EmissionStep.Single) step).node());
        }
    }

    private void emit(Node node) {
        int id = ids.get(node);
        List<Local> in = new ArrayList<>();
        for (Node input : node.inputs()) {
            in.add(locals.get(input));
        }
        Local out = node.rank() == 0 ? Local.scalar(names.value(id)) : new Local(names.value(id), names.shape(id));
        String op = node.op().functionName();
        String position = node.position().toString();
        if (node.op() != Op.CONSTANT && !(node.op() == Op.INPUT && node.rank() == 0)) {
            code.add(comment(node, shownOperands(node, in)));
        }
        Local result = switch (node.op()) {
            case INPUT -> input(node, out);
            case SHARED -> shared(node, out);
            case CONSTANT -> Local.scalar(JavaTypes.literal(node));
            case NEG, ABS, SIGN, SQUARE, SQRT, EXP, EXPM1, LOG, LOG1P, SIGMOID, SOFTPLUS, TANH, SIN, COS, CAST,
                 ADD, SUB, MUL, DIV, QUOTIENT, REM, POW, MAXIMUM, MINIMUM, GT, GE, LT, LE, EQ, NE, WHERE ->
                    elementwise(node, in, out);
            case SUM, MEAN, MAX, MIN, SUPREMUM, ARGMAX -> reduction(node, in.get(0), out, op, position);
            case DOT -> dot(node, in.get(0), in.get(1), out, op, position);
            case OUTER -> {
                if (hasIntoForm(node, true)) {
                    code.addStatement("int[] $L = {$L[0], $L[0]}", out.shape(), in.get(0).shape(), in.get(1).shape());
                    declareInto(node, out, CodeBlock.of("$T.resultSize($S, $S, $L)", JavaTypes.SHAPE_CHECKS, op, position,
                            out.shape()), CodeBlock.of("$T.outerInto($L, $L, $L)", JavaTypes.MATRIX_PRODUCTS,
                            in.get(0).data(), in.get(1).data(), out.data()));
                    yield out;
                }
                declareArray(node, out, CodeBlock.of("$T.outer($L, $L, $S, $S)", JavaTypes.MATRIX_PRODUCTS,
                        in.get(0).data(), in.get(1).data(), op, position));
                code.addStatement("int[] $L = {$L[0], $L[0]}", out.shape(), in.get(0).shape(), in.get(1).shape());
                yield out;
            }
            case TRANSPOSE -> {
                String perm = JavaTypes.intArray(node.permutation());
                if (hasIntoForm(node, false)) {
                    code.addStatement("int[] $L = $T.permute($L, $L)", out.shape(), JavaTypes.SHAPE_OPS,
                            in.get(0).shape(), perm);
                    declareInto(node, out, CodeBlock.of("$T.size($L)", JavaTypes.SHAPES, out.shape()), CodeBlock.of(
                            "$T.transposeInto($L, $L, $L, $L)", JavaTypes.SHAPE_OPS, in.get(0).data(), in.get(0).shape(),
                            perm, out.data()));
                    yield out;
                }
                declareArray(node, out, CodeBlock.of("$T.gather($L, $T.transposeIndex($L, $L))", JavaTypes.SHAPE_OPS,
                        in.get(0).data(), JavaTypes.SHAPE_OPS, in.get(0).shape(), perm));
                code.addStatement("int[] $L = $T.permute($L, $L)", out.shape(), JavaTypes.SHAPE_OPS, in.get(0).shape(),
                        perm);
                yield out;
            }
            case RESHAPE -> reshape(node, in.get(0), JavaTypes.intArray(node.shape()), out, op, position);
            case RESHAPE_LIKE -> reshape(node, in.get(0), shapeOf(in.get(1)), out, op, position);
            case BROADCAST_LIKE -> broadcastLike(node, in.get(0), in.get(1), out, op, position);
            case SIZE -> size(node, in.get(0), out);
            case SOFTMAX, LOG_SOFTMAX -> {
                if (hasIntoForm(node, false)) {
                    declareInto(node, out, CodeBlock.of("$L.length", in.get(0).data()), CodeBlock.of("$T.$LInto($L, $L, $L)",
                            JavaTypes.SOFTMAX, node.op() == Op.SOFTMAX ? "softmax" : "logSoftmax", in.get(0).data(),
                            in.get(0).shape(), out.data()));
                    yield new Local(out.data(), in.get(0).shape());
                }
                declareArray(node, out, CodeBlock.of("$T.$L($L, $L)", JavaTypes.SOFTMAX,
                        node.op() == Op.SOFTMAX ? "softmax" : "logSoftmax", in.get(0).data(), in.get(0).shape()));
                yield new Local(out.data(), in.get(0).shape());
            }
            case TAKE -> take(node, in.get(0), in.get(1), out, op, position);
            case SCATTER_ADD -> scatterAdd(node, in.get(0), in.get(2), CodeBlock.of("$T.takeIndex($L, $L, $L, $S, $S)",
                    JavaTypes.INDEXING, in.get(2).shape(), arrayOf(node.input(1), in.get(1)), node.axis(), op, position));
            case TAKE_ALONG_AXIS -> takeAlongAxis(node, in.get(0), in.get(1), out, op, position);
            case SCATTER_ADD_ALONG_AXIS -> scatterAdd(node, in.get(0), in.get(2), alongAxisIndex(node.input(2),
                    node.input(1), in.get(2), in.get(1), in.get(0).shape(), node.axis(), op, position));
            case SLICE -> {
                int[] b = node.sliceBounds();
                code.addStatement("int[] $L = $T.sliceShape($L, $L, $L, $L)", out.shape(), JavaTypes.INDEXING,
                        in.get(0).shape(), b[0], b[1], b[2]);
                declareArray(node, out, CodeBlock.of("$T.gather($L, $T.sliceIndex($L, $L, $L, $L))", JavaTypes.SHAPE_OPS,
                        in.get(0).data(), JavaTypes.INDEXING, in.get(0).shape(), b[0], b[1], b[2]));
                yield out;
            }
            case SCATTER_SLICE -> {
                int[] b = node.sliceBounds();
                yield scatterAdd(node, in.get(0), in.get(1), CodeBlock.of("$T.sliceIndex($L, $L, $L, $L)",
                        JavaTypes.INDEXING, in.get(1).shape(), b[0], b[1], b[2]));
            }
            case CONCATENATE -> {
                code.addStatement("int[] $L = $T.concatenateShape($L, $L, $L, $S, $S)", out.shape(), JavaTypes.INDEXING,
                        in.get(0).shape(), in.get(1).shape(), node.axis(), op, position);
                declareArray(node, out, CodeBlock.of("$T.concatenate($L, $L, $L, $L, $L, new $T[$T.size($L)])",
                        JavaTypes.INDEXING, in.get(0).data(), in.get(0).shape(), in.get(1).data(), in.get(1).shape(),
                        node.axis(), JavaTypes.primitive(node.type().dtype()), JavaTypes.SHAPES, out.shape()));
                yield out;
            }
            case ARANGE -> {
                declareArray(node, out, CodeBlock.of("$T.arange($L, $S, $S)", JavaTypes.INDEXING, in.get(0).data(), op,
                        position));
                code.addStatement("int[] $L = {$L.length}", out.shape(), out.data());
                yield out;
            }
            case FLOOR, CEIL, ROUND, ERF, LOG2, LOG10 -> elementwise(node, in, out);
            case PROD, ARGMIN -> reduction(node, in.get(0), out, op, position);
            case CUMSUM -> {
                declareArray(node, out, CodeBlock.of("$T.cumsum($L, $L, $L)", JavaTypes.SCANS, in.get(0).data(),
                        in.get(0).shape(), node.axes()[0]));
                yield new Local(out.data(), in.get(0).shape());
            }
            case JACOBIAN -> jacobian(node, in, out, op, position);
            case CONV2D -> {
                int[] window = node.window();
                code.addStatement("int[] $L = $T.conv2dShape($L, $L, $L, $L, $S, $S)", out.shape(),
                        JavaTypes.CONVOLUTIONS, in.get(0).shape(), in.get(1).shape(), window[0], window[1], op, position);
                declareArray(node, out, CodeBlock.of("$T.conv2d($L, $L, $L, $L, $L, $L, $S, $S)", JavaTypes.CONVOLUTIONS,
                        in.get(0).data(), in.get(0).shape(), in.get(1).data(), in.get(1).shape(), window[0], window[1],
                        op, position));
                yield out;
            }
            case CONV2D_INPUT_GRAD, CONV2D_FILTER_GRAD -> {
                int[] window = node.window();
                boolean input = node.op() == Op.CONV2D_INPUT_GRAD;
                declareArray(node, out, CodeBlock.of("$T.$L($L, $L, $L, $L, $L, $L, $L, $S, $S)", JavaTypes.CONVOLUTIONS,
                        input ? "conv2dInputGrad" : "conv2dFilterGrad", in.get(0).data(), in.get(0).shape(),
                        in.get(1).data(), in.get(1).shape(), in.get(2).shape(), window[0], window[1], op, position));
                yield new Local(out.data(), in.get(2).shape());
            }
            case MAX_POOL2D, AVG_POOL2D -> {
                int size = node.window()[0];
                code.addStatement("int[] $L = $T.poolShape($L, $L, $S, $S)", out.shape(), JavaTypes.POOLING,
                        in.get(0).shape(), size, op, position);
                declareArray(node, out, CodeBlock.of("$T.$L($L, $L, $L)", JavaTypes.POOLING, op, in.get(0).data(),
                        in.get(0).shape(), size));
                yield out;
            }
            case MAX_POOL2D_GRAD -> {
                declareArray(node, out, CodeBlock.of("$T.maxPool2dGrad($L, $L, $L, $L, $L, $S, $S)", JavaTypes.POOLING,
                        in.get(0).data(), in.get(0).shape(), in.get(1).data(), in.get(1).shape(), node.window()[0], op,
                        position));
                yield new Local(out.data(), in.get(1).shape());
            }
            case AVG_POOL2D_GRAD -> {
                declareArray(node, out, CodeBlock.of("$T.avgPool2dGrad($L, $L, $L, $L, $S, $S)", JavaTypes.POOLING,
                        in.get(0).data(), in.get(0).shape(), in.get(1).shape(), node.window()[0], op, position));
                yield new Local(out.data(), in.get(1).shape());
            }
            case UNIFORM, NORMAL, BERNOULLI -> draw(node, in, out);
        };
        locals.put(node, result);
    }

    /**
     * One call of the body's helper per element of y, with that element's unit vector as the seed,
     * each row copied into the matrix; a y with no elements still calls it once, with the empty seed,
     * for the length of a row.
     */
    private Local jacobian(Node node, List<Local> in, Local out, String op, String position) {
        int id = ids.get(node);
        String helper = subgraphs.add(node);
        String seed = names.seed(id);
        String row = names.row(id);
        String r = names.rowIndex(id);
        List<CodeBlock> arguments = new ArrayList<>();
        arguments.add(CodeBlock.of("$T.wrap($L, $L[0])", JavaTypes.NDARRAY, seed, out.shape()));
        for (int i = 1; i < in.size(); i++) {
            Local capture = in.get(i);
            arguments.add(capture.isScalar() ? CodeBlock.of("$L", capture.data())
                    : CodeBlock.of("$T.wrap($L, $L)", JavaTypes.NDARRAY, capture.data(), capture.shape()));
        }
        TypeName rowType = JavaTypes.array(node.type().dtype(), 1);
        code.addStatement("int[] $L = {$L[0], 0}", out.shape(), in.get(0).shape());
        code.addStatement("$T $L = new $T[$L[0]]", JavaTypes.array(node.input(0).type().dtype(), 1), seed,
                JavaTypes.primitive(node.input(0).type().dtype()), out.shape());
        code.addStatement("$T $L = null", rowType, out.data());
        code.beginControlFlow("for (int $L = 0; $L == 0 || $L < $L[0]; $L++)", r, r, r, out.shape(), r);
        code.beginControlFlow("if ($L[0] > 0)", out.shape()).addStatement("$L[$L] = 1", seed, r).endControlFlow();
        code.addStatement("$T $L = $L($L)", rowType, row, helper, CodeBlock.join(arguments, ", "));
        code.beginControlFlow("if ($L == null)", out.data())
                .addStatement("$L[1] = $L.length", out.shape(), row)
                .addStatement("$L = new $T[$T.resultSize($S, $S, $L)]", out.data(),
                        JavaTypes.primitive(node.type().dtype()), JavaTypes.SHAPE_CHECKS, op, position, out.shape())
                .endControlFlow();
        code.beginControlFlow("if ($L[0] > 0)", out.shape())
                .addStatement("$T.arraycopy($L, 0, $L, $L * $L[1], $L[1])", System.class, row, out.data(), r,
                        out.shape(), out.shape())
                .addStatement("$L[$L] = 0", seed, r)
                .endControlFlow();
        code.endControlFlow();
        return out;
    }

    /** A draw by the one definition in {@code Draws}, shaped like its last operand, from the call's stream. */
    private Local draw(Node node, List<Local> in, Local out) {
        Local like = in.get(in.size() - 1);
        CodeBlock p = node.op() == Op.BERNOULLI ? CodeBlock.of("$L", in.get(0).data()) : CodeBlock.of("0");
        String method = node.type().dtype() == DType.FLOAT32 ? "float32" : "float64";
        CodeBlock size = like.isScalar() ? CodeBlock.of("1") : CodeBlock.of("$T.size($L)", JavaTypes.SHAPES, like.shape());
        CodeBlock call = CodeBlock.of("$T.$L($T.Kind.$L, $L, $L, $L, $L)", JavaTypes.DRAWS, method, JavaTypes.DRAWS,
                node.op().name(), names.draws(), node.drawKey(), p, size);
        if (out.isScalar()) {
            declareScalar(node, out, CodeBlock.of("$L[0]", call));
            return out;
        }
        declareArray(node, out, call);
        return new Local(out.data(), like.shape());
    }

    private Local input(Node node, Local out) {
        String parameter = parameters.get(node);
        if (parameter == null) {
            throw new IllegalStateException("bug in Symbolon: the graph reads input '" + node.name()
                    + "', which is not a parameter of the method");
        }
        if (node.rank() == 0) {
            return Local.scalar(parameter);
        }
        if (buffers.readsAtOffset(node)) {
            declareArray(node, out, data(node, CodeBlock.of("$L", parameter)));
            code.addStatement("int[] $L = $L.shape()", out.shape(), parameter);
            String offset = names.offset(ids.get(node));
            code.addStatement("int $L = $T.offset($L)", offset, JavaTypes.INTERNALS, parameter);
            return new Local(out.data(), out.shape(), offset);
        }
        // a view of part of an array is copied once here: what reads it next reads from index 0
        declareArray(node, out, data(node, CodeBlock.of("$T.whole($L)", JavaTypes.INTERNALS, parameter)));
        code.addStatement("int[] $L = $L.shape()", out.shape(), parameter);
        return out;
    }

    /**
     * Reads the field's current value once, without a copy; {@code Internals.value} throws if a
     * non-scalar was never set.
     */
    private Local shared(Node node, Local out) {
        CodeBlock value = CodeBlock.of("$T.value(this.$L)", JavaTypes.INTERNALS, node.name());
        if (node.rank() == 0) {
            declareScalar(node, out, CodeBlock.of("$L[0]", data(node, value)));
            return out;
        }
        String state = names.state(ids.get(node));
        code.addStatement("$T $L = $L", JavaTypes.NDARRAY, state, value);
        declareArray(node, out, data(node, CodeBlock.of("$L", state)));
        code.addStatement("int[] $L = $L.shape()", out.shape(), state);
        return out;
    }

    /** The backing array of the {@code NDArray} that {@code array} evaluates to, typed by the node's dtype. */
    private static CodeBlock data(Node node, CodeBlock array) {
        return CodeBlock.of("$T.$L($L)", JavaTypes.INTERNALS, JavaTypes.dataAccessor(node.type().dtype()), array);
    }

    /** A scalar op; non-scalar elementwise ops are always in a {@link FusedGroup}. */
    private Local elementwise(Node node, List<Local> in, Local out) {
        if (node.rank() > 0) {
            throw new IllegalStateException("bug in Symbolon: " + DebugPrinter.label(node) + " of rank "
                    + node.rank() + " is computed by the loop of its fused group, not by itself");
        }
        declareScalar(node, out, ScalarExpressions.of(node, in.stream().map(Local::data).collect(Collectors.toList())));
        return out;
    }

    private Local reduction(Node node, Local x, Local out, String op, String position) {
        if (x.isScalar()) {
            return node.op() == Op.ARGMAX || node.op() == Op.ARGMIN ? Local.scalar(JavaTypes.literal(0, DType.INT64)) : x;
        }
        if (node.input(0).type().dtype() == DType.BOOL) {
            throw new IllegalStateException("bug in Symbolon: " + op + " of bool values at " + position
                    + " has no CPU kernel; GraphOps refuses such a graph");
        }
        String axes = JavaTypes.intArray(node.axes());
        CodeBlock call = switch (node.op()) {
            // these have a value over no elements, so they cannot fail and need no position for a message
            case SUM, MEAN, SUPREMUM, PROD -> CodeBlock.of("$T.$L($L, $L, $L)", JavaTypes.REDUCTIONS, op, x.data(), x.shape(),
                    axes);
            default -> CodeBlock.of("$T.$L($L, $L, $L, $S, $S)", JavaTypes.REDUCTIONS, op, x.data(), x.shape(), axes,
                    op, position);
        };
        if (out.isScalar()) {
            declareScalar(node, out, CodeBlock.of("$L[0]", call));
        } else if (hasIntoForm(node, false) && node.op() != Op.PROD && node.op() != Op.ARGMAX && node.op() != Op.ARGMIN) {
            code.addStatement("int[] $L = $T.reducedShape($L, $L, $L)", out.shape(), JavaTypes.REDUCTIONS, x.shape(),
                    axes, node.keepDims());
            CodeBlock into = switch (node.op()) {
                case SUM, MEAN, SUPREMUM -> CodeBlock.of("$T.$LInto($L, $L, $L, $L)", JavaTypes.REDUCTIONS, op, x.data(),
                        x.shape(), axes, out.data());
                default -> CodeBlock.of("$T.$LInto($L, $L, $L, $L, $S, $S)", JavaTypes.REDUCTIONS, op, x.data(), x.shape(),
                        axes, out.data(), op, position);
            };
            declareInto(node, out, CodeBlock.of("$T.size($L)", JavaTypes.SHAPES, out.shape()), into);
        } else {
            declareArray(node, out, call);
            code.addStatement("int[] $L = $T.reducedShape($L, $L, $L)", out.shape(), JavaTypes.REDUCTIONS, x.shape(),
                    axes, node.keepDims());
        }
        return out;
    }

    private Local dot(Node node, Local a, Local b, Local out, String op, String position) {
        ClassName products = JavaTypes.MATRIX_PRODUCTS;
        if (hasIntoForm(node, true) && node.rank() > 0) {
            return dotInto(node, a, b, out, op, position);
        }
        switch (node.input(0).rank() * 10 + node.input(1).rank()) {
            case 11 -> declareScalar(node, out, CodeBlock.of("$T.dot($L, $L, $S, $S)", products, a.data(), b.data(),
                    op, position));
            case 21 -> {
                declareArray(node, out, CodeBlock.of("$T.matVec($L, $L, $L, $S, $S)", products, a.data(), a.shape(),
                        b.data(), op, position));
                code.addStatement("int[] $L = {$L[0]}", out.shape(), a.shape());
            }
            case 12 -> {
                declareArray(node, out, CodeBlock.of("$T.vecMat($L, $L, $L, $S, $S)", products, a.data(), b.data(),
                        b.shape(), op, position));
                code.addStatement("int[] $L = {$L[1]}", out.shape(), b.shape());
            }
            case 22 -> {
                boolean transA = TransposedOperands.readInPlace(node, 0);
                boolean transB = TransposedOperands.readInPlace(node, 1);
                if (transA || transB) {
                    Local left = productOperand(node, 0);
                    Local right = productOperand(node, 1);
                    declareArray(node, out, CodeBlock.of("$T.matMul($L, $L, $L, $L, $L, $L, $S, $S)", products,
                            left.data(), left.shape(), transA, right.data(), right.shape(), transB, op, position));
                    code.addStatement("int[] $L = {$L[$L], $L[$L]}", out.shape(), left.shape(), transA ? 1 : 0,
                            right.shape(), transB ? 0 : 1);
                } else {
                    declareArray(node, out, CodeBlock.of("$T.matMul($L, $L, $L, $L, $S, $S)", products, a.data(),
                            a.shape(), b.data(), b.shape(), op, position));
                    code.addStatement("int[] $L = {$L[0], $L[1]}", out.shape(), a.shape(), b.shape());
                }
            }
            default -> throw new IllegalStateException("bug in Symbolon: dot of ranks " + node.input(0).rank()
                    + " and " + node.input(1).rank() + " at " + position + ", which GraphOps refuses");
        }
        return out;
    }

    /**
     * The array a product reads for its operand {@code i}: the matrix under a transpose the product
     * reads in place ({@link TransposedOperands}), else the operand itself.
     */
    Local productOperand(Node product, int i) {
        Node operand = product.input(i);
        return locals.get(TransposedOperands.readInPlace(product, i) ? operand.input(0) : operand);
    }

    /**
     * Whether the local of {@code node} is assigned again after its declaration: a fused loop's sum or
     * mean adds into its local, a jacobian fills its array row by row. A lambda (the body of a loop on
     * several threads) cannot read such a local and reads a copy instead.
     */
    static boolean assignedMoreThanOnce(Node node) {
        return node.op() == Op.JACOBIAN || node.rank() == 0 && (node.op() == Op.SUM || node.op() == Op.MEAN);
    }

    /** The operands as the comment shows them: a transpose read in place as {@code transpose(t3)}. */
    private List<Local> shownOperands(Node node, List<Local> in) {
        List<Local> shown = new ArrayList<>(in);
        for (int i = 0; i < in.size(); i++) {
            if (TransposedOperands.readInPlace(node, i)) {
                shown.set(i, Local.scalar("transpose(" + productOperand(node, i).data() + ")"));
            }
        }
        return shown;
    }

    /** A product into an array from {@link Buffers}; the kernel checks the inner dimensions before it writes. */
    private Local dotInto(Node node, Local a, Local b, Local out, String op, String position) {
        ClassName products = JavaTypes.MATRIX_PRODUCTS;
        CodeBlock call = switch (node.input(0).rank() * 10 + node.input(1).rank()) {
            case 21 -> {
                code.addStatement("int[] $L = {$L[0]}", out.shape(), a.shape());
                yield CodeBlock.of("$T.matVecInto($L, $L, $L, $L, $S, $S)", products, a.data(), a.shape(), b.data(),
                        out.data(), op, position);
            }
            case 12 -> {
                code.addStatement("int[] $L = {$L[1]}", out.shape(), b.shape());
                yield CodeBlock.of("$T.vecMatInto($L, $L, $L, $L, $S, $S)", products, a.data(), b.data(), b.shape(),
                        out.data(), op, position);
            }
            case 22 -> {
                boolean transA = TransposedOperands.readInPlace(node, 0);
                boolean transB = TransposedOperands.readInPlace(node, 1);
                Local left = productOperand(node, 0);
                Local right = productOperand(node, 1);
                code.addStatement("int[] $L = {$L[$L], $L[$L]}", out.shape(), left.shape(), transA ? 1 : 0,
                        right.shape(), transB ? 0 : 1);
                yield transA || transB
                        ? CodeBlock.of("$T.matMulInto($L, $L, $L, $L, $L, $L, $L, $S, $S)", products, left.data(),
                                left.shape(), transA, right.data(), right.shape(), transB, out.data(), op, position)
                        : CodeBlock.of("$T.matMulInto($L, $L, $L, $L, $L, $S, $S)", products, a.data(), a.shape(),
                                b.data(), b.shape(), out.data(), op, position);
            }
            default -> throw new IllegalStateException("bug in Symbolon: dot of ranks " + node.input(0).rank()
                    + " and " + node.input(1).rank() + " at " + position + ", which GraphOps refuses");
        };
        declareInto(node, out, CodeBlock.of("$T.resultSize($S, $S, $L)", JavaTypes.SHAPE_CHECKS, op, position,
                out.shape()), call);
        return out;
    }

    /** A reshape moves no data: the result shares the input's array, which nothing ever writes to. */
    private Local reshape(Node node, Local x, String target, Local out, String op, String position) {
        String xShape = shapeOf(x);
        if (out.isScalar()) {
            if (x.isScalar()) {
                return x;
            }
            code.addStatement("$T.reshape($L, $L, $S, $S)", JavaTypes.SHAPE_OPS, xShape, target, op, position);
            declareScalar(node, out, CodeBlock.of("$L[0]", x.data()));
            return out;
        }
        code.addStatement("int[] $L = $T.reshape($L, $L, $S, $S)", out.shape(), JavaTypes.SHAPE_OPS, xShape, target, op,
                position);
        declareArray(node, out, x.isScalar() ? CodeBlock.of("{$L}", x.data()) : CodeBlock.of("$L", x.data()));
        return out;
    }

    private Local broadcastLike(Node node, Local x, Local model, Local result, String op, String position) {
        if (result.isScalar()) {
            return x;
        }
        Local out = new Local(result.data(), model.shape());
        if (x.isScalar()) {
            declareArray(node, out, buffers.array(node, CodeBlock.of("$T.size($L)", JavaTypes.SHAPES, out.shape())));
            code.addStatement("$T.fill($L, $L)", Arrays.class, out.data(), x.data());
            return out;
        }
        if (hasIntoForm(node, false)) {
            declareInto(node, out, CodeBlock.of("$T.size($L)", JavaTypes.SHAPES, out.shape()), CodeBlock.of(
                    "$T.broadcastInto($L, $L, $L, $L, $L, $L, $S, $S)", JavaTypes.SHAPE_OPS, x.data(), x.shape(),
                    JavaTypes.booleanArray(node.input(0).type().broadcastable()), JavaTypes.intArray(node.axes()),
                    out.shape(), out.data(), op, position));
            return out;
        }
        declareArray(node, out, CodeBlock.of("$T.gather($L, $T.broadcastIndex($L, $L, $L, $L, $S, $S))",
                JavaTypes.SHAPE_OPS, x.data(), JavaTypes.SHAPE_OPS, x.shape(),
                JavaTypes.booleanArray(node.input(0).type().broadcastable()), JavaTypes.intArray(node.axes()),
                out.shape(), op, position));
        return out;
    }

    private Local size(Node node, Local x, Local out) {
        DType dtype = node.type().dtype();
        if (x.isScalar()) {
            return Local.scalar(JavaTypes.literal(1, dtype));
        }
        CodeBlock count = CodeBlock.of("$T.size($L, $L)", JavaTypes.SHAPE_OPS, x.shape(), JavaTypes.intArray(node.axes()));
        declareScalar(node, out, switch (dtype) {
            case INT64 -> count;
            case BOOL -> CodeBlock.of("$L != 0", count);
            case INT32, FLOAT32, FLOAT64 -> CodeBlock.of("($T) $L", JavaTypes.primitive(dtype), count);
        });
        return out;
    }

    private Local take(Node node, Local x, Local indices, Local out, String op, String position) {
        CodeBlock index = CodeBlock.of("$T.takeIndex($L, $L, $L, $S, $S)", JavaTypes.INDEXING, x.shape(),
                arrayOf(node.input(1), indices), node.axis(), op, position);
        CodeBlock gathered = CodeBlock.of("$T.gather($L, $L)", JavaTypes.SHAPE_OPS, x.data(), index);
        if (out.isScalar()) {
            declareScalar(node, out, CodeBlock.of("$L[0]", gathered));
            return out;
        }
        code.addStatement("int[] $L = $T.takeShape($L, $L, $L, $S, $S)", out.shape(), JavaTypes.INDEXING, x.shape(),
                shapeOf(indices), node.axis(), op, position);
        declareArray(node, out, gathered);
        return out;
    }

    private Local takeAlongAxis(Node node, Local x, Local indices, Local out, String op, String position) {
        code.addStatement("int[] $L = $T.alongAxisShape($L, $L, $L, $L, $L, $S, $S)", out.shape(), JavaTypes.INDEXING,
                x.shape(), JavaTypes.booleanArray(node.input(0).type().broadcastable()), indices.shape(),
                JavaTypes.booleanArray(node.input(1).type().broadcastable()), node.axis(), op, position);
        declareArray(node, out, CodeBlock.of("$T.gather($L, $L)", JavaTypes.SHAPE_OPS, x.data(),
                alongAxisIndex(node.input(0), node.input(1), x, indices, out.shape(), node.axis(), op, position)));
        return out;
    }

    private static CodeBlock alongAxisIndex(Node x, Node indices, Local xLocal, Local indicesLocal, String outShape,
                                            int axis, String op, String position) {
        return CodeBlock.of("$T.alongAxisIndex($L, $L, $L, $L, $L, $L, $L, $S, $S)", JavaTypes.INDEXING, xLocal.shape(),
                JavaTypes.booleanArray(x.type().broadcastable()), indicesLocal.data(), indicesLocal.shape(),
                JavaTypes.booleanArray(indices.type().broadcastable()), outShape, axis, op, position);
    }

    /** g added into zeros of the model's shape along {@code index}, the map of the pick whose gradient g is. */
    private Local scatterAdd(Node node, Local g, Local model, CodeBlock index) {
        Local out = new Local(names.value(ids.get(node)), model.shape());
        declareArray(node, out, CodeBlock.of("$T.scatterAdd($L, $L, $T.size($L))", JavaTypes.INDEXING,
                arrayOf(node.input(0), g), index, JavaTypes.SHAPES, model.shape()));
        return out;
    }

    /** The flat array of a value, a one-element array for a scalar local. */
    private static CodeBlock arrayOf(Node node, Local value) {
        return value.isScalar()
                ? CodeBlock.of("new $T[] {$L}", JavaTypes.primitive(node.type().dtype()), value.data())
                : CodeBlock.of("$L", value.data());
    }

    private String shapeOf(Local value) {
        return value.isScalar() ? "new int[0]" : value.shape();
    }

    /**
     * Whether the kernel of {@code node} has an {@code ...Into} form for its dtype, so that its array
     * comes from {@link Buffers}: float64, and float32 for the products.
     */
    private static boolean hasIntoForm(Node node, boolean product) {
        DType dtype = node.type().dtype();
        return dtype == DType.FLOAT64 || product && dtype == DType.FLOAT32;
    }

    /** The node's array from {@link Buffers}, then the kernel that fills it. */
    private void declareInto(Node node, Local out, CodeBlock size, CodeBlock kernel) {
        declareArray(node, out, buffers.array(node, size));
        code.addStatement("$L", kernel);
    }

    private void declareScalar(Node node, Local out, CodeBlock value) {
        code.addStatement("$T $L = $L", JavaTypes.primitive(node.type().dtype()), out.data(), value);
    }

    private void declareArray(Node node, Local out, CodeBlock value) {
        TypeName type = JavaTypes.array(node.type().dtype(), 1);
        code.addStatement("$T $L = $L", type, out.data(), value);
    }

    /** The comment line above a node's statements: the op, the locals it reads and the user's line. */
    static CodeBlock comment(Node node, List<Local> in) {
        return CodeBlock.of("// $L$L\n", describe(node, in), node.position().isKnown() ? " at " + node.position() : "");
    }

    /** {@code exp(t2)}, {@code input x}, {@code shared w}: the op with the locals it reads. */
    private static String describe(Node node, List<Local> in) {
        return switch (node.op()) {
            case INPUT -> "input " + node.name();
            case SHARED -> "shared " + node.name();
            default -> DebugPrinter.label(node) + "(" + in.stream().map(Local::data).collect(Collectors.joining(", "))
                    + ")";
        };
    }
}
