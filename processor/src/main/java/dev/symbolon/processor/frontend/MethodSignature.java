package dev.symbolon.processor.frontend;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import dev.symbolon.annotation.Float32;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.processor.diagnostics.Message;
import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * A {@code @Symbolic} method's declaration, read from its element, with the syntax tree of its body:
 * everything needed to read the body, whether as a method of its own or inlined into a caller.
 *
 * @param defaultFloat the dtype of {@code double} and of unannotated symbolic types: float32 under
 *     {@code @Float32} on the method or its class, else float64
 * @param parameters the parameters with their input leaves, in order
 */
record MethodSignature(ExecutableElement element, MethodTree tree, CompilationUnitTree unit, DType defaultFloat,
                       List<Param> parameters, Declarations.Result result, SourcePosition position) {

    record Param(String name, Declared declared, Node leaf) {}

    String name() {
        return element.getSimpleName().toString();
    }

    /** Reads the declaration; empty after reporting why it cannot be read. */
    static Optional<MethodSignature> read(ClassContext context, ExecutableElement method) {
        MethodTree tree = context.trees.getTree(method);
        TreePath path = context.trees.getPath(method);
        if (tree == null || tree.getBody() == null || path == null) {
            context.reporter.error(Message.NO_BODY, method, method.getSimpleName());
            return Optional.empty();
        }
        CompilationUnitTree unit = path.getCompilationUnit();
        DType defaultFloat = method.getAnnotation(Float32.class) != null ? DType.FLOAT32 : context.defaultFloat;
        int errors = context.reporter.errorCount();
        List<Param> parameters = new ArrayList<>();
        for (int i = 0; i < method.getParameters().size(); i++) {
            VariableElement p = method.getParameters().get(i);
            String name = p.getSimpleName().toString();
            Optional<Declared> declared = context.declarations.ofVariable(p, p.asType(), defaultFloat,
                    Message.UNSUPPORTED_PARAMETER_TYPE, name, p.asType());
            if (declared.isPresent()) {
                try (var scope = SourcePosition.enter(context.position(unit, tree.getParameters().get(i)))) {
                    parameters.add(new Param(name, declared.get(),
                            GraphOps.input(name, declared.get().leafType(defaultFloat))));
                }
            }
        }
        Optional<Declarations.Result> result = context.declarations.ofResult(method, method.getReturnType(),
                defaultFloat);
        if (result.isEmpty() || context.reporter.errorCount() > errors) {
            return Optional.empty();
        }
        return Optional.of(new MethodSignature(method, tree, unit, defaultFloat, parameters, result.get(),
                context.position(unit, tree)));
    }
}
