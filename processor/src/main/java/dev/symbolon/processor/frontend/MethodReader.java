package dev.symbolon.processor.frontend;

import dev.symbolon.annotation.Grad;
import dev.symbolon.internal.model.GradMethod;
import dev.symbolon.internal.model.Output;
import dev.symbolon.internal.model.Parameter;
import dev.symbolon.internal.model.SymbolicMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one {@code @Symbolic} method, body and {@code @Grad} included, into the model. */
final class MethodReader {
    private MethodReader() {}

    /** The method as graphs; empty when it has errors, which are reported. */
    static Optional<SymbolicMethod> read(ClassContext context, MethodSignature method) {
        int errors = context.reporter.errorCount();
        Scope scope = new Scope();
        List<Parameter> parameters = new ArrayList<>();
        for (MethodSignature.Param p : method.parameters()) {
            scope.parameter(p.name(), new Value.Symbol(p.leaf()));
            parameters.add(new Parameter(p.name(), p.leaf()));
        }
        Updates updates = new Updates();
        Optional<Value> result;
        context.reading.addLast(method.name());
        try {
            result = new BodyReader(context, method, scope, new Calls(context, updates)).read();
        } finally {
            context.reading.removeLast();
        }
        if (context.reporter.errorCount() > errors) {
            return Optional.empty();
        }
        List<Output> outputs = outputs(result);
        Optional<GradMethod> grad = Optional.empty();
        if (method.element().getAnnotation(Grad.class) != null) {
            grad = GradReader.read(context, method, outputs);
            if (grad.isEmpty()) {
                return Optional.empty();
            }
        }
        Optional<String> recordName = method.result() instanceof Declarations.Result.Record record
                ? Optional.of(record.simpleName()) : Optional.empty();
        return Optional.of(new SymbolicMethod(method.name(), parameters, recordName, outputs, updates.list(), grad,
                method.position()));
    }

    private static List<Output> outputs(Optional<Value> result) {
        List<Output> outputs = new ArrayList<>();
        if (result.isPresent() && result.get() instanceof Value.Record record) {
            for (Map.Entry<String, Value> c : record.components().entrySet()) {
                outputs.add(new Output(c.getKey(), ((Value.Symbol) c.getValue()).node()));
            }
        } else {
            result.ifPresent(v -> outputs.add(new Output("value", ((Value.Symbol) v).node())));
        }
        return outputs;
    }
}
