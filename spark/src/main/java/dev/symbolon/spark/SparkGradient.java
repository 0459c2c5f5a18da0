package dev.symbolon.spark;

import dev.symbolon.Scalar;
import dev.symbolon.SymbolicValue;
import dev.symbolon.T;
import dev.symbolon.internal.access.Internals;
import dev.symbolon.internal.function.SharedLeaves;
import dev.symbolon.internal.ir.GraphText;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A model's cost and its gradient with respect to the parameters that {@link SparkTrainer} moves: the
 * {@code <method>Grad} of a generated class, or a cost built at run time. It names the model's data
 * inputs, which the rows of the training data feed, and its shared variables, which are the state
 * each training step broadcasts: the parameters, then every other shared variable the model has.
 * The model stays on the driver; executors build their own copy from a recipe (the class name, or
 * the graph) and receive the state explicitly, so no state travels by accident.
 *
 * <p>The cost must be a mean over the rows it is given plus terms that do not depend on the rows (a
 * penalty on the weights, say): the trainer weights each partition's cost and gradient by its share
 * of the rows, which makes their sum the cost and gradient of all the rows at once.
 */
public final class SparkGradient {
    private final Recipe recipe;
    private final List<DataInput> inputs;
    private final List<SharedVariable> state;
    private final int parameters;
    private final String description;

    private SparkGradient(Recipe recipe, List<DataInput> inputs, List<SharedVariable> state, int parameters,
                          String description) {
        this.recipe = recipe;
        this.inputs = List.copyOf(inputs);
        this.state = List.copyOf(state);
        this.parameters = parameters;
        this.description = description;
    }

    /**
     * The gradient of a generated class's {@code @Grad} method: {@code compiled(new CompiledLogisticRegression(),
     * "cost", l2)} trains with {@code costGrad(x, y, l2)}. The method's first parameters are the data
     * inputs, Vectors and Matrices fed by the rows; the rest take {@code constants}. The parameters
     * trained are the method's {@code wrt} names, which must be {@code @Shared} fields; the model's
     * shared variables are read when each step starts and the parameters set when it ends, so the
     * instance holds the trained values, as if it had trained on one machine.
     *
     * @param model an instance of a generated {@code Compiled<Name>} class; its class must reach the executors
     * @param method the name of the {@code @Grad} cost method ({@code cost}, for {@code costGrad})
     * @param constants the arguments after the data inputs: numbers, or {@link NDArray}s (copied)
     * @return the gradient
     * @throws IllegalArgumentException if the class has no {@code <method>Grad}, if a gradient is with
     *     respect to a method parameter rather than a {@code @Shared} field, if a constant is neither a
     *     number nor an array, or if no parameter is left for data inputs
     * @throws NullPointerException if an argument is null
     */
    public static SparkGradient compiled(Object model, String method, Object... constants) {
        Objects.requireNonNull(model, "model is null; pass an instance of a generated Compiled<Name> class");
        Objects.requireNonNull(method, "method is null; pass the name of the @Grad cost method");
        Class<?> type = model.getClass();
        CompiledGradientMethod gradient = CompiledGradientMethod.of(type, method);
        Map<String, Method> accessors = gradient.sharedAccessors.stream()
                .collect(Collectors.toMap(Method::getName, Function.identity()));
        List<String> names = new ArrayList<>();
        for (String name : gradient.gradientNames()) {
            if (!accessors.containsKey(name)) {
                throw new IllegalArgumentException(gradient.gradName + " returns the gradient with respect to '" + name
                        + "', which is no @Shared field of " + type.getSimpleName() + "; the trainer moves @Shared "
                        + "fields only: list them in @Grad(wrt = ...)");
            }
            names.add(name);
        }
        int parameters = names.size();
        accessors.keySet().stream().sorted().filter(n -> !names.contains(n)).forEach(names::add);
        List<SharedVariable> state = names.stream().map(n -> gradient.shared(model, accessors.get(n))).toList();

        int dataCount = gradient.call.getParameterCount() - constants.length;
        if (dataCount < 1) {
            throw new IllegalArgumentException(gradient.gradName + " takes " + gradient.call.getParameterCount()
                    + " arguments, so " + constants.length + " constants leave none for the data inputs: the first "
                    + "parameters are fed by the rows, the constants take the rest");
        }
        List<DataInput> inputs = new ArrayList<>();
        for (int i = 0; i < dataCount; i++) {
            int index = i;
            inputs.add(gradient.dataInput(i, "argument " + (i + 1)).orElseThrow(() -> new IllegalArgumentException(
                    gradient.gradName + "'s argument " + (index + 1) + " is a scalar, but with " + constants.length
                    + " constants it would be a data input: data inputs are Vectors and Matrices fed by the rows;"
                    + " pass every scalar argument as a constant")));
        }
        Object[] shipped = new Object[constants.length];
        Class<?>[] types = gradient.call.getParameterTypes();
        for (int i = 0; i < constants.length; i++) {
            Object constant = Objects.requireNonNull(constants[i], "constant " + (i + 1) + " is null");
            Class<?> expected = types[dataCount + i];
            if (constant instanceof NDArray array && expected == NDArray.class) {
                shipped[i] = Values.of(array);
            } else if (constant instanceof Number || constant instanceof Boolean) {
                shipped[i] = constant;
            } else {
                throw new IllegalArgumentException("constant " + (i + 1) + " of " + gradient.gradName + " is a "
                        + constant.getClass().getSimpleName() + "; pass a number for a scalar parameter and an NDArray"
                        + " for an array parameter");
            }
        }
        Recipe recipe = new CompiledRecipe(UUID.randomUUID().toString(), type.getName(), method, names, shipped);
        return new SparkGradient(recipe, inputs, state, parameters, type.getSimpleName() + "." + gradient.gradName);
    }

    /**
     * The gradient of a cost built at run time (see API.md, "Graphs built at run time"): the trainer
     * differentiates {@code cost} with respect to each parameter, as {@code T.grad} does, and compiles
     * the cost and gradients with {@code T.function}, on the driver (which checks the graph) and again
     * on each executor from the graph's text. The variables are set when each step ends.
     *
     * @param inputs the data inputs, Vectors and Matrices made by {@code T.vector} and {@code T.matrix},
     *     in the order of the rows' fields
     * @param cost a scalar cost, the mean over the rows of something, plus terms of the parameters alone
     * @param parameters the shared variables to train, each read by {@code cost}; every other variable
     *     the cost reads travels too, as state that training does not change
     * @return the gradient
     * @throws IllegalArgumentException if an input is no Vector or Matrix input, or the cost needs an
     *     input that is not listed
     * @throws dev.symbolon.internal.ir.GraphException if the cost does not depend on a parameter
     * @throws NullPointerException if an argument is null
     */
    public static SparkGradient function(List<? extends SymbolicValue> inputs, Scalar cost,
                                         List<SharedVariable> parameters) {
        Objects.requireNonNull(inputs, "inputs is null");
        Objects.requireNonNull(cost, "cost is null");
        Objects.requireNonNull(parameters, "parameters is null");
        List<SymbolicValue> outputs = new ArrayList<>();
        outputs.add(cost);
        for (SharedVariable parameter : parameters) {
            outputs.add(T.grad(cost, parameter.tensor()));
        }
        T.function(inputs, outputs);
        List<Node> roots = outputs.stream().map(Internals::node).toList();
        Set<SharedVariable> ordered = new LinkedHashSet<>(parameters);
        for (Node node : TopologicalOrder.of(roots)) {
            if (node.op() == Op.SHARED) {
                ordered.add(SharedLeaves.variable(node));
            }
        }
        List<SharedVariable> state = List.copyOf(ordered);
        List<DataInput> dataInputs = inputs.stream().map(Internals::node)
                .map(n -> new DataInput(n.name(), n.type().dtype(), n.type().rank())).toList();
        Recipe recipe = new FunctionRecipe(UUID.randomUUID().toString(), GraphText.write(roots), dataInputs,
                state.stream().map(v -> SharedLeaves.leaf(v).name()).toList(),
                state.stream().map(SharedVariable::name).toList());
        return new SparkGradient(recipe, dataInputs, state, parameters.size(), "function of "
                + dataInputs.stream().map(DataInput::name).collect(Collectors.joining(", ", "(", ")")));
    }

    Recipe recipe() {
        return recipe;
    }

    List<DataInput> inputs() {
        return inputs;
    }

    int parameterCount() {
        return parameters;
    }

    /**
     * The current value of every shared variable, parameters first.
     *
     * @throws IllegalStateException if a variable has no value, naming it and saying to call {@code setValue}
     */
    NDArray[] readState() {
        NDArray[] values = new NDArray[state.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = state.get(i).getValue();
        }
        return values;
    }

    /** Sets the parameters, in order. */
    void setParameters(NDArray[] values) {
        for (int i = 0; i < parameters; i++) {
            state.get(i).setValue(values[i]);
        }
    }

    /** {@code CompiledLogisticRegression.costGrad} or {@code function of (x, y)}. */
    @Override
    public String toString() {
        return description;
    }
}
