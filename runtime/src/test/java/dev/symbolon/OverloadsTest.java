package dev.symbolon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.runtime.DType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The overload lists, checked by reflection: each is complete, each declared return type is the
 * handle of the result's rank (the handles' constructors check it), and each function of T builds the
 * same node as the method of the symbolic types it names.
 */
class OverloadsTest {
    private static final List<Class<?>> HANDLES = List.of(Scalar.class, Vector.class, Matrix.class, Tensor.class);
    private static final List<Class<?>> OPERANDS = List.of(Scalar.class, Vector.class, Matrix.class, Tensor.class,
            double.class);
    private static final Map<String, String> BINARY = Map.ofEntries(
            Map.entry("add", "plus"), Map.entry("sub", "minus"), Map.entry("mul", "times"), Map.entry("div", "div"),
            Map.entry("rem", "rem"), Map.entry("pow", "pow"), Map.entry("maximum", "maximum"),
            Map.entry("minimum", "minimum"), Map.entry("gt", "gt"), Map.entry("ge", "ge"), Map.entry("lt", "lt"),
            Map.entry("le", "le"), Map.entry("eq", "eq"), Map.entry("ne", "ne"));
    private static final Set<String> COMPARISONS = Set.of("gt", "ge", "lt", "le", "eq", "ne");
    private static final List<String> UNARY = List.of("neg", "abs", "square", "sqrt", "exp", "expm1", "log", "log1p",
            "sigmoid", "softplus", "tanh", "sin", "cos");

    @Test
    void everyTypeHasEveryBinaryMethodForEveryOperand() throws NoSuchMethodException {
        for (Class<?> self : HANDLES) {
            for (String name : BINARY.values()) {
                for (Class<?> operand : OPERANDS) {
                    Class<?> expected = operand == double.class ? self : higherRank(self, operand);
                    assertEquals(expected, self.getMethod(name, operand).getReturnType(), self + "." + name);
                }
            }
        }
    }

    @Test
    void tHasEveryBinaryFunctionForEveryOperandPair() throws NoSuchMethodException {
        for (String name : BINARY.keySet()) {
            for (Class<?> a : OPERANDS) {
                for (Class<?> b : OPERANDS) {
                    boolean numeric = a == double.class && b == double.class;
                    if (numeric && COMPARISONS.contains(name)) {
                        continue; // two doubles compare with Java's own operators
                    }
                    Class<?> expected = numeric ? double.class
                            : a == double.class ? b : b == double.class ? a : higherRank(a, b);
                    assertEquals(expected, T.class.getMethod(name, a, b).getReturnType(), "T." + name);
                }
            }
        }
    }

    @Test
    void tUnaryFunctionsKeepTheTypeAndTakePlainDoubles() throws NoSuchMethodException {
        for (String name : UNARY) {
            for (Class<?> x : OPERANDS) {
                assertEquals(x, T.class.getMethod(name, x).getReturnType(), "T." + name);
            }
        }
    }

    @Test
    void tBinaryFunctionsBuildTheNodesOfTheMethodsTheyName() throws ReflectiveOperationException {
        for (Method f : T.class.getMethods()) {
            String method = BINARY.get(f.getName());
            Class<?>[] params = f.getParameterTypes();
            if (method != null && params[0] != double.class) {
                Object a = sample(params[0]);
                Object b = sample(params[1]);
                Object viaT = f.invoke(null, a, b);
                Object viaMethod = params[0].getMethod(method, params[1]).invoke(a, b);
                assertSame(((SymbolicValue) viaMethod).node(), ((SymbolicValue) viaT).node(), f.toString());
            }
        }
    }

    @Test
    void everyMethodReturnsTheHandleOfItsResultsRank() throws IllegalAccessException {
        List<Method> methods = new ArrayList<>(Arrays.asList(T.class.getMethods()));
        for (Class<?> handle : HANDLES) {
            methods.addAll(Arrays.asList(handle.getMethods()));
        }
        int checked = 0;
        for (Method m : methods) {
            if (!SymbolicValue.class.isAssignableFrom(m.getReturnType()) || !isSampleable(m)
                    || m.getDeclaringClass() == Object.class || m.getName().equals("grad")
                    || Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != T.class) {
                continue;
            }
            Object receiver = Modifier.isStatic(m.getModifiers()) ? null : sample(m.getDeclaringClass());
            Object[] args = Arrays.stream(m.getParameterTypes()).map(OverloadsTest::sample).toArray();
            try {
                Object result = m.invoke(receiver, args);
                assertTrue(m.getReturnType().isInstance(result), m.toString());
            } catch (InvocationTargetException e) {
                throw new AssertionError(m + " failed: " + e.getCause(), e.getCause());
            }
            checked++;
        }
        assertTrue(checked > 850, "checked " + checked);
    }

    private static boolean isSampleable(Method m) {
        return Arrays.stream(m.getParameterTypes()).allMatch(p -> sample(p) != null);
    }

    /** A float64 value of each handle class (a rank-3 Tensor), a literal, axis 0, a dtype. */
    private static Object sample(Class<?> type) {
        if (type == Scalar.class) {
            return Scalar.input("s");
        } else if (type == Vector.class) {
            return Vector.input("v");
        } else if (type == Matrix.class || type == SymbolicValue.class) {
            return Matrix.input("m");
        } else if (type == Tensor.class) {
            return Tensor.input("t", DType.FLOAT64, 3);
        } else if (type == double.class) {
            return 2.0;
        } else if (type == int.class) {
            return 0;
        } else if (type == DType.class) {
            return DType.FLOAT32;
        }
        return null;
    }

    private static Class<?> higherRank(Class<?> a, Class<?> b) {
        return HANDLES.get(Math.max(HANDLES.indexOf(a), HANDLES.indexOf(b)));
    }
}
