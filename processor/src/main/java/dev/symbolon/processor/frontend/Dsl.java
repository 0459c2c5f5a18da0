package dev.symbolon.processor.frontend;

import dev.symbolon.SymbolicValue;
import dev.symbolon.T;
import dev.symbolon.internal.access.Internals;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.runtime.DType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the DSL itself to values read from a body: {@code x.plus(y)} calls {@code plus} on
 * {@code x}'s handle class and {@code exp(x)} calls {@code T.exp}, chosen by reflection among the
 * overloads that accept the arguments. Each op's meaning is thus written once, in the DSL classes
 * that a tracing front end uses too.
 *
 * <p>A symbolic scalar (a primitive local or parameter) is a {@code Scalar} handle here, even where
 * javac chose a {@code double} overload. A literal becomes a node typed weakly next to the other
 * operands (so {@code n + 1} stays int32 for an int32 {@code n}) unless the method takes a Java
 * number there, such as an axis.
 */
final class Dsl {
    /** java.lang.Math functions that are graph operations, by the name of the T function they mean. */
    private static final Map<String, String> MATH_FUNCTIONS = Map.ofEntries(
            Map.entry("exp", "exp"), Map.entry("log", "log"), Map.entry("log1p", "log1p"),
            Map.entry("expm1", "expm1"), Map.entry("sqrt", "sqrt"), Map.entry("abs", "abs"),
            Map.entry("tanh", "tanh"), Map.entry("sin", "sin"), Map.entry("cos", "cos"),
            Map.entry("pow", "pow"), Map.entry("max", "maximum"), Map.entry("min", "minimum"));

    private Dsl() {}

    /** The T function a java.lang.Math function means, if it is one of the supported ones. */
    static Optional<String> mathFunction(String name) {
        return Optional.ofNullable(MATH_FUNCTIONS.get(name));
    }

    /** Whether T has a public static function of this name. */
    static boolean isFunction(String name) {
        return Arrays.stream(T.class.getMethods()).anyMatch(m -> m.getName().equals(name) && isStatic(m));
    }

    /** {@code T.name(args)}; empty when no overload accepts the arguments. */
    static Optional<Value> function(String name, List<Value> args) {
        return call(T.class, null, name, args);
    }

    /** {@code receiver.name(args)} on the handle class of the receiver's rank; empty when no overload fits. */
    static Optional<Value> method(Node receiver, String name, List<Value> args) {
        SymbolicValue handle = Internals.handle(receiver);
        return call(handle.getClass(), handle, name, args);
    }

    private static Optional<Value> call(Class<?> owner, SymbolicValue receiver, String name, List<Value> args) {
        Node anchor = receiver != null ? Internals.node(receiver) : literalAnchor(args);
        Method best = null;
        int bestCost = Integer.MAX_VALUE;
        Method[] methods = owner.getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::toGenericString));
        for (Method m : methods) {
            if (!m.getName().equals(name) || isStatic(m) != (receiver == null)
                    || !SymbolicValue.class.isAssignableFrom(m.getReturnType())) {
                continue;
            }
            int cost = cost(m, args, anchor);
            if (cost < bestCost) {
                best = m;
                bestCost = cost;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        SymbolicValue result = (SymbolicValue) invoke(best, receiver, arguments(best, args, anchor));
        return Optional.of(new Value.Symbol(Internals.node(result)));
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

    private static boolean isStatic(Method m) {
        return Modifier.isStatic(m.getModifiers());
    }

    /**
     * How well {@code m} fits: the sum of its parameters' costs, or MAX_VALUE when it does not.
     * An exact handle class costs 0, a wider handle class 1, a literal taken as a node 1 and as a
     * {@code double} 2, so that literals are typed weakly whenever the DSL allows.
     */
    private static int cost(Method m, List<Value> args, Node anchor) {
        Class<?>[] params = m.getParameterTypes();
        boolean intVarargs = m.isVarArgs() && params[params.length - 1] == int[].class;
        int fixed = intVarargs ? params.length - 1 : params.length;
        if (intVarargs ? args.size() < fixed : args.size() != fixed) {
            return Integer.MAX_VALUE;
        }
        int total = 0;
        for (int i = 0; i < args.size(); i++) {
            int c = i < fixed ? cost(params[i], args.get(i), anchor) : cost(int.class, args.get(i), anchor);
            if (c == Integer.MAX_VALUE) {
                return c;
            }
            total += c;
        }
        return total;
    }

    private static int cost(Class<?> param, Value arg, Node anchor) {
        if (arg instanceof Value.Symbol symbol) {
            SymbolicValue handle = Internals.handle(symbol.node());
            if (!param.isInstance(handle)) {
                return Integer.MAX_VALUE;
            }
            return param == handle.getClass() ? 0 : 1;
        }
        if (arg instanceof Value.Literal literal) {
            if (param == int.class) {
                return literal.javaType() == DType.INT32 ? 0 : Integer.MAX_VALUE;
            }
            if (SymbolicValue.class.isAssignableFrom(param)) {
                Node node = anchor == null ? literal.node() : literal.nodeNextTo(anchor);
                return param.isInstance(Internals.handle(node)) ? 1 : Integer.MAX_VALUE;
            }
            return param == double.class ? 2 : Integer.MAX_VALUE;
        }
        return Integer.MAX_VALUE;
    }

    private static Object[] arguments(Method m, List<Value> args, Node anchor) {
        Class<?>[] params = m.getParameterTypes();
        boolean intVarargs = m.isVarArgs() && params[params.length - 1] == int[].class;
        int fixed = intVarargs ? params.length - 1 : params.length;
        Object[] out = new Object[params.length];
        for (int i = 0; i < fixed; i++) {
            out[i] = argument(params[i], args.get(i), anchor);
        }
        if (intVarargs) {
            int[] rest = new int[args.size() - fixed];
            for (int i = 0; i < rest.length; i++) {
                rest[i] = ((Value.Literal) args.get(fixed + i)).value().intValue();
            }
            out[fixed] = rest;
        }
        return out;
    }

    private static Object argument(Class<?> param, Value arg, Node anchor) {
        if (arg instanceof Value.Symbol symbol) {
            return Internals.handle(symbol.node());
        }
        Value.Literal literal = (Value.Literal) arg;
        if (param == int.class) {
            return literal.value().intValue();
        }
        if (param == double.class) {
            return literal.value().doubleValue();
        }
        return Internals.handle(anchor == null ? literal.node() : literal.nodeNextTo(anchor));
    }

    /** Invokes a DSL method; its GraphException (a type error in the user's math) passes through unwrapped. */
    private static Object invoke(Method m, Object receiver, Object[] arguments) {
        try {
            return m.invoke(receiver, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("DSL method " + m + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("DSL method " + m + " is not accessible", e);
        }
    }
}
