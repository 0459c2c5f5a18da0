package dev.symbolon.processor.frontend;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.SimpleTreeVisitor;
import dev.symbolon.internal.ir.CatalogueEntry;
import dev.symbolon.internal.ir.GraphException;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.processor.diagnostics.Message;
import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.lang.model.type.TypeKind;

/**
 * Evaluates the expressions of a symbolic body to {@link Value}s, building graph nodes through the
 * DSL. Names are resolved here, in order: locals and parameters, {@code @Shared} fields, static
 * final constants of the class, then the DSL's functions. Every node gets the position of the
 * expression that built it.
 */
final class ExpressionEvaluator extends SimpleTreeVisitor<Value, Void> {
    private final ClassContext context;
    private final MethodSignature method;
    private final Scope scope;
    private final Calls calls;

    ExpressionEvaluator(ClassContext context, MethodSignature method, Scope scope, Calls calls) {
        this.context = context;
        this.method = method;
        this.scope = scope;
        this.calls = calls;
    }

    /** Evaluates {@code tree}; reports a problem and throws {@link Abandon} when it cannot. */
    Value evaluate(ExpressionTree tree) {
        try (var position = SourcePosition.enter(context.position(method.unit(), tree))) {
            return tree.accept(this, null);
        } catch (GraphException e) {
            throw fail(e, tree);
        }
    }

    /**
     * A number that stands alone, with no operand to take a dtype from, in the method's default float
     * type: under {@code @Float32} a double literal is a float32 constant, as floatX makes it in Theano.
     */
    Value.Literal inDefaultFloat(Value.Literal literal) {
        return literal.javaType() == DType.FLOAT64 && method.defaultFloat() == DType.FLOAT32
                ? Value.Literal.floating(literal.value().doubleValue(), DType.FLOAT32) : literal;
    }

    /** Evaluates {@code tree} to a node: a number becomes a constant of its own Java type. */
    Node evaluateNode(ExpressionTree tree) {
        return toNode(evaluate(tree), tree);
    }

    Node toNode(Value value, Tree tree) {
        if (value instanceof Value.Symbol symbol) {
            return symbol.node();
        }
        if (value instanceof Value.Literal literal) {
            try (var position = SourcePosition.enter(context.position(method.unit(), tree))) {
                return inDefaultFloat(literal).node();
            }
        }
        if (value instanceof Value.IntArray) {
            throw fail(Message.UNSUPPORTED_EXPRESSION, tree, "an int array used as a value (an int array literal is a"
                    + " list of axes, as tensordot takes)");
        }
        throw fail(Message.UNSUPPORTED_EXPRESSION, tree, "a record used as a value (select one of its components)");
    }

    /** Reports {@code message} at {@code tree}; the caller throws the result to stop reading the statement. */
    Abandon fail(CatalogueEntry message, Tree tree, Object... args) {
        context.reporter.error(message, tree, method.unit(), args);
        return new Abandon();
    }

    /** Reports a graph that {@code tree} could not build, at {@code tree}. */
    Abandon fail(GraphException e, Tree tree) {
        context.reporter.error(e, tree, method.unit());
        return new Abandon();
    }

    @Override
    protected Value defaultAction(Tree tree, Void unused) {
        throw fail(Message.UNSUPPORTED_EXPRESSION, tree, "'" + tree + "'");
    }

    // ---- names

    @Override
    public Value visitIdentifier(IdentifierTree tree, Void unused) {
        String name = tree.getName().toString();
        Optional<Value> value = lookup(name);
        if (value.isEmpty()) {
            throw fail(Message.UNKNOWN_NAME, tree, name);
        }
        return value.get();
    }

    /** The value of a simple name: local or parameter, then @Shared field, then constant of the class. */
    Optional<Value> lookup(String name) {
        Optional<Scope.Binding> binding = scope.find(name);
        if (binding.isPresent()) {
            if (binding.get().value() == null) {
                throw new Abandon();
            }
            return Optional.of(binding.get().value());
        }
        ClassContext.Shared shared = context.shared.get(name);
        if (shared != null) {
            return Optional.of(new Value.Symbol(shared.leaf()));
        }
        return context.constant(name).map(Value.class::cast);
    }

    @Override
    public Value visitMemberSelect(MemberSelectTree tree, Void unused) {
        String member = tree.getIdentifier().toString();
        String qualifier = qualifiedName(tree.getExpression());
        if ("this".equals(qualifier) && context.shared.containsKey(member)) {
            return new Value.Symbol(context.shared.get(member).leaf());
        }
        Optional<Value.Literal> math = mathConstant(qualifier, member);
        if (math.isPresent()) {
            return math.get();
        }
        if (qualifier != null && (context.isOwnName(qualifier) || "this".equals(qualifier))) {
            Optional<Value.Literal> constant = context.constant(member);
            if (constant.isPresent()) {
                return constant.get();
            }
        }
        throw fail(Message.UNKNOWN_NAME, tree, tree.toString());
    }

    /** {@code a.b.c} as a string when the expression is only names, else null. */
    static String qualifiedName(ExpressionTree tree) {
        if (tree instanceof IdentifierTree id) {
            return id.getName().toString();
        }
        if (tree instanceof MemberSelectTree select) {
            String prefix = qualifiedName(select.getExpression());
            return prefix == null ? null : prefix + "." + select.getIdentifier();
        }
        return null;
    }

    /** {@code Math.PI} or {@code Math.E}; empty for any other name. */
    static Optional<Value.Literal> mathConstant(String qualifier, String member) {
        if (!isMath(qualifier) || !member.equals("PI") && !member.equals("E")) {
            return Optional.empty();
        }
        return Optional.of(Value.Literal.floating(member.equals("PI") ? Math.PI : Math.E, DType.FLOAT64));
    }

    static boolean isMath(String qualifier) {
        return "Math".equals(qualifier) || "java.lang.Math".equals(qualifier);
    }

    // ---- literals, parentheses, casts

    @Override
    public Value visitLiteral(LiteralTree tree, Void unused) {
        DType type = Value.Literal.javaType(tree.getKind())
                .orElseThrow(() -> fail(Message.UNSUPPORTED_EXPRESSION, tree, "the literal " + tree));
        return Value.Literal.of((Number) tree.getValue(), type);
    }

    @Override
    public Value visitParenthesized(ParenthesizedTree tree, Void unused) {
        return evaluate(tree.getExpression());
    }

    @Override
    public Value visitTypeCast(TypeCastTree tree, Void unused) {
        Value value = evaluate(tree.getExpression());
        if (!(tree.getType() instanceof PrimitiveTypeTree primitive)) {
            return value;
        }
        return primitiveDtype(primitive)
                .map(value::convertTo)
                .orElseThrow(() -> fail(Message.UNSUPPORTED_EXPRESSION, tree, "a cast to " + primitive));
    }

    /** The dtype of a primitive type written in the body; {@code double} is the method's default float. */
    Optional<DType> primitiveDtype(PrimitiveTypeTree type) {
        return primitiveDtype(type, method.defaultFloat());
    }

    /** The dtype of a primitive type written in source, {@code double} standing for {@code doubleType}. */
    static Optional<DType> primitiveDtype(PrimitiveTypeTree type, DType doubleType) {
        return switch (type.getPrimitiveTypeKind()) {
            case DOUBLE -> Optional.of(doubleType);
            case FLOAT -> Optional.of(DType.FLOAT32);
            case INT -> Optional.of(DType.INT32);
            case LONG -> Optional.of(DType.INT64);
            default -> Optional.empty();
        };
    }

    // ---- operators

    @Override
    public Value visitUnary(UnaryTree tree, Void unused) {
        return switch (tree.getKind()) {
            case UNARY_PLUS -> evaluate(tree.getExpression());
            case UNARY_MINUS -> {
                Value operand = evaluate(tree.getExpression());
                if (operand instanceof Value.Literal literal) {
                    yield Operators.negate(literal);
                }
                yield method(toNode(operand, tree), "unaryMinus", List.of(), tree);
            }
            default -> throw fail(Message.UNSUPPORTED_EXPRESSION, tree, "the operator in '" + tree + "'");
        };
    }

    @Override
    public Value visitBinary(BinaryTree tree, Void unused) {
        Optional<String> comparison = Operators.comparisonName(tree.getKind());
        if (comparison.isPresent()) {
            return comparison(comparison.get(), evaluate(tree.getLeftOperand()), evaluate(tree.getRightOperand()), tree);
        }
        Optional<String> name = Operators.methodName(tree.getKind());
        if (name.isEmpty()) {
            throw fail(Message.UNSUPPORTED_EXPRESSION, tree, Operators.describe(tree.getKind()));
        }
        return binary(name.get(), evaluate(tree.getLeftOperand()), evaluate(tree.getRightOperand()), tree);
    }

    /** {@code left op right} for a relational operator: the DSL comparison, a symbolic bool. */
    private Value comparison(String name, Value left, Value right, Tree tree) {
        if (left instanceof Value.Literal a && right instanceof Value.Literal b) {
            return new Value.Symbol(GraphOps.constant(Operators.compare(name, a, b) ? 1 : 0, DType.BOOL));
        }
        Optional<DType> integers = integerPromotion(left, right, tree);
        if (integers.isPresent()) {
            Node a = integerOperand(left, integers.get(), tree);
            return method(a, name, List.of(new Value.Symbol(integerOperand(right, integers.get(), tree))), tree);
        }
        Node receiver = receiver(left, right, tree);
        return method(receiver, name, List.of(right), tree);
    }

    /** {@code left op right} for the DSL method {@code name} of an arithmetic operator. */
    Value binary(String name, Value left, Value right, Tree tree) {
        if (left instanceof Value.Literal a && right instanceof Value.Literal b) {
            Optional<Value.Literal> folded = Operators.fold(name, a, b);
            if (folded.isPresent()) {
                return folded.get();
            }
            // An integer division by zero is left to run time, where it throws as Java's does.
        }
        Optional<DType> integers = integerPromotion(left, right, tree);
        if (integers.isPresent()) {
            return integerBinary(name, left, right, integers.get(), tree);
        }
        return method(receiver(left, right, tree), name, List.of(right), tree);
    }

    /**
     * The operands of a java.lang.Math function, which computes in Java's types: where every operand
     * is an int or a long, each converted to their promoted type ({@code Math.max(i, 4294967296L)} is
     * a long maximum); otherwise as they are, since a float operand makes the function compute in a
     * float type as the DSL's promotion does.
     */
    List<Value> javaIntegerOperands(List<Value> args, Tree tree) {
        DType promoted = DType.INT32;
        for (Value arg : args) {
            DType type = javaType(arg, tree);
            if (type.isFloat() || type == DType.BOOL) {
                return args;
            }
            promoted = Operators.javaPromotion(promoted, type);
        }
        DType type = promoted;
        return args.stream().map(a -> (Value) new Value.Symbol(integerOperand(a, type, tree))).toList();
    }

    /**
     * Java's promoted type of two int or long operands, where an operator computes in it: int64 as
     * soon as one is a long ({@code i < 3000000000L} compares longs). Empty for floats and bools.
     */
    private Optional<DType> integerPromotion(Value left, Value right, Tree tree) {
        DType leftType = javaType(left, tree);
        DType rightType = javaType(right, tree);
        if (leftType.isFloat() || rightType.isFloat() || leftType == DType.BOOL || rightType == DType.BOOL) {
            return Optional.empty();
        }
        return Optional.of(Operators.javaPromotion(leftType, rightType));
    }

    /**
     * An operator on int and long operands, as javac computes it: both converted to the promoted type
     * ({@code int * long} is a long product, not an int one), and {@code /} truncating, where the
     * DSL's div would be NumPy's true division through float64.
     */
    private Value integerBinary(String name, Value left, Value right, DType type, Tree tree) {
        Node a = integerOperand(left, type, tree);
        Node b = integerOperand(right, type, tree);
        if (name.equals("div")) {
            return new Value.Symbol(GraphOps.quotient(a, b));
        }
        return method(a, name, List.of(new Value.Symbol(b)), tree);
    }

    private Node integerOperand(Value operand, DType type, Tree tree) {
        return operand instanceof Value.Literal literal ? literal.constant(type) : GraphOps.cast(toNode(operand, tree), type);
    }

    /** The left operand as the node whose method an operator calls; a number becomes a constant typed by the right. */
    private Node receiver(Value left, Value right, Tree tree) {
        return left instanceof Value.Literal a ? a.nodeNextTo(toNode(right, tree)) : toNode(left, tree);
    }

    /** The type javac gives an operand: a number's own Java type, else its node's dtype. */
    private DType javaType(Value operand, Tree tree) {
        return operand instanceof Value.Literal literal ? literal.javaType() : toNode(operand, tree).type().dtype();
    }

    @Override
    public Value visitConditionalExpression(ConditionalExpressionTree tree, Void unused) {
        throw fail(Message.BRANCH, tree, "the conditional operator '?:'");
    }

    @Override
    public Value visitSwitchExpression(SwitchExpressionTree tree, Void unused) {
        throw fail(Message.BRANCH, tree, "'switch'");
    }

    @Override
    public Value visitNewClass(NewClassTree tree, Void unused) {
        throw fail(Message.RECORD_OUTSIDE_RETURN, tree, tree.getIdentifier());
    }

    /** {@code new int[] {1, 2}}: the one array a body writes, a list of axes whose elements are int constants. */
    @Override
    public Value visitNewArray(NewArrayTree tree, Void unused) {
        boolean intLiteral = tree.getType() instanceof PrimitiveTypeTree type
                && type.getPrimitiveTypeKind() == TypeKind.INT && tree.getInitializers() != null;
        if (!intLiteral) {
            throw fail(Message.UNSUPPORTED_EXPRESSION, tree, "the array '" + tree + "' (a list of axes is written"
                    + " new int[] {1, 2})");
        }
        int[] values = new int[tree.getInitializers().size()];
        for (int i = 0; i < values.length; i++) {
            ExpressionTree element = tree.getInitializers().get(i);
            Value value = evaluate(element);
            if (!(value instanceof Value.Literal literal && literal.javaType() == DType.INT32)) {
                throw fail(Message.UNSUPPORTED_EXPRESSION, element, "'" + element + "' in an int array (its elements"
                        + " are axes: int constants)");
            }
            values[i] = literal.value().intValue();
        }
        return new Value.IntArray(values);
    }

    // ---- calls

    @Override
    public Value visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        return calls.call(this, tree);
    }

    /** Evaluates each argument. */
    List<Value> arguments(MethodInvocationTree tree) {
        List<Value> args = new ArrayList<>();
        for (ExpressionTree a : tree.getArguments()) {
            args.add(evaluate(a));
        }
        return args;
    }

    /** {@code receiver.name(args)} on the DSL handle of the receiver. */
    Value method(Node receiver, String name, List<Value> args, Tree tree) {
        return Dsl.method(receiver, name, args).orElseThrow(() -> fail(Message.NO_MATCHING_FUNCTION, tree,
                receiver.type().kindName() + "." + name, describe(args)));
    }

    static String describe(List<Value> args) {
        List<String> kinds = new ArrayList<>();
        for (Value a : args) {
            if (a instanceof Value.Symbol s) {
                kinds.add(s.node().type().kindName() + " " + s.node().type());
            } else if (a instanceof Value.Literal l) {
                kinds.add(l.javaType().javaName());
            } else if (a instanceof Value.IntArray array) {
                kinds.add("int[] " + Arrays.toString(array.values()));
            } else {
                kinds.add(((Value.Record) a).simpleName());
            }
        }
        return String.join(", ", kinds);
    }
}
