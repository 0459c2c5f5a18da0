package dev.symbolon.internal.codegen;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.internal.model.GradMethod;
import dev.symbolon.internal.model.Output;
import dev.symbolon.internal.model.Parameter;
import dev.symbolon.internal.model.SharedField;
import dev.symbolon.internal.model.SymbolicClass;
import dev.symbolon.internal.model.SymbolicMethod;
import dev.symbolon.internal.model.Update;
import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds processor models by hand, as the front end would from a user's class. */
final class Models {
    static final String PACKAGE = "test.models";

    private Models() {}

    static Node input(String name, DType dtype, int rank) {
        return GraphOps.input(name, Type.of(dtype, rank));
    }

    static Node shared(String name, DType dtype, int rank) {
        return GraphOps.shared(name, Type.of(dtype, rank));
    }

    static List<Parameter> parameters(Node... inputs) {
        List<Parameter> parameters = new ArrayList<>();
        for (Node n : inputs) {
            parameters.add(new Parameter(n.name(), n));
        }
        return parameters;
    }

    /** A method returning one value, without updates or gradient. */
    static SymbolicMethod method(String name, Node output, Node... inputs) {
        return new SymbolicMethod(name, parameters(inputs), Optional.empty(), List.of(new Output("value", output)),
                List.of(), Optional.empty(), new SourcePosition("Model.java", 1));
    }

    static SymbolicMethod withUpdates(SymbolicMethod m, Update... updates) {
        return new SymbolicMethod(m.name(), m.parameters(), m.recordName(), m.outputs(), List.of(updates), m.grad(),
                m.position());
    }

    static SymbolicMethod withRecord(String name, String recordName, List<Output> outputs, Node... inputs) {
        return new SymbolicMethod(name, parameters(inputs), Optional.of(recordName), outputs, List.of(),
                Optional.empty(), new SourcePosition("Model.java", 1));
    }

    static SymbolicMethod withGrad(SymbolicMethod m, GradMethod grad) {
        return new SymbolicMethod(m.name(), m.parameters(), m.recordName(), m.outputs(), m.updates(), Optional.of(grad),
                m.position());
    }

    static SymbolicClass model(String simpleName, List<SharedField> shared, List<SymbolicMethod> methods) {
        return new SymbolicClass(PACKAGE, simpleName, simpleName + ".java", shared, methods);
    }

    static SymbolicClass model(String simpleName, List<SymbolicMethod> methods) {
        return model(simpleName, List.of(), methods);
    }
}
