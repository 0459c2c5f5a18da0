package dev.symbolon.internal.function;

import dev.symbolon.internal.access.Internals;
import dev.symbolon.internal.model.Output;
import dev.symbolon.internal.model.Parameter;
import dev.symbolon.internal.model.SharedField;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Calls the class generated for a function, an instance of it constructed on the configured device
 * and mode as {@code new Compiled<Name>()} is. The instance's shared variables stand in for the
 * function's: before each call they are given the variables' current values, and after a call that
 * returned, the updated ones hand their new values back. Both are assignments of references, so a
 * call copies no state; generated code never writes into a value it reads.
 */
final class CompiledRunner implements Runner {
    private final FunctionGraph graph;
    private final List<Parameter> inputs;
    private final Object instance;
    private final MethodHandle method;
    /** The generated {@code functionInto}, which a function with a non-scalar output has; else null. */
    private final @Nullable MethodHandle into;
    /** The canonical constructor of the returned record, for the {@code Into} form's target; null for one output. */
    private final @Nullable MethodHandle record;
    private final SharedVariable[] own;
    private final SharedVariable[] variables;
    private final MethodHandle[] components;
    /** The generated class's {@code seed(long)}, which only a class whose function draws has; else null. */
    private final @Nullable MethodHandle seed;

    CompiledRunner(Class<?> generated, FunctionGraph graph) {
        this.graph = graph;
        this.inputs = graph.method().parameters();
        this.variables = graph.variables().toArray(SharedVariable[]::new);
        try {
            this.instance = construct(generated);
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            List<SharedField> fields = graph.model().sharedFields();
            this.own = new SharedVariable[fields.size()];
            for (int i = 0; i < own.length; i++) {
                own[i] = (SharedVariable) generated.getMethod(fields.get(i).name()).invoke(instance);
            }
            Method m = generated.getMethod(FunctionGraph.METHOD, parameterTypes(inputs));
            this.method = lookup.unreflect(m).bindTo(instance).asSpreader(Object[].class, inputs.size());
            this.components = recordComponents(m.getReturnType(), lookup, graph.method().outputs());
            Class<?>[] intoTypes = Arrays.copyOf(parameterTypes(inputs), inputs.size() + 1);
            intoTypes[inputs.size()] = m.getReturnType();
            boolean hasInto = graph.method().outputs().stream().anyMatch(o -> o.node().rank() > 0);
            this.into = hasInto ? lookup.unreflect(generated.getMethod(FunctionGraph.METHOD + "Into", intoTypes))
                    .bindTo(instance).asSpreader(Object[].class, inputs.size() + 1) : null;
            this.record = components == null ? null : lookup.unreflectConstructor(m.getReturnType().getConstructor(
                    Arrays.stream(m.getReturnType().getRecordComponents()).map(RecordComponent::getType)
                            .toArray(Class<?>[]::new)));
            this.seed = Arrays.stream(generated.getMethods()).anyMatch(s -> s.getName().equals("seed"))
                    ? lookup.unreflect(generated.getMethod("seed", long.class)).bindTo(instance) : null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("bug in Symbolon: the class generated for a function built at run time"
                    + " lacks a member it should have", e);
        }
    }

    @Override
    public void seed(long value) {
        if (seed == null) {
            return;
        }
        try {
            seed.invokeExact(value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("bug in Symbolon: seed(long) of a generated class threw " + e, e);
        }
    }

    @Override
    public List<NDArray> call(NDArray[] arguments) {
        Object[] values = new Object[arguments.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = inputs.get(i).node().rank() == 0 ? primitive(arguments[i]) : arguments[i];
        }
        for (int i = 0; i < own.length; i++) {
            Internals.assign(own[i], Internals.value(variables[i]));
        }
        Object result = invoke(method, values);
        List<NDArray> outputs = outputs(result);
        for (int index : graph.updated()) {
            Internals.assign(variables[index], Internals.value(own[index]));
        }
        return outputs;
    }

    @Override
    public List<NDArray> callInto(NDArray[] arguments, List<NDArray> targets) {
        if (into == null) {
            throw new IllegalStateException("bug in Symbolon: callInto of a function without array outputs;"
                    + " RuntimeFunction only calls it with a non-scalar output");
        }
        Object[] values = new Object[arguments.length + 1];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = inputs.get(i).node().rank() == 0 ? primitive(arguments[i]) : arguments[i];
        }
        values[arguments.length] = target(targets);
        for (int i = 0; i < own.length; i++) {
            Internals.assign(own[i], Internals.value(variables[i]));
        }
        List<NDArray> outputs = outputs(invoke(into, values));
        for (int index : graph.updated()) {
            Internals.assign(variables[index], Internals.value(own[index]));
        }
        return outputs;
    }

    /** The {@code Into} form's target: the one array, or a record of the arrays, its scalars zero (they are not read). */
    private Object target(List<NDArray> targets) {
        if (record == null) {
            return targets.get(0);
        }
        List<Output> outputs = graph.method().outputs();
        Object[] components = new Object[outputs.size()];
        for (int i = 0; i < components.length; i++) {
            components[i] = outputs.get(i).node().rank() > 0 ? targets.get(i) : switch (outputs.get(i).node().type().dtype()) {
                case FLOAT64 -> 0.0;
                case FLOAT32 -> 0.0f;
                case INT64 -> 0L;
                case INT32 -> 0;
                case BOOL -> false;
            };
        }
        try {
            return record.invokeWithArguments(components);
        } catch (Throwable e) {
            throw new IllegalStateException("bug in Symbolon: the constructor of a generated record threw", e);
        }
    }

    private static Object invoke(MethodHandle method, Object[] values) {
        try {
            return method.invoke(values);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("bug in Symbolon: generated code threw a checked exception", e);
        }
    }

    private List<NDArray> outputs(Object result) {
        List<Output> outputs = graph.method().outputs();
        if (outputs.isEmpty()) {
            return List.of();
        }
        if (components == null) {
            return List.of(value(result));
        }
        List<NDArray> values = new ArrayList<>(components.length);
        for (MethodHandle component : components) {
            try {
                values.add(value(component.invoke(result)));
            } catch (Throwable e) {
                throw new IllegalStateException("bug in Symbolon: a record accessor threw", e);
            }
        }
        return values;
    }

    private static NDArray value(Object result) {
        if (result instanceof NDArray a) {
            return a;
        }
        if (result instanceof Double d) {
            return NDArray.scalar(d);
        }
        if (result instanceof Float f) {
            return NDArray.scalar(f);
        }
        if (result instanceof Integer i) {
            return NDArray.scalar(i);
        }
        if (result instanceof Long l) {
            return NDArray.scalar(l);
        }
        return NDArray.scalar((Boolean) result);
    }

    private static Object primitive(NDArray scalar) {
        DType dtype = scalar.dtype();
        return switch (dtype) {
            case FLOAT64 -> Internals.doubleData(scalar)[Internals.offset(scalar)];
            case FLOAT32 -> Internals.floatData(scalar)[Internals.offset(scalar)];
            case INT64 -> Internals.longData(scalar)[Internals.offset(scalar)];
            case INT32 -> Internals.intData(scalar)[Internals.offset(scalar)];
            case BOOL -> Internals.boolData(scalar)[Internals.offset(scalar)];
        };
    }

    private static Object construct(Class<?> generated) throws ReflectiveOperationException {
        try {
            return generated.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            // the configured device missing, say: the user's error, thrown as the generated class throws it
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static Class<?>[] parameterTypes(List<Parameter> inputs) {
        Class<?>[] types = new Class<?>[inputs.size()];
        for (int i = 0; i < types.length; i++) {
            Parameter p = inputs.get(i);
            types[i] = p.node().rank() > 0 ? NDArray.class : switch (p.node().type().dtype()) {
                case FLOAT64 -> double.class;
                case FLOAT32 -> float.class;
                case INT64 -> long.class;
                case INT32 -> int.class;
                case BOOL -> boolean.class;
            };
        }
        return types;
    }

    /** The accessors of the returned record's components, in order; null when one value is returned. */
    private static MethodHandle[] recordComponents(Class<?> returned, MethodHandles.Lookup lookup, List<Output> outputs)
            throws IllegalAccessException {
        if (outputs.size() <= 1) {
            return null;
        }
        RecordComponent[] record = returned.getRecordComponents();
        MethodHandle[] handles = new MethodHandle[record.length];
        for (int i = 0; i < record.length; i++) {
            handles[i] = lookup.unreflect(record[i].getAccessor());
        }
        return handles;
    }
}
