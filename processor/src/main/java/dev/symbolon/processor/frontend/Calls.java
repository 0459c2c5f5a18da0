package dev.symbolon.processor.frontend;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.ir.GraphError;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.processor.diagnostics.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Method calls in a symbolic body: {@code grad}, calls of other {@code @Symbolic} methods (inlined),
 * the DSL's functions and methods, and java.lang.Math's functions; anything else is outside the DSL.
 * One instance serves a top-level method and everything inlined into it, since inlined updates
 * belong to the top-level call.
 */
final class Calls {
    private final ClassContext context;
    private final Updates updates;

    Calls(ClassContext context, Updates updates) {
        this.context = context;
        this.updates = updates;
    }

    Updates updates() {
        return updates;
    }

    Value call(ExpressionEvaluator evaluator, MethodInvocationTree tree) {
        ExpressionTree select = tree.getMethodSelect();
        if (select instanceof IdentifierTree id) {
            return unqualified(evaluator, tree, id.getName().toString());
        }
        if (!(select instanceof MemberSelectTree member)) {
            throw evaluator.fail(Message.UNSUPPORTED_EXPRESSION, tree, "'" + tree + "'");
        }
        String name = member.getIdentifier().toString();
        String qualifier = ExpressionEvaluator.qualifiedName(member.getExpression());
        if (qualifier == null || isValue(evaluator, qualifier)) {
            return onValue(evaluator, tree, evaluator.evaluate(member.getExpression()), name);
        }
        if (qualifier.equals("this") || context.isOwnName(qualifier)) {
            MethodSignature callee = context.methods.get(name);
            if (callee == null) {
                throw outside(evaluator, tree);
            }
            return inline(evaluator, tree, callee);
        }
        if (qualifier.equals("T") || qualifier.equals("dev.symbolon.T")) {
            return function(evaluator, tree, name);
        }
        if (ExpressionEvaluator.isMath(qualifier)) {
            String function = Dsl.mathFunction(name).orElseThrow(() -> outside(evaluator, tree));
            return apply(evaluator, tree, function, evaluator.javaIntegerOperands(evaluator.arguments(tree), tree));
        }
        throw outside(evaluator, tree);
    }

    /** Whether the qualifier of a call names a value (the call is a method of it) rather than a class. */
    private boolean isValue(ExpressionEvaluator evaluator, String qualifier) {
        return qualifier.startsWith("this.") || !qualifier.contains(".") && !qualifier.equals("this")
                && evaluator.lookup(qualifier).isPresent();
    }

    /** {@code name(...)}: a method of this class, else a function of T imported statically. */
    private Value unqualified(ExpressionEvaluator evaluator, MethodInvocationTree tree, String name) {
        MethodSignature callee = context.methods.get(name);
        if (callee != null) {
            return inline(evaluator, tree, callee);
        }
        if (context.hasPlainMethod(name)) {
            throw outside(evaluator, tree);
        }
        return function(evaluator, tree, name);
    }

    /** A function of T, {@code grad} being the front end's own. */
    private Value function(ExpressionEvaluator evaluator, MethodInvocationTree tree, String name) {
        if (name.equals("grad")) {
            return grad(evaluator, tree);
        }
        if (name.equals("update")) {
            throw evaluator.fail(Message.UPDATE_NOT_A_STATEMENT, tree);
        }
        if (!Dsl.isFunction(name)) {
            throw outside(evaluator, tree);
        }
        return apply(evaluator, tree, name, evaluator.arguments(tree));
    }

    private static Value apply(ExpressionEvaluator evaluator, MethodInvocationTree tree, String name, List<Value> given) {
        // numbers with no symbolic operand to be typed next to are of the method's default float type
        List<Value> args = given.stream().anyMatch(a -> a instanceof Value.Symbol) ? given
                : given.stream().map(a -> a instanceof Value.Literal l ? (Value) evaluator.inDefaultFloat(l) : a).toList();
        return Dsl.function(name, args).orElseThrow(() -> evaluator.fail(Message.NO_MATCHING_FUNCTION, tree,
                name, ExpressionEvaluator.describe(args)));
    }

    /** A method of a symbolic value, or a component of a record an inlined method returned. */
    private Value onValue(ExpressionEvaluator evaluator, MethodInvocationTree tree, Value receiver, String name) {
        List<Value> args = evaluator.arguments(tree);
        if (receiver instanceof Value.Record record) {
            Value component = record.components().get(name);
            if (component == null || !args.isEmpty()) {
                throw evaluator.fail(Message.NO_MATCHING_FUNCTION, tree, record.simpleName() + "." + name,
                        ExpressionEvaluator.describe(args));
            }
            return component;
        }
        return evaluator.method(evaluator.toNode(receiver, tree), name, args, tree);
    }

    private Abandon outside(ExpressionEvaluator evaluator, MethodInvocationTree tree) {
        return evaluator.fail(Message.CALL_OUTSIDE_DSL, tree, "'" + tree.getMethodSelect() + "(...)'");
    }

    /**
     * {@code grad(cost, wrt)}, checked here so that each mistake gets its own sentence at the
     * argument that is wrong; Autodiff then only meets graphs it can differentiate.
     */
    private Value grad(ExpressionEvaluator evaluator, MethodInvocationTree tree) {
        if (tree.getArguments().size() != 2) {
            throw evaluator.fail(Message.NO_MATCHING_FUNCTION, tree, "grad",
                    ExpressionEvaluator.describe(evaluator.arguments(tree)));
        }
        ExpressionTree costTree = tree.getArguments().get(0);
        ExpressionTree wrtTree = tree.getArguments().get(1);
        Node cost = evaluator.evaluateNode(costTree);
        Node wrt = evaluator.evaluateNode(wrtTree);
        if (!cost.type().isScalar()) {
            throw evaluator.fail(GraphError.GRAD_NON_SCALAR_COST, costTree, cost.type().kindName(), cost.type());
        }
        if (!cost.type().dtype().isFloat()) {
            throw evaluator.fail(GraphError.GRAD_NON_FLOAT_COST, costTree, cost.type().dtype());
        }
        if (!wrt.type().dtype().isFloat()) {
            throw evaluator.fail(GraphError.GRAD_WRT_NOT_FLOAT, wrtTree, "'" + wrtTree + "'", wrt.type().dtype());
        }
        if (!TopologicalOrder.of(List.of(cost)).contains(wrt)) {
            throw evaluator.fail(GraphError.GRAD_WRT_UNUSED, wrtTree, "'" + wrtTree + "'");
        }
        return new Value.Symbol(Autodiff.grad(cost, wrt));
    }

    /**
     * A call of another {@code @Symbolic} method: its body is read again with the arguments in place
     * of its parameters, converted as Java converts arguments. Its errors are reported at its own
     * lines (once, however often it is inlined) and abandon the caller's statement.
     */
    private Value inline(ExpressionEvaluator evaluator, MethodInvocationTree tree, MethodSignature callee) {
        if (context.reading.contains(callee.name())) {
            throw evaluator.fail(Message.RECURSION, tree, callee.name(),
                    String.join(" -> ", context.reading) + " -> " + callee.name());
        }
        List<Value> args = evaluator.arguments(tree);
        Scope scope = new Scope();
        for (int i = 0; i < args.size(); i++) {
            MethodSignature.Param p = callee.parameters().get(i);
            Value arg = args.get(i);
            scope.parameter(p.name(), p.declared().dtype().map(arg::convertTo).orElse(arg));
        }
        int errors = context.reporter.errorCount();
        context.reading.addLast(callee.name());
        Optional<Value> result;
        try {
            result = new BodyReader(context, callee, scope, this).read();
        } finally {
            context.reading.removeLast();
        }
        if (context.reporter.errorCount() > errors) {
            throw new Abandon();
        }
        // A void method has no value; javac allows its call only as a statement, which ignores it.
        return result.orElseGet(() -> new Value.Record(callee.name(), Map.of()));
    }
}
