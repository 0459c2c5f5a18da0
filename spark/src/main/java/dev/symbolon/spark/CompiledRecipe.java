package dev.symbolon.spark;

import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A generated class's gradient, rebuilt on an executor from the class's name: a new instance of it
 * (on the executor's configured device), whose shared variables are set from each step's state.
 *
 * @param constants the arguments after the data inputs: boxed numbers, or {@link Values} for arrays
 */
record CompiledRecipe(String id, String className, String method, List<String> stateNames, Object[] constants)
        implements Recipe {
    private static final long serialVersionUID = 1L;

    @Override
    public Evaluator build(NDArray[] state) {
        Class<?> type;
        Object instance;
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            type = Class.forName(className, true, loader != null ? loader : CompiledRecipe.class.getClassLoader());
            instance = type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + className + " on this executor: " + e
                    + "; the application's jar must reach the executors (spark-submit does it)", e);
        }
        CompiledGradientMethod gradient = CompiledGradientMethod.of(type, method);
        Map<String, Method> accessors = gradient.sharedAccessors.stream()
                .collect(Collectors.toMap(Method::getName, Function.identity()));
        SharedVariable[] variables = stateNames.stream()
                .map(name -> gradient.shared(instance, accessors.get(name)))
                .toArray(SharedVariable[]::new);
        Object[] fixed = new Object[constants.length];
        for (int i = 0; i < constants.length; i++) {
            fixed[i] = constants[i] instanceof Values values ? values.array() : constants[i];
        }
        return (current, seed, data) -> {
            for (int i = 0; i < variables.length; i++) {
                variables[i].setValue(current[i]);
            }
            gradient.seed.ifPresent(s -> CompiledGradientMethod.invoke(s, instance, seed));
            Object[] arguments = new Object[data.length + fixed.length];
            System.arraycopy(data, 0, arguments, 0, data.length);
            System.arraycopy(fixed, 0, arguments, data.length, fixed.length);
            Object record = CompiledGradientMethod.invoke(gradient.call, instance, arguments);
            var components = gradient.components;
            double value = CompiledGradientMethod.component(record, components.get(0)).getDouble();
            NDArray[] grads = new NDArray[components.size() - 1];
            for (int i = 0; i < grads.length; i++) {
                grads[i] = CompiledGradientMethod.component(record, components.get(i + 1));
            }
            return new Evaluator.Gradient(value, grads);
        };
    }
}
