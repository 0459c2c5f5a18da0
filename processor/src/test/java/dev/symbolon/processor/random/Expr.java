package dev.symbolon.processor.random;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** An expression of a generated body, with the Java type it has in the source. */
sealed interface Expr {
    JType type();

    List<Expr> operands();

    /** The same expression over other operands of the same types. */
    Expr withOperands(List<Expr> operands);

    /** The number of nodes: the measure a shrunk program is smaller by. */
    default int size() {
        return 1 + operands().stream().mapToInt(Expr::size).sum();
    }

    /** This expression and every subexpression, outermost first. */
    default void forEach(Consumer<Expr> action) {
        action.accept(this);
        operands().forEach(o -> o.forEach(action));
    }

    default boolean mentions(String name) {
        List<Boolean> found = new ArrayList<>();
        forEach(e -> {
            if (e instanceof Name n && n.name().equals(name)) {
                found.add(true);
            }
        });
        return !found.isEmpty();
    }

    /**
     * Whether the graph of this expression surely reads {@code name}: a gradient may not (the
     * derivative of a linear cost is constant), nor a call (the callee may ignore a parameter), so
     * mentions inside {@code grad} and in arguments do not count.
     */
    default boolean dependsOn(String name) {
        if (this instanceof Name n) {
            return n.name().equals(name);
        }
        if (this instanceof Apply a && (a.function().equals("grad") || a.spelling() == Spelling.CALL)) {
            return false;
        }
        return operands().stream().anyMatch(o -> o.dependsOn(name));
    }

    /** A parameter or local. */
    record Name(String name, JType type) implements Expr {
        @Override
        public List<Expr> operands() {
            return List.of();
        }

        @Override
        public Expr withOperands(List<Expr> operands) {
            return this;
        }
    }

    /** A literal, written as Java source. */
    record Literal(String text, JType type) implements Expr {
        @Override
        public List<Expr> operands() {
            return List.of();
        }

        @Override
        public Expr withOperands(List<Expr> operands) {
            return this;
        }
    }

    /**
     * An operation: {@code function} spelled as {@code spelling} over the operands, followed by
     * integer {@code constants} (an axis, reshape sizes) where the function takes them.
     */
    record Apply(Spelling spelling, String function, JType type, List<Expr> operands, List<String> constants)
            implements Expr {
        Apply(Spelling spelling, String function, JType type, List<Expr> operands) {
            this(spelling, function, type, operands, List.of());
        }

        @Override
        public Expr withOperands(List<Expr> operands) {
            return new Apply(spelling, function, type, List.copyOf(operands), constants);
        }
    }
}
