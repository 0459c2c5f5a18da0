package dev.symbolon.processor.frontend;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.SimpleTreeVisitor;
import dev.symbolon.runtime.DType;
import java.util.Optional;

/**
 * The numbers of a class's field initializers, which javac has not attributed yet when the processor
 * runs: numeric literals, static final constants of the class, {@code Math.PI} and {@code Math.E},
 * and parentheses, signs, primitive casts and {@code + - * / %} on those, folded as javac folds them.
 * Anything else is not a number known at compile time.
 */
final class ConstantExpressions extends SimpleTreeVisitor<Optional<Value.Literal>, Void> {
    private final ClassContext context;

    private ConstantExpressions(ClassContext context) {
        super(Optional.empty());
        this.context = context;
    }

    /** The value of {@code tree}, with its Java type; empty when it is not a number known at compile time. */
    static Optional<Value.Literal> evaluate(ClassContext context, ExpressionTree tree) {
        return tree.accept(new ConstantExpressions(context), null);
    }

    private Optional<Value.Literal> of(ExpressionTree tree) {
        return tree.accept(this, null);
    }

    @Override
    public Optional<Value.Literal> visitLiteral(LiteralTree tree, Void unused) {
        return Value.Literal.javaType(tree.getKind()).map(type -> Value.Literal.of((Number) tree.getValue(), type));
    }

    @Override
    public Optional<Value.Literal> visitIdentifier(IdentifierTree tree, Void unused) {
        return context.constant(tree.getName().toString());
    }

    @Override
    public Optional<Value.Literal> visitMemberSelect(MemberSelectTree tree, Void unused) {
        String qualifier = ExpressionEvaluator.qualifiedName(tree.getExpression());
        String member = tree.getIdentifier().toString();
        if (qualifier == null) {
            return Optional.empty();
        }
        if (context.isOwnName(qualifier)) {
            return context.constant(member);
        }
        return ExpressionEvaluator.mathConstant(qualifier, member);
    }

    @Override
    public Optional<Value.Literal> visitParenthesized(ParenthesizedTree tree, Void unused) {
        return of(tree.getExpression());
    }

    @Override
    public Optional<Value.Literal> visitUnary(UnaryTree tree, Void unused) {
        return switch (tree.getKind()) {
            case UNARY_PLUS -> of(tree.getExpression());
            case UNARY_MINUS -> of(tree.getExpression()).map(Operators::negate);
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<Value.Literal> visitTypeCast(TypeCastTree tree, Void unused) {
        if (!(tree.getType() instanceof PrimitiveTypeTree primitive)) {
            return Optional.empty();
        }
        // Java's double, whatever @Float32 says: the field's own type rounds the result afterwards.
        return ExpressionEvaluator.primitiveDtype(primitive, DType.FLOAT64).flatMap(t -> of(tree.getExpression()).map(v -> (Value.Literal) v.convertTo(t)));
    }

    @Override
    public Optional<Value.Literal> visitBinary(BinaryTree tree, Void unused) {
        Optional<String> name = Operators.methodName(tree.getKind());
        Optional<Value.Literal> left = of(tree.getLeftOperand());
        Optional<Value.Literal> right = of(tree.getRightOperand());
        if (name.isEmpty() || left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        return Operators.fold(name.get(), left.get(), right.get());
    }

    @Override
    protected Optional<Value.Literal> defaultAction(Tree tree, Void unused) {
        return Optional.empty();
    }
}
