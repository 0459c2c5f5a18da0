package dev.symbolon.spark;

import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@code <method>Grad} of a generated {@code Compiled<Name>} class, read by reflection: its
 * {@code NDArray} form (which the trainer calls), its array form (whose element types and dimensions
 * give each data input's dtype and rank), the record it returns ({@code value}, then one gradient per
 * {@code wrt} name), the {@code @Shared} fields' accessors and {@code seed(long)} where the class draws.
 */
final class CompiledGradientMethod {
    final String gradName;
    final Method call;
    final Method arrayForm;
    final List<RecordComponent> components;
    final List<Method> sharedAccessors;
    final Optional<Method> seed;

    private CompiledGradientMethod(String gradName, Method call, Method arrayForm,
                                   List<RecordComponent> components, List<Method> sharedAccessors,
                                   Optional<Method> seed) {
        this.gradName = gradName;
        this.call = call;
        this.arrayForm = arrayForm;
        this.components = components;
        this.sharedAccessors = sharedAccessors;
        this.seed = seed;
    }

    /**
     * @throws IllegalArgumentException if {@code type} has no {@code <method>Grad} with both forms
     *     returning a record
     */
    static CompiledGradientMethod of(Class<?> type, String method) {
        String gradName = method + "Grad";
        Method call = null;
        Method arrayForm = null;
        for (Method m : type.getMethods()) {
            if (!m.getName().equals(gradName) || !m.getReturnType().isRecord()) {
                continue;
            }
            boolean ndarrays = Arrays.stream(m.getParameterTypes()).anyMatch(p -> p == NDArray.class);
            boolean arrays = Arrays.stream(m.getParameterTypes()).anyMatch(Class::isArray);
            if (ndarrays) {
                call = m;
            } else if (arrays) {
                arrayForm = m;
            } else {
                call = m;
                arrayForm = m;
            }
        }
        if (call == null || arrayForm == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no method " + gradName + " returning a "
                    + "record (value, gradients...): mark " + method + " of the model class @Grad, so that the "
                    + "annotation processor generates it, and pass the cost method's name, '" + method + "'");
        }
        List<RecordComponent> components = List.of(call.getReturnType().getRecordComponents());
        List<Method> shared = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getReturnType() == SharedVariable.class && m.getParameterCount() == 0
                    && !Modifier.isStatic(m.getModifiers())) {
                shared.add(m);
            }
        }
        shared.sort(Comparator.comparing(Method::getName));
        Optional<Method> seed = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals("seed") && Arrays.equals(m.getParameterTypes(), new Class<?>[] {long.class}))
                .findFirst();
        return new CompiledGradientMethod(gradName, call, arrayForm, components, List.copyOf(shared), seed);
    }

    /** The names of the gradients after {@code value}, in order: the {@code wrt} names of {@code @Grad}. */
    List<String> gradientNames() {
        return components.stream().skip(1).map(RecordComponent::getName).toList();
    }

    /** Parameter {@code i}'s dtype and rank as the array form declares them: {@code double[][]} is a float64 Matrix. */
    Optional<DataInput> dataInput(int i, String name) {
        Class<?> parameter = arrayForm.getParameterTypes()[i];
        int rank = 0;
        while (parameter.isArray()) {
            parameter = parameter.getComponentType();
            rank++;
        }
        if (rank == 0) {
            return Optional.empty();
        }
        DType dtype = parameter == double.class ? DType.FLOAT64
                : parameter == float.class ? DType.FLOAT32
                : parameter == long.class ? DType.INT64
                : parameter == int.class ? DType.INT32
                : DType.BOOL;
        return Optional.of(new DataInput(name, dtype, rank));
    }

    SharedVariable shared(Object model, Method accessor) {
        return (SharedVariable) invoke(accessor, model);
    }

    static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(method + " is not accessible: the generated class and its methods are public", e);
        }
    }

    /** Component {@code i} of a gradient record as an array: a scalar gradient comes as a number. */
    static NDArray component(Object record, RecordComponent component) {
        Object value = invoke(component.getAccessor(), record);
        if (value instanceof NDArray array) {
            return array;
        }
        if (value instanceof Float f) {
            return NDArray.scalar(f.floatValue());
        }
        if (value instanceof Number n) {
            return NDArray.scalar(n.doubleValue());
        }
        throw new IllegalStateException(component + " is a " + value.getClass().getSimpleName() + ", not a gradient");
    }
}
