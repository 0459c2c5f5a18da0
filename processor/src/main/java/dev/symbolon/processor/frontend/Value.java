package dev.symbolon.processor.frontend;

import com.sun.source.tree.Tree;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.runtime.DType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What an expression of a symbolic body evaluates to while the front end reads it. */
sealed interface Value {

    /**
     * This value converted as Java converts it to a primitive of {@code dtype} (an assignment to a
     * local or parameter of that type, or a cast): a number is rounded as that type stores it, a node cast.
     */
    default Value convertTo(DType dtype) {
        if (this instanceof Literal literal) {
            return Literal.of(literal.constant(dtype));
        }
        if (this instanceof Symbol symbol) {
            return new Symbol(GraphOps.cast(symbol.node(), dtype));
        }
        return this;
    }

    /** A graph node: a parameter, shared field, or anything computed from them. */
    record Symbol(Node node) implements Value {}

    /**
     * A number known while reading: a literal, a constant, or arithmetic on those, kept with its Java
     * type so that it folds as javac folds it and becomes a node typed as NumPy types a Python scalar.
     * The value is a {@link Long} for int and long, exactly, and a {@link Double} for float and double.
     */
    record Literal(Number value, DType javaType) implements Value {
        public Literal {
            if ((value instanceof Long) == javaType.isFloat() || !(value instanceof Long || value instanceof Double)) {
                throw new IllegalArgumentException(javaType + " literal held as " + value.getClass().getSimpleName());
            }
        }

        static Literal integer(long value, DType javaType) {
            return new Literal(value, javaType);
        }

        static Literal floating(double value, DType javaType) {
            return new Literal(value, javaType);
        }

        /** A literal's value with its Java type: exact for int and long. */
        static Literal of(Number value, DType javaType) {
            return javaType.isFloat() ? floating(value.doubleValue(), javaType) : integer(value.longValue(), javaType);
        }

        /** The value of a constant node, as a number of the node's dtype. */
        static Literal of(Node constant) {
            DType dtype = constant.type().dtype();
            return dtype.isFloat() ? floating(constant.value(), dtype) : integer(constant.longValue(), dtype);
        }

        /** This number as a constant of {@code dtype}, converted as a Java cast does. */
        Node constant(DType dtype) {
            return javaType.isFloat() ? GraphOps.constant(value.doubleValue(), dtype)
                    : GraphOps.constant(value.longValue(), dtype);
        }

        /** This number as an operand next to {@code other}: weakly typed, taking other's dtype where it fits. */
        Node nodeNextTo(Node other) {
            return javaType.isFloat() ? GraphOps.literalFor(value.doubleValue(), true, other)
                    : GraphOps.literalFor(value.longValue(), other);
        }

        /**
         * This number as the new value of {@code shared} in {@code update(shared, number)}, as
         * {@code T.update} takes it: the shared value's dtype, unless it is fractional and that dtype an integer.
         */
        Node newValueOf(Node shared) {
            double d = value.doubleValue();
            return javaType.isFloat() ? GraphOps.literalFor(d, d != Math.rint(d), shared)
                    : GraphOps.literalFor(value.longValue(), shared);
        }

        /** The Java type of a numeric literal of this kind; empty for any other literal. */
        static Optional<DType> javaType(Tree.Kind literal) {
            return Optional.ofNullable(switch (literal) {
                case INT_LITERAL -> DType.INT32;
                case LONG_LITERAL -> DType.INT64;
                case FLOAT_LITERAL -> DType.FLOAT32;
                case DOUBLE_LITERAL -> DType.FLOAT64;
                default -> null;
            });
        }

        /** This number alone, as a constant of its own Java type. */
        Node node() {
            return constant(javaType);
        }
    }

    /** An int array literal of constants, {@code new int[] {1, 2}}: a list of axes, no value of the graph. */
    record IntArray(int[] values) implements Value {
        public IntArray {
            values = values.clone();
        }

        @Override
        public int[] values() {
            return values.clone();
        }
    }

    /** The record an inlined method returns: its components by name, in order. */
    record Record(String simpleName, Map<String, Value> components) implements Value {
        public Record {
            components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        }
    }
}
