package dev.symbolon.processor;

import dev.symbolon.internal.executor.Executor;
import dev.symbolon.internal.executor.ExecutorProvider;
import dev.symbolon.internal.executor.MethodGraph;
import dev.symbolon.internal.executor.Results;
import dev.symbolon.internal.executor.Slot;
import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.GraphText;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.random.DrawCall;
import dev.symbolon.runtime.Device;
import dev.symbolon.runtime.NDArray;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the CUDA executor in the processor's tests (registered in this module's test
 * resources): it serves {@code cuda:0}, and only that, by running each method's graph text with the
 * reference interpreter, binding leaves by name as a real executor does. It counts the calls it ran,
 * so that tests can tell that a call went through it.
 */
public final class InterpreterExecutorProvider implements ExecutorProvider {
    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    /** How many calls of methods named {@code method} this provider's executors have run. */
    static int calls(String method) {
        return CALLS.computeIfAbsent(method, m -> new AtomicInteger()).get();
    }

    @Override
    public boolean serves(Device.Kind kind) {
        return kind == Device.Kind.CUDA;
    }

    @Override
    public boolean isPresent(Device device) {
        return device.ordinal() == 0;
    }

    @Override
    public String absenceReason(Device device) {
        return "the test executor has only GPU 0";
    }

    @Override
    public Executor executor(MethodGraph method, Device device) {
        List<Node> roots = GraphText.read(method.graph());
        Map<String, Integer> parameters = indexes(method.parameters());
        Map<String, Integer> shared = indexes(method.shared());
        int outputs = method.outputs().size();
        return (arguments, sharedValues, draws) -> {
            CALLS.computeIfAbsent(method.method(), m -> new AtomicInteger()).incrementAndGet();
            List<NDArray> values = Interpreter.evaluate(roots, leaf -> leaf.op() == Op.SHARED
                    ? sharedValues.get(shared.get(leaf.name()))
                    : arguments.get(parameters.get(leaf.name())), draws == null ? DrawCall.unseeded() : draws);
            return new Results(values.subList(0, outputs), values.subList(outputs, values.size()));
        };
    }

    private static Map<String, Integer> indexes(List<Slot> slots) {
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            indexes.put(slots.get(i).name(), i);
        }
        return indexes;
    }
}
