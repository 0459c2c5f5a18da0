package dev.symbolon.processor.frontend;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import dev.symbolon.internal.ir.CatalogueEntry;
import dev.symbolon.internal.ir.GraphError;
import dev.symbolon.internal.ir.GraphException;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.Trace;
import dev.symbolon.internal.model.Update;
import dev.symbolon.processor.diagnostics.Message;
import dev.symbolon.runtime.DType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the statements of a symbolic body in order: local declarations and assignments, update
 * statements, and the final return. An error abandons its statement and reading goes on, so that
 * one compilation reports every error of the method.
 */
final class BodyReader {
    private final ClassContext context;
    private final MethodSignature method;
    private final Scope scope;
    private final Calls calls;
    private final ExpressionEvaluator evaluator;

    BodyReader(ClassContext context, MethodSignature method, Scope scope, Calls calls) {
        this.context = context;
        this.method = method;
        this.scope = scope;
        this.calls = calls;
        this.evaluator = new ExpressionEvaluator(context, method, scope, calls);
    }

    /** Reads the body; the result is what it returns, converted to the declared result, if it returns something. */
    Optional<Value> read() {
        Optional<Value> result = Optional.empty();
        boolean returned = false;
        for (StatementTree statement : method.tree().getBody().getStatements()) {
            if (returned) {
                context.reporter.error(Message.STATEMENT_AFTER_RETURN, statement, method.unit());
                break;
            }
            try {
                if (statement instanceof ReturnTree ret) {
                    returned = true;
                    result = returned(ret);
                } else {
                    statement(statement);
                }
            } catch (Abandon abandoned) {
                // Reported already; the next statement may have errors of its own.
            }
        }
        if (!returned && !(method.result() instanceof Declarations.Result.None)) {
            context.reporter.error(Message.MISSING_RETURN, method.element(), method.name());
        }
        return result;
    }

    private void statement(StatementTree statement) {
        switch (statement.getKind()) {
            case VARIABLE -> declaration((VariableTree) statement);
            case EXPRESSION_STATEMENT -> expressionStatement(((ExpressionStatementTree) statement).getExpression());
            case FOR_LOOP -> throw fail(Message.LOOP, statement, "for");
            case ENHANCED_FOR_LOOP -> throw fail(Message.LOOP, statement, "for-each");
            case WHILE_LOOP -> throw fail(Message.LOOP, statement, "while");
            case DO_WHILE_LOOP -> throw fail(Message.LOOP, statement, "do-while");
            case IF -> throw fail(Message.BRANCH, statement, "'if'");
            case SWITCH -> throw fail(Message.BRANCH, statement, "'switch'");
            case EMPTY_STATEMENT -> { }
            default -> throw fail(Message.UNSUPPORTED_STATEMENT, statement, describe(statement.getKind()));
        }
    }

    private static String describe(Tree.Kind kind) {
        return "a " + kind.name().toLowerCase().replace('_', ' ');
    }

    private void declaration(VariableTree local) {
        String name = local.getName().toString();
        Optional<DType> conversion = local.getType() instanceof PrimitiveTypeTree primitive
                ? evaluator.primitiveDtype(primitive) : Optional.empty();
        if (local.getInitializer() == null) {
            scope.local(name, null, conversion);
            throw fail(Message.LOCAL_WITHOUT_VALUE, local, name, local.getType(), name);
        }
        try {
            scope.local(name, evaluator.evaluate(local.getInitializer()), conversion);
        } catch (Abandon abandoned) {
            scope.local(name, null, conversion);
            throw abandoned;
        }
    }

    private void expressionStatement(ExpressionTree expression) {
        switch (expression.getKind()) {
            case ASSIGNMENT -> {
                var assignment = (AssignmentTree) expression;
                Scope.Binding target = assignable(assignment.getVariable(), "=");
                scope.local(name(assignment.getVariable()), evaluator.evaluate(assignment.getExpression()),
                        target.conversion());
            }
            case PLUS_ASSIGNMENT, MINUS_ASSIGNMENT, MULTIPLY_ASSIGNMENT, DIVIDE_ASSIGNMENT, REMAINDER_ASSIGNMENT -> {
                var compound = (CompoundAssignmentTree) expression;
                Scope.Binding target = assignable(compound.getVariable(), operator(expression.getKind()));
                Value value = evaluator.evaluate(compound.getExpression());
                changeLocal(compound.getVariable(), target, Operators.methodName(expression.getKind()).orElseThrow(),
                        value, expression);
            }
            case PREFIX_INCREMENT, POSTFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_DECREMENT -> {
                var unary = (UnaryTree) expression;
                boolean increment = expression.getKind() == Tree.Kind.PREFIX_INCREMENT
                        || expression.getKind() == Tree.Kind.POSTFIX_INCREMENT;
                Scope.Binding target = assignable(unary.getExpression(), increment ? "++" : "--");
                changeLocal(unary.getExpression(), target, increment ? "plus" : "minus",
                        Value.Literal.integer(1, DType.INT32), expression);
            }
            case METHOD_INVOCATION -> {
                var call = (MethodInvocationTree) expression;
                if (isUpdate(call)) {
                    update(call);
                } else {
                    // A call of a @Symbolic method as a statement contributes its updates.
                    evaluator.evaluate(call);
                }
            }
            default -> throw fail(Message.UNSUPPORTED_STATEMENT, expression, "an expression statement");
        }
    }

    /** {@code local op= value}, which Java converts back to the local's declared type. */
    private void changeLocal(ExpressionTree variable, Scope.Binding target, String method, Value value,
                             Tree tree) {
        try (var position = SourcePosition.enter(context.position(this.method.unit(), tree))) {
            scope.local(name(variable), evaluator.binary(method, target.value(), value, tree), target.conversion());
        } catch (GraphException e) {
            throw evaluator.fail(e, tree);
        }
    }

    private static String operator(Tree.Kind kind) {
        return switch (kind) {
            case PLUS_ASSIGNMENT -> "+=";
            case MINUS_ASSIGNMENT -> "-=";
            case MULTIPLY_ASSIGNMENT -> "*=";
            case DIVIDE_ASSIGNMENT -> "/=";
            default -> "%=";
        };
    }

    /** The binding of a local that a statement may change; parameters and fields are reported. */
    private Scope.Binding assignable(ExpressionTree variable, String operator) {
        String name = name(variable);
        Optional<Scope.Binding> binding = variable instanceof IdentifierTree ? scope.find(name) : Optional.empty();
        if (binding.isPresent() && binding.get().kind() == Scope.Kind.LOCAL) {
            if (binding.get().value() == null) {
                throw new Abandon();
            }
            return binding.get();
        }
        if (binding.isPresent()) {
            throw operator.equals("=")
                    ? fail(Message.ASSIGNMENT_TO_PARAMETER, variable, name, name)
                    : fail(Message.COMPOUND_ASSIGNMENT_TO_PARAMETER, variable, name, operator, name, name);
        }
        if (context.shared.containsKey(name)) {
            throw fail(Message.ASSIGNMENT_TO_SHARED, variable, name, name);
        }
        throw fail(Message.UNKNOWN_NAME, variable, variable.toString());
    }

    /** The simple name of an assigned variable: {@code x} or {@code this.x}. */
    private static String name(ExpressionTree variable) {
        if (variable instanceof MemberSelectTree select) {
            return select.getIdentifier().toString();
        }
        return variable instanceof IdentifierTree id ? id.getName().toString() : variable.toString();
    }

    // ---- update(field, value)

    private boolean isUpdate(MethodInvocationTree call) {
        String select = ExpressionEvaluator.qualifiedName(call.getMethodSelect());
        return "T.update".equals(select) || "dev.symbolon.T.update".equals(select)
                || "update".equals(select) && !context.methods.containsKey("update") && !context.hasPlainMethod("update");
    }

    private void update(MethodInvocationTree call) {
        if (call.getArguments().size() != 2) {
            throw fail(Message.NO_MATCHING_FUNCTION, call, "update", call.getArguments().size() + " arguments");
        }
        ExpressionTree target = call.getArguments().get(0);
        String name = ExpressionEvaluator.qualifiedName(target);
        String field = name != null && name.startsWith("this.") ? name.substring(5) : name;
        boolean isShared = field != null && context.shared.containsKey(field)
                && (name.startsWith("this.") || scope.find(field).isEmpty());
        if (!isShared) {
            throw fail(GraphError.UPDATE_TARGET_NOT_SHARED, target, "'" + target + "'");
        }
        ClassContext.Shared shared = context.shared.get(field);
        ExpressionTree valueTree = call.getArguments().get(1);
        Value value = evaluator.evaluate(valueTree);
        Node node;
        try (var position = SourcePosition.enter(context.position(method.unit(), valueTree))) {
            node = Trace.convertUpdate(shared.leaf(), value instanceof Value.Literal literal
                    ? literal.newValueOf(shared.leaf()) : evaluator.toNode(value, valueTree));
        } catch (GraphException e) {
            throw evaluator.fail(e, valueTree);
        }
        if (!calls.updates().add(new Update(field, node))) {
            throw fail(GraphError.DUPLICATE_UPDATE, call, field);
        }
    }

    // ---- return

    private Optional<Value> returned(ReturnTree ret) {
        Declarations.Result declared = method.result();
        ExpressionTree expression = ret.getExpression();
        if (expression == null) {
            return Optional.empty();
        }
        if (declared instanceof Declarations.Result.Record record) {
            Value value = expression instanceof NewClassTree created
                    ? newRecord(record, created) : evaluator.evaluate(expression);
            if (!(value instanceof Value.Record)) {
                throw fail(Message.UNSUPPORTED_EXPRESSION, expression, "a value where record " + record.simpleName()
                        + " is returned (write 'return new " + record.simpleName() + "(...);')");
            }
            return Optional.of(value);
        }
        Declared single = ((Declarations.Result.Single) declared).declared();
        return Optional.of(new Value.Symbol(conform(single, evaluator.evaluate(expression), expression)));
    }

    /** {@code new Record(a, b, ...)}: each component converted to its declared type. */
    private Value.Record newRecord(Declarations.Result.Record record, NewClassTree created) {
        Map<String, Value> components = new LinkedHashMap<>();
        List<? extends ExpressionTree> args = created.getArguments();
        for (int i = 0; i < args.size() && i < record.components().size(); i++) {
            Declarations.Component component = record.components().get(i);
            ExpressionTree arg = args.get(i);
            components.put(component.name(),
                    new Value.Symbol(conform(component.declared(), evaluator.evaluate(arg), arg)));
        }
        return new Value.Record(record.simpleName(), components);
    }

    /** A returned value as the node of its declared result: converted to a fixed dtype, if the type fixes one. */
    private Node conform(Declared declared, Value value, ExpressionTree tree) {
        try (var position = SourcePosition.enter(context.position(method.unit(), tree))) {
            Value converted = declared.dtype().map(value::convertTo).orElse(value);
            return evaluator.toNode(converted, tree);
        }
    }

    private Abandon fail(CatalogueEntry message, Tree tree, Object... args) {
        return evaluator.fail(message, tree, args);
    }
}
