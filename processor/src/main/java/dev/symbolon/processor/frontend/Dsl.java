package dev.symbolon.processor.frontend;

import dev.symbolon.internal.dsl.DslFunction;
import dev.symbolon.internal.dsl.DslTable;
import dev.symbolon.internal.dsl.Param;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the DSL's calls in a body through {@link DslTable}: {@code exp(x)} is the first form of
 * {@code exp} whose parameters take the arguments, and {@code x.plus(y)} the function {@code add}
 * with {@code x} as its first operand.
 *
 * <p>A symbolic scalar (a primitive local or parameter) is a rank-0 node here, even where javac chose
 * a {@code double} overload. A number at a symbolic parameter becomes a rank-0 node typed weakly next
 * to the other operands (so {@code n + 1} stays int32 for an int32 {@code n}); at an axis or a shape
 * it must be an {@code int}; where a list of axes goes, an int array literal.
 */
final class Dsl {
    /** The rank from which the handles no longer tell ranks apart: a Tensor is rank 3 or more. */
    private static final int TENSOR_RANK = 3;

    private Dsl() {}

    /** The DSL function a java.lang.Math function means, if it is one of the supported ones. */
    static Optional<String> mathFunction(String name) {
        return DslTable.mathFunction(name);
    }

    /** Whether the DSL has a function of this name. */
    static boolean isFunction(String name) {
        return !DslTable.forms(name).isEmpty();
    }

    /** {@code T.name(args)}; empty when no form of the function takes the arguments. */
    static Optional<Value> function(String name, List<Value> args) {
        return call(DslTable.forms(name), args, literalAnchor(args));
    }

    /** {@code receiver.name(args)}: the function the method means, the receiver first; empty when none fits. */
    static Optional<Value> method(Node receiver, String name, List<Value> args) {
        List<Value> operands = new ArrayList<>();
        operands.add(new Value.Symbol(receiver));
        operands.addAll(args);
        return call(DslTable.methodForms(name), operands, receiver);
    }

    private static Optional<Value> call(List<DslFunction> forms, List<Value> args, Node anchor) {
        for (DslFunction form : forms) {
            if (form.result() != DslFunction.Result.NONE) {
                Optional<DslFunction.Arguments> fitted = fit(form, args, anchor);
                if (fitted.isPresent()) {
                    return Optional.of(new Value.Symbol(form.builder().build(fitted.get())));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The operand that types literal arguments: the first symbolic one that is not bool, since a bool
     * (a where's condition, a comparison) says nothing of the dtype the math around it has.
     */
    private static Node literalAnchor(List<Value> args) {
        List<Node> symbols = args.stream()
                .filter(a -> a instanceof Value.Symbol).map(a -> ((Value.Symbol) a).node()).toList();
        return symbols.stream().filter(n -> n.type().dtype() != DType.BOOL).findFirst()
                .orElse(symbols.isEmpty() ? null : symbols.get(0));
    }

    /** The arguments by kind when each fits its parameter and the operands' ranks fit the rank rule. */
    private static Optional<DslFunction.Arguments> fit(DslFunction form, List<Value> args, Node anchor) {
        List<Param> params = form.params();
        int fixed = form.isVarargs() ? params.size() - 1 : params.size();
        if (form.isVarargs() ? args.size() < form.minArguments() : args.size() != fixed) {
            return Optional.empty();
        }
        List<Node> operands = new ArrayList<>();
        List<Integer> ints = new ArrayList<>();
        List<int[]> axisLists = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Param param = i < fixed ? params.get(i) : form.varargs();
            Value arg = args.get(i);
            if (param.isSymbolic() && arg instanceof Value.Symbol symbol) {
                operands.add(symbol.node());
            } else if (param.isSymbolic() && arg instanceof Value.Literal literal) {
                operands.add(anchor == null ? literal.node() : literal.nodeNextTo(anchor));
            } else if ((param == Param.AXIS || param == Param.INT || param == Param.INTS) && arg instanceof Value.Literal literal
                    && literal.javaType() == DType.INT32) {
                ints.add(literal.value().intValue());
            } else if (param == Param.AXES && arg instanceof Value.IntArray array) {
                axisLists.add(array.values());
            } else {
                // a dtype is no value a body computes
                return Optional.empty();
            }
        }
        int[] ranks = operands.stream().mapToInt(n -> Math.min(n.rank(), TENSOR_RANK)).toArray();
        int count = axisLists.isEmpty() ? ints.size() : axisLists.get(0).length;
        if (form.resultRank(ranks, count).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DslFunction.Arguments(operands, ints.stream().mapToInt(Integer::intValue).toArray(),
                null, axisLists));
    }
}
