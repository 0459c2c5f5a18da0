package dev.symbolon.internal.function;

import dev.symbolon.internal.codegen.CompiledClassGenerator;
import dev.symbolon.internal.ir.DebugPrinter;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.model.Output;
import dev.symbolon.internal.model.Parameter;
import dev.symbolon.internal.pipeline.ModelOptimizer;
import dev.symbolon.internal.shape.IntoTargets;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A function built at run time, lowered as the annotation processor lowers a class: the one-method
 * model of {@link FunctionGraph}, optimized by {@link ModelOptimizer}, written by
 * {@link CompiledClassGenerator}, compiled in memory ({@link InMemoryJavac}) and called; or, without a
 * Java compiler, run by the reference interpreter.
 *
 * <p>System property {@value #COMPILER_PROPERTY}: {@code javac} (the default) compiles, falling back
 * to the interpreter with one warning where the JVM has no compiler; {@code interpreter} always
 * interprets.
 */
public final class RuntimeFunction {
    public static final String COMPILER_PROPERTY = "symbolon.runtimeCompiler";
    private static final System.Logger LOG = System.getLogger(RuntimeFunction.class.getName());
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private final FunctionGraph graph;
    private final Runner runner;
    private final SharedVariable[] lockOrder;
    private final String description;

    private RuntimeFunction(FunctionGraph graph, Runner runner, String description) {
        this.graph = graph;
        this.runner = runner;
        this.description = description;
        // every function takes its variables' monitors in one global order, so calls of functions
        // sharing variables serialize without deadlock
        this.lockOrder = graph.variables().stream()
                .sorted(Comparator.comparing(v -> SharedLeaves.leaf(v).name()))
                .toArray(SharedVariable[]::new);
    }

    /**
     * Builds, optimizes and compiles a function (see {@link FunctionGraph#of} for what it checks).
     *
     * @param position where the function was built, for its description
     */
    public static RuntimeFunction build(List<Node> inputs, List<Node> outputs, Map<Node, Node> updates,
                                        SourcePosition position) {
        FunctionGraph written = FunctionGraph.of(inputs, outputs, updates, position);
        FunctionGraph optimized = new FunctionGraph(ModelOptimizer.optimize(written.model()), written.variables(),
                written.updated());
        String description = FunctionGraph.METHOD + inputs.stream().map(Node::name)
                .collect(Collectors.joining(", ", "(", ")")) + " built at " + position;
        return new RuntimeFunction(optimized, runner(optimized), description);
    }

    private static Runner runner(FunctionGraph optimized) {
        String wanted = System.getProperty(COMPILER_PROPERTY, "javac");
        switch (wanted) {
            case "interpreter" -> {
                return new InterpretedRunner(optimized);
            }
            case "javac" -> {
                Optional<InMemoryJavac> javac = InMemoryJavac.find();
                if (javac.isEmpty()) {
                    if (WARNED.compareAndSet(false, true)) {
                        LOG.log(System.Logger.Level.WARNING, "no Java compiler in this JVM (a JRE?): functions built"
                                + " at run time run in Symbolon's interpreter, several times slower; run on a JDK"
                                + " to compile them");
                    }
                    return new InterpretedRunner(optimized);
                }
                return new CompiledRunner(compiledClass(javac.get(), optimized), optimized);
            }
            default -> throw new IllegalArgumentException("system property " + COMPILER_PROPERTY + " is '" + wanted
                    + "'; use javac (the default) or interpreter");
        }
    }

    private static Class<?> compiledClass(InMemoryJavac javac, FunctionGraph optimized) {
        String source = CompiledClassGenerator.generate(optimized.model()).toString();
        Optional<Class<?>> cached = CompiledClasses.get(source);
        if (cached.isPresent()) {
            return cached.get();
        }
        String name = FunctionGraph.PACKAGE + "." + optimized.model().generatedSimpleName();
        return CompiledClasses.put(source, javac.compile(name, source));
    }

    /**
     * Calls the function: converts and checks the arguments, computes the outputs, then applies the
     * updates, holding the monitor of every shared variable the function reads or updates.
     */
    public List<NDArray> call(Object... arguments) {
        List<Parameter> inputs = graph.method().parameters();
        NDArray[] converted = Arguments.convert(description, inputs, arguments);
        return callHolding(0, converted);
    }

    /**
     * As {@link #call}, writing each non-scalar output into the target of its index in {@code into}
     * (whose entries for scalar outputs are not read and may be null); checks every target's dtype,
     * rank and data before the call and its shape before any update.
     */
    public List<NDArray> callInto(List<NDArray> into, Object... arguments) {
        List<Parameter> inputs = graph.method().parameters();
        NDArray[] converted = Arguments.convert(description, inputs, arguments);
        String name = FunctionGraph.METHOD + "Into";
        List<Output> outputs = graph.method().outputs();
        Objects.requireNonNull(into, name + ": the targets are null; pass one array per output");
        if (into.size() != outputs.size()) {
            throw new IllegalArgumentException(name + ": " + into.size() + " targets given for " + outputs.size()
                    + " outputs; pass one per output (null for a scalar's)");
        }
        if (outputs.stream().noneMatch(o -> o.node().rank() > 0)) {
            throw new IllegalArgumentException(name + ": every output of " + description + " is a scalar, so there"
                    + " is no array to write into; call call(...)");
        }
        List<NDArray> others = new ArrayList<>();
        for (NDArray argument : converted) {
            others.add(argument);
        }
        for (int i = 0; i < outputs.size(); i++) {
            Node node = outputs.get(i).node();
            if (node.rank() > 0) {
                others.add(IntoTargets.requireTarget(name, outputs.get(i).name(), into.get(i), node.type().dtype(),
                        node.rank()));
            }
        }
        for (int i = 0; i < outputs.size(); i++) {
            if (outputs.get(i).node().rank() > 0) {
                NDArray target = into.get(i);
                IntoTargets.requireApart(name, outputs.get(i).name(), target,
                        others.stream().filter(o -> o != target).toArray(NDArray[]::new));
            }
        }
        return callHolding(0, () -> runner.callInto(converted, into));
    }

    private List<NDArray> callHolding(int lock, NDArray[] arguments) {
        return callHolding(lock, () -> runner.call(arguments));
    }

    private List<NDArray> callHolding(int lock, Supplier<List<NDArray>> call) {
        if (lock == lockOrder.length) {
            return call.get();
        }
        synchronized (lockOrder[lock]) {
            return callHolding(lock + 1, call);
        }
    }

    /** Seeds the function's draws, as {@code seed(long)} of a generated class does. */
    public void seed(long seed) {
        runner.seed(seed);
    }

    /** The optimized graph, as {@code Compiled<Name>.debugPrint} prints a method's. */
    public String debugPrint() {
        return DebugPrinter.print(graph.method().roots());
    }

    /** Whether calls run generated code (else the interpreter). */
    public boolean isCompiled() {
        return runner instanceof CompiledRunner;
    }

    /** {@code function(x, y) built at Train.java:42}. */
    @Override
    public String toString() {
        return description;
    }
}
