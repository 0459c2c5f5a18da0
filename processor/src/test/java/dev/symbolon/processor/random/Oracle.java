package dev.symbolon.processor.random;

import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.runtime.NDArray;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every method of a compiled program against three oracles: the reference interpreter on the
 * unoptimized graph (values, and a {@code @Grad} method's value and gradients); central finite
 * differences of the compiled value method (float64 {@code @Grad} gradients); and, for integer
 * methods, the same body run as plain Java, ArithmeticException included.
 */
final class Oracle {
    private final Program program;
    private final Object compiled;
    private final Class<?> plain;
    private final UnoptimizedGraphs graphs;

    Oracle(Program program, Class<?> compiledClass, Class<?> plain) {
        this.program = program;
        this.plain = plain;
        this.graphs = new UnoptimizedGraphs(compiledClass);
        try {
            this.compiled = compiledClass.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    Optional<Failure> check() {
        for (Program.Method m : program.methods()) {
            Optional<Failure> failure = check(m);
            if (failure.isPresent()) {
                return failure;
            }
        }
        return Optional.empty();
    }

    private Optional<Failure> check(Program.Method m) {
        Map<String, NDArray> inputs = Inputs.of(program, m);
        Optional<Failure> failure = m.flavor() == Flavor.INTEGER ? againstPlainJava(m, inputs) : Optional.empty();
        if (failure.isEmpty()) {
            failure = againstInterpreter(m, m.name(), inputs);
        }
        if (failure.isEmpty() && m.grad()) {
            failure = againstInterpreter(m, m.name() + "Grad", inputs);
        }
        if (failure.isEmpty() && m.grad() && m.flavor() == Flavor.FLOAT64) {
            failure = FiniteDifferences.check(m, inputs, call(m, m.name() + "Grad", inputs),
                    in -> Inputs.fromJava(call(m, m.name(), in)).toDoubleArray()[0]);
        }
        return failure;
    }

    private Optional<Failure> againstInterpreter(Program.Method m, String method, Map<String, NDArray> inputs) {
        List<NDArray> expected;
        try {
            expected = Interpreter.evaluate(graphs.of(method), leaf -> inputs.get(leaf.name()));
        } catch (ArithmeticException e) {
            return expectThrows(m, method, inputs, "the interpreter");
        } catch (RuntimeException e) {
            return Optional.of(Failure.thrown("the interpreter, on " + method + ",", e));
        }
        List<NDArray> actual;
        try {
            actual = outputs(call(m, method, inputs));
        } catch (RuntimeException e) {
            return Optional.of(Failure.thrown(method, e));
        }
        for (int i = 0; i < expected.size(); i++) {
            Optional<String> difference = Agreement.difference(actual.get(i), expected.get(i), m.flavor());
            if (difference.isPresent() && !NearTies.in(graphs.of(method), inputs)) {
                String what = expected.size() == 1 ? "value" : i == 0 ? "Grad's value" : "gradient";
                return Optional.of(new Failure(
                        "compiled " + what + " differs from the interpreter's on the unoptimized graph",
                        method + " output " + i + " with inputs " + inputs + ": " + difference.get()));
            }
        }
        return Optional.empty();
    }

    private Optional<Failure> againstPlainJava(Program.Method m, Map<String, NDArray> inputs) {
        Object expected;
        try {
            expected = invoke(null, plainMethod(m), arguments(m, inputs));
        } catch (ArithmeticException e) {
            return expectThrows(m, m.name(), inputs, "plain Java");
        }
        Object actual;
        try {
            actual = call(m, m.name(), inputs);
        } catch (RuntimeException e) {
            return Optional.of(Failure.thrown(m.name(), e));
        }
        return actual.equals(expected) ? Optional.empty() : Optional.of(new Failure(
                "compiled integer result differs from plain Java",
                m.name() + " with inputs " + inputs + ": got " + actual + ", Java computes " + expected));
    }

    private Optional<Failure> expectThrows(Program.Method m, String method, Map<String, NDArray> inputs, String who) {
        try {
            Object result = call(m, method, inputs);
            return Optional.of(new Failure("no ArithmeticException where " + who + " throws one",
                    method + " with inputs " + inputs + " returned " + result));
        } catch (ArithmeticException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(Failure.thrown(method, e));
        }
    }

    /** A call of the generated method, its non-scalar arguments as NDArrays. */
    Object call(Program.Method m, String method, Map<String, NDArray> inputs) {
        Class<?>[] types = m.params().stream().map(p -> m.flavor().valueType(p.type())).toArray(Class<?>[]::new);
        try {
            return invoke(compiled, compiled.getClass().getMethod(method, types), arguments(m, inputs));
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private Method plainMethod(Program.Method m) {
        Class<?>[] types = m.params().stream().map(p -> m.flavor().valueType(p.type())).toArray(Class<?>[]::new);
        try {
            return plain.getMethod(m.name(), types);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static Object[] arguments(Program.Method m, Map<String, NDArray> inputs) {
        return m.params().stream()
                .map(p -> Inputs.javaArgument(inputs.get(p.name()), m.flavor().valueType(p.type()))).toArray();
    }

    private static Object invoke(Object target, Method method, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** A method's outputs in order: a single value, or each component of a Grad record. */
    static List<NDArray> outputs(Object result) {
        if (!result.getClass().isRecord()) {
            return List.of(Inputs.fromJava(result));
        }
        List<NDArray> values = new ArrayList<>();
        for (RecordComponent c : result.getClass().getRecordComponents()) {
            try {
                values.add(Inputs.fromJava(c.getAccessor().invoke(result)));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return values;
    }

    /** The names of a Grad record's gradients, in order, after its value. */
    static List<String> gradientNames(Object result) {
        List<String> names = new ArrayList<>();
        RecordComponent[] components = result.getClass().getRecordComponents();
        for (int i = 1; i < components.length; i++) {
            names.add(components[i].getName());
        }
        return names;
    }
}
