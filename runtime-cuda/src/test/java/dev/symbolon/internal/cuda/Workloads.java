package dev.symbolon.internal.cuda;

import static dev.symbolon.T.abs;
import static dev.symbolon.T.binaryCrossentropy;
import static dev.symbolon.T.categoricalCrossentropy;
import static dev.symbolon.T.dot;
import static dev.symbolon.T.exp;
import static dev.symbolon.T.grad;
import static dev.symbolon.T.log1p;
import static dev.symbolon.T.matrix;
import static dev.symbolon.T.mean;
import static dev.symbolon.T.neg;
import static dev.symbolon.T.scalar;
import static dev.symbolon.T.sigmoid;
import static dev.symbolon.T.softmax;
import static dev.symbolon.T.square;
import static dev.symbolon.T.sum;
import static dev.symbolon.T.tanh;
import static dev.symbolon.T.vector;

import dev.symbolon.Matrix;
import dev.symbolon.Scalar;
import dev.symbolon.SymbolicValue;
import dev.symbolon.Vector;
import dev.symbolon.internal.access.Internals;
import dev.symbolon.internal.executor.MethodGraph;
import dev.symbolon.internal.executor.Slot;
import dev.symbolon.internal.function.FunctionGraph;
import dev.symbolon.internal.ir.GraphText;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.internal.model.SymbolicMethod;
import dev.symbolon.internal.pipeline.ModelOptimizer;
import dev.symbolon.runtime.SharedVariable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmarks' workloads as the {@link MethodGraph}s a generated class would hand the executor,
 * built at run time with the handles and optimized as {@code T.function} optimizes them, so that no
 * Java compiler is needed (the GPU bundle's runtime has none).
 */
final class Workloads {
    private Workloads() {}

    /** W1: one step of the logistic regression, {@code train(x, y, learningRate, l2)} with shared w, b. */
    static MethodGraph logisticStep(SharedVariable wState, SharedVariable bState) {
        try (var scope = at(1)) {
            return logistic(wState, bState);
        }
    }

    private static MethodGraph logistic(SharedVariable wState, SharedVariable bState) {
        Matrix x = matrix("x");
        Vector y = vector("y");
        Scalar learningRate = scalar("learningRate");
        Scalar l2 = scalar("l2");
        Vector w = wState.vector();
        Scalar b = bState.scalar();
        Scalar cost = mean(binaryCrossentropy(sigmoid(dot(x, w).plus(b)), y)).plus(sum(w.times(w)).times(l2));
        Map<SymbolicValue, SymbolicValue> updates = new LinkedHashMap<>();
        updates.put(w, w.minus(grad(cost, w).times(learningRate)));
        updates.put(b, b.minus(grad(cost, b).times(learningRate)));
        return of(List.of(x, y, learningRate, l2), List.of(cost), updates);
    }

    /** W3: {@code s = sum(sigmoid(x) y + log1p(exp(-|x|)))} and {@code ds/dx}. */
    static MethodGraph sumAndSlope() {
        try (var scope = at(3)) {
            return w3();
        }
    }

    private static MethodGraph w3() {
        Vector x = vector("x");
        Vector y = vector("y");
        Scalar s = sum(sigmoid(x).times(y).plus(log1p(exp(neg(abs(x))))));
        return of(List.of(x, y), List.of(s, grad(s, x)), Map.of());
    }

    /**
     * A softmax classifier with a hidden layer ({@code x, y} with shared w1, w2): the class
     * probabilities {@code p = softmax(tanh(x w1) w2)} and their mean cross-entropy against one-hot y,
     * with {@code training} also plain gradient descent on both matrices. Matrix products (transposed
     * operands in the gradient), softmax, reductions over an axis and over everything.
     */
    static MethodGraph softmaxClassifier(SharedVariable w1State, SharedVariable w2State, boolean training) {
        try (var scope = at(7)) {
            return classifier(w1State, w2State, training);
        }
    }

    private static MethodGraph classifier(SharedVariable w1State, SharedVariable w2State, boolean training) {
        Matrix x = matrix("x");
        Matrix y = matrix("y");
        Scalar learningRate = scalar("learningRate");
        Matrix w1 = w1State.matrix();
        Matrix w2 = w2State.matrix();
        Matrix p = softmax(tanh(dot(x, w1)).dot(w2));
        Scalar cost = mean(categoricalCrossentropy(p, y));
        if (!training) {
            return of(List.of(x, y), List.of(p, cost), Map.of());
        }
        Map<SymbolicValue, SymbolicValue> updates = new LinkedHashMap<>();
        updates.put(w1, w1.minus(grad(cost, w1).times(learningRate)));
        updates.put(w2, w2.minus(grad(cost, w2).times(learningRate)));
        return of(List.of(x, y, learningRate), List.of(cost), updates);
    }

    /**
     * An update of the ops the kernels compute so far: {@code err = (w - x)^2} and {@code w = w - lr (w - x)}
     * with shared w, so that the new value stays resident between steps.
     */
    static MethodGraph elementwiseStep(SharedVariable wState) {
        try (var scope = at(5)) {
            return elementwise(wState);
        }
    }

    private static MethodGraph elementwise(SharedVariable wState) {
        Vector x = vector("x");
        Scalar lr = scalar("lr");
        Vector w = wState.vector();
        Vector diff = w.minus(x);
        return of(List.of(x, lr), List.of(square(diff)), Map.of(w, w.minus(diff.times(lr))));
    }

    private static MethodGraph of(List<SymbolicValue> inputs, List<SymbolicValue> outputs,
                                  Map<SymbolicValue, SymbolicValue> updates) {
        Map<Node, Node> updateNodes = new LinkedHashMap<>();
        updates.forEach((target, value) -> updateNodes.put(Internals.node(target), Internals.node(value)));
        FunctionGraph written = FunctionGraph.of(inputs.stream().map(Internals::node).toList(),
                outputs.stream().map(Internals::node).toList(), updateNodes, new SourcePosition("Workloads.java", 1));
        SymbolicMethod method = ModelOptimizer.optimize(written.model()).methods().get(0);
        List<Node> roots = method.roots();
        return new MethodGraph(method.name(),
                method.parameters().stream().map(p -> slot(p.name(), p.node())).toList(),
                TopologicalOrder.of(roots).stream().filter(n -> n.op() == Op.SHARED)
                        .map(n -> slot(n.name(), n)).distinct().toList(),
                method.outputs().stream().map(o -> slot(o.name(), o.node())).toList(),
                method.updates().stream().map(u -> slot(u.field(), u.newValue())).toList(),
                GraphText.write(roots));
    }

    /** The position the workload's nodes name: the benchmark reports them, and no user file exists. */
    private static SourcePosition.Scope at(int line) {
        return SourcePosition.enter(new SourcePosition("Workloads.java", line));
    }

    private static Slot slot(String name, Node node) {
        return new Slot(name, node.type().dtype(), node.rank());
    }
}
