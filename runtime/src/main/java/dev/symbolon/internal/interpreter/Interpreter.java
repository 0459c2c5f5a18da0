package dev.symbolon.internal.interpreter;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.internal.random.DrawCall;
import dev.symbolon.internal.random.Draws;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The reference interpreter: evaluates a graph node by node, straightforwardly, as the oracle that
 * generated code and gradients are compared with. Its semantics are Java's: floats compute in double
 * and float32 results are rounded after every op; integers compute in long and int32 results wrap as
 * Java's {@code int} does; {@code quotient} and {@code rem} are Java's integer {@code /} and {@code %}
 * (so an integer division or remainder by zero throws {@link ArithmeticException}); {@code maximum}, {@code minimum}, {@code max} and {@code min} treat
 * NaN and signed zeros as {@link Math#max} does.
 *
 * <p>Draws ({@code uniform}, {@code normal}, {@code bernoulli}) take their numbers from a {@link DrawCall}
 * by the definition of {@link Draws}, as generated code does: given the call a compiled method drew
 * with, the interpreter draws the same numbers. Without one, a fresh unseeded call is drawn from.
 *
 * <p>Shapes are checked as each op runs: an operand shape the op cannot take throws
 * {@link ShapeException} naming the op, the shapes and the op's source position.
 */
public final class Interpreter {
    private Interpreter() {}

    /**
     * The values of {@code outputs}, in order. Each node they depend on is evaluated once.
     *
     * @param leafValues the value of each {@link dev.symbolon.internal.ir.Op#INPUT} and
     *        {@link dev.symbolon.internal.ir.Op#SHARED} leaf, of the leaf's dtype and rank
     * @throws IllegalArgumentException if a leaf's value is missing ({@code null}) or has another dtype
     * @throws ShapeException if a value's shape does not fit where it is used
     */
    public static List<NDArray> evaluate(List<Node> outputs, Function<Node, NDArray> leafValues) {
        return evaluate(outputs, leafValues, DrawCall.unseeded());
    }

    /**
     * As {@link #evaluate(List, Function)}, drawing the numbers of {@code draws}.
     *
     * @param outputs the nodes to evaluate
     * @param leafValues the value of each leaf
     * @param draws the call whose numbers the graph's draws take
     * @return the values of {@code outputs}, in order
     */
    public static List<NDArray> evaluate(List<Node> outputs, Function<Node, NDArray> leafValues, DrawCall draws) {
        Map<Node, NDArray> values = evaluateAll(outputs, leafValues, draws);
        List<NDArray> results = new ArrayList<>(outputs.size());
        for (Node output : outputs) {
            results.add(values.get(output));
        }
        return results;
    }

    /** The value of {@code output}, taking each leaf's value by its name. */
    public static NDArray evaluate(Node output, Map<String, NDArray> leavesByName) {
        return evaluate(List.of(output), leaf -> leavesByName.get(leaf.name())).get(0);
    }

    /**
     * The value of every node that {@code outputs} depend on, leaves and outputs included, in a map
     * keyed by node identity; for inspecting intermediates, as debug mode does.
     *
     * @see #evaluate(List, Function)
     */
    public static Map<Node, NDArray> evaluateAll(List<Node> outputs, Function<Node, NDArray> leafValues) {
        return evaluateAll(outputs, leafValues, DrawCall.unseeded());
    }

    /**
     * As {@link #evaluateAll(List, Function)}, drawing the numbers of {@code draws}.
     *
     * @param outputs the nodes to evaluate
     * @param leafValues the value of each leaf
     * @param draws the call whose numbers the graph's draws take
     * @return every node's value by identity
     */
    public static Map<Node, NDArray> evaluateAll(List<Node> outputs, Function<Node, NDArray> leafValues,
                                                 DrawCall draws) {
        Map<Node, NDArray> values = new IdentityHashMap<>();
        for (Node node : TopologicalOrder.of(outputs)) {
            List<NDArray> in = new ArrayList<>(node.inputs().size());
            for (Node input : node.inputs()) {
                in.add(values.get(input));
            }
            NDArray value = apply(node, in, leafValues, draws);
            requireType(node, value);
            values.put(node, value);
        }
        return values;
    }

    /** One op applied to its operands' values; every op has its case here, so a new one cannot be forgotten. */
    private static NDArray apply(Node node, List<NDArray> in, Function<Node, NDArray> leafValues, DrawCall draws) {
        return switch (node.op()) {
            case INPUT, SHARED -> Leaves.given(node, leafValues.apply(node));
            case CONSTANT -> Leaves.constant(node);
            case NEG -> Elementwise.unary(node, in, x -> -x, x -> -x);
            case ABS -> Elementwise.unary(node, in, Math::abs, Math::abs);
            case SIGN -> Elementwise.unary(node, in, Math::signum, Long::signum);
            case SQUARE -> Elementwise.unary(node, in, x -> x * x, x -> x * x);
            case SQRT -> Elementwise.unaryFloat(node, in, Math::sqrt);
            case EXP -> Elementwise.unaryFloat(node, in, Math::exp);
            case EXPM1 -> Elementwise.unaryFloat(node, in, Math::expm1);
            case LOG -> Elementwise.unaryFloat(node, in, Math::log);
            case LOG1P -> Elementwise.unaryFloat(node, in, Math::log1p);
            case SIGMOID -> Elementwise.unaryFloat(node, in, StableMath::sigmoid);
            case SOFTPLUS -> Elementwise.unaryFloat(node, in, StableMath::softplus);
            case TANH -> Elementwise.unaryFloat(node, in, Math::tanh);
            case SIN -> Elementwise.unaryFloat(node, in, Math::sin);
            case COS -> Elementwise.unaryFloat(node, in, Math::cos);
            case CAST -> Elementwise.cast(node, in);
            case ADD -> Elementwise.binary(node, in, (a, b) -> a + b, (a, b) -> a + b);
            case SUB -> Elementwise.binary(node, in, (a, b) -> a - b, (a, b) -> a - b);
            case MUL -> Elementwise.binary(node, in, (a, b) -> a * b, (a, b) -> a * b);
            case DIV -> Elementwise.binaryFloat(node, in, (a, b) -> a / b);
            case QUOTIENT -> Elementwise.binaryInteger(node, in, (a, b) -> a / b);
            case REM -> Elementwise.binary(node, in, (a, b) -> a % b, (a, b) -> a % b);
            case POW -> Elementwise.binaryFloat(node, in, Math::pow);
            case MAXIMUM -> Elementwise.binary(node, in, Math::max, Math::max);
            case MINIMUM -> Elementwise.binary(node, in, Math::min, Math::min);
            case GT -> Elementwise.compare(node, in, (a, b) -> a > b, (a, b) -> a > b);
            case GE -> Elementwise.compare(node, in, (a, b) -> a >= b, (a, b) -> a >= b);
            case LT -> Elementwise.compare(node, in, (a, b) -> a < b, (a, b) -> a < b);
            case LE -> Elementwise.compare(node, in, (a, b) -> a <= b, (a, b) -> a <= b);
            case EQ -> Elementwise.compare(node, in, (a, b) -> a == b, (a, b) -> a == b);
            case NE -> Elementwise.compare(node, in, (a, b) -> a != b, (a, b) -> a != b);
            case WHERE -> Elementwise.where(node, in);
            case SUM -> Reductions.sum(node, in.get(0));
            case MEAN -> Reductions.mean(node, in.get(0));
            case MAX -> Reductions.extreme(node, in.get(0), true);
            case MIN -> Reductions.extreme(node, in.get(0), false);
            case SUPREMUM -> Reductions.supremum(node, in.get(0));
            case ARGMAX -> Reductions.argmax(node, in.get(0));
            case DOT -> LinearAlgebra.dot(node, in.get(0), in.get(1));
            case OUTER -> LinearAlgebra.outer(node, in.get(0), in.get(1));
            case TRANSPOSE -> ShapeOps.transpose(node, in.get(0));
            case RESHAPE -> ShapeOps.reshape(node, in.get(0));
            case RESHAPE_LIKE -> ShapeOps.reshapeLike(node, in.get(0), in.get(1));
            case BROADCAST_LIKE -> ShapeOps.broadcastLike(node, in.get(0), in.get(1));
            case SIZE -> ShapeOps.size(node, in.get(0));
            case SOFTMAX -> Softmax.softmax(node, in.get(0));
            case LOG_SOFTMAX -> Softmax.logSoftmax(node, in.get(0));
            case TAKE -> Picks.take(node, in.get(0), in.get(1));
            case SCATTER_ADD -> Picks.scatterAdd(node, in.get(0), in.get(1), in.get(2));
            case TAKE_ALONG_AXIS -> Picks.takeAlongAxis(node, in.get(0), in.get(1));
            case SCATTER_ADD_ALONG_AXIS -> Picks.scatterAddAlongAxis(node, in.get(0), in.get(1), in.get(2));
            case SLICE -> Picks.slice(node, in.get(0));
            case SCATTER_SLICE -> Picks.scatterSlice(node, in.get(0), in.get(1));
            case CONCATENATE -> Picks.concatenate(node, in.get(0), in.get(1));
            case ARANGE -> Picks.arange(node, in.get(0));
            case FLOOR -> Elementwise.unaryFloat(node, in, Math::floor);
            case CEIL -> Elementwise.unaryFloat(node, in, Math::ceil);
            case ROUND -> Elementwise.unaryFloat(node, in, Math::rint);
            case ERF -> Elementwise.unaryFloat(node, in, StableMath::erf);
            case LOG2 -> Elementwise.unaryFloat(node, in, StableMath::log2);
            case LOG10 -> Elementwise.unaryFloat(node, in, Math::log10);
            case PROD -> Reductions.prod(node, in.get(0));
            case ARGMIN -> Reductions.argmin(node, in.get(0));
            case CUMSUM -> Scans.cumsum(node, in.get(0));
            case JACOBIAN -> Jacobians.rows(node, in);
            case CONV2D -> Convolutions.conv2d(node, in.get(0), in.get(1));
            case CONV2D_INPUT_GRAD -> Convolutions.conv2dInputGrad(node, in.get(0), in.get(1), in.get(2));
            case CONV2D_FILTER_GRAD -> Convolutions.conv2dFilterGrad(node, in.get(0), in.get(1), in.get(2));
            case MAX_POOL2D -> Convolutions.maxPool2d(node, in.get(0));
            case MAX_POOL2D_GRAD -> Convolutions.maxPool2dGrad(node, in.get(0), in.get(1));
            case AVG_POOL2D -> Convolutions.avgPool2d(node, in.get(0));
            case AVG_POOL2D_GRAD -> Convolutions.avgPool2dGrad(node, in.get(0), in.get(1));
            case UNIFORM -> RandomDraws.draw(node, Draws.Kind.UNIFORM, in.get(0), 0, draws);
            case NORMAL -> RandomDraws.draw(node, Draws.Kind.NORMAL, in.get(0), 0, draws);
            case BERNOULLI -> RandomDraws.draw(node, Draws.Kind.BERNOULLI, in.get(1), in.get(0).toDoubleArray()[0], draws);
        };
    }

    /**
     * Checks a computed value against its node's type. Given values are checked by {@link Leaves},
     * so a failure here is a bug in this interpreter or in a type rule, not in the caller's values.
     */
    private static void requireType(Node node, NDArray value) {
        int[] shape = value.shape();
        boolean fits = value.dtype() == node.type().dtype() && shape.length == node.rank();
        for (int d = 0; fits && d < shape.length; d++) {
            fits = !node.type().isBroadcastable(d) || shape[d] == 1;
        }
        if (!fits) {
            throw new IllegalStateException(node.describe() + " evaluated to " + value.dtype() + " "
                    + Arrays.toString(shape));
        }
    }
}
