package dev.symbolon.processor.frontend;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.symbolon.annotation.Float32;
import dev.symbolon.annotation.Shared;
import dev.symbolon.annotation.Symbolic;
import dev.symbolon.graph.GraphOps;
import dev.symbolon.graph.SourcePosition;
import dev.symbolon.processor.diagnostics.Message;
import dev.symbolon.processor.diagnostics.Reporter;
import dev.symbolon.processor.model.SharedField;
import dev.symbolon.processor.model.SymbolicClass;
import dev.symbolon.processor.model.SymbolicMethod;
import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The front end's entry point: reads a class's {@code @Shared} fields and {@code @Symbolic} methods
 * into a {@link SymbolicClass}, reporting every error of every method.
 */
public final class ClassReader {
    private final Trees trees;
    private final Elements elements;
    private final Reporter reporter;

    public ClassReader(Trees trees, Elements elements, Reporter reporter) {
        this.trees = trees;
        this.elements = elements;
        this.reporter = reporter;
    }

    /** The class as graphs; empty when it has errors, all of which are reported. */
    public Optional<SymbolicClass> read(TypeElement type) {
        int errors = reporter.errorCount();
        DType defaultFloat = type.getAnnotation(Float32.class) != null ? DType.FLOAT32 : DType.FLOAT64;
        ClassContext context = new ClassContext(trees, reporter, type, defaultFloat);
        TreePath path = trees.getPath(type);
        CompilationUnitTree unit = path == null ? null : path.getCompilationUnit();

        List<SharedField> sharedFields = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (field.getAnnotation(Shared.class) != null) {
                readShared(context, unit, field).ifPresent(sharedFields::add);
            }
        }
        List<MethodSignature> signatures = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (method.getAnnotation(Symbolic.class) != null) {
                MethodSignature.read(context, method).ifPresent(s -> {
                    signatures.add(s);
                    context.methods.putIfAbsent(s.name(), s);
                });
            }
        }
        List<SymbolicMethod> methods = new ArrayList<>();
        for (MethodSignature signature : signatures) {
            MethodReader.read(context, signature).ifPresent(methods::add);
        }
        new NameClashes(reporter, type).check(sharedFields, signatures, methods);
        if (reporter.errorCount() > errors || unit == null) {
            return Optional.empty();
        }
        return Optional.of(new SymbolicClass(elements.getPackageOf(type).getQualifiedName().toString(),
                type.getSimpleName().toString(), ClassContext.fileName(unit), sharedFields, methods));
    }

    private Optional<SharedField> readShared(ClassContext context, CompilationUnitTree unit, VariableElement field) {
        String name = field.getSimpleName().toString();
        Optional<Declared> declared = context.declarations.ofVariable(field, field.asType(), context.defaultFloat,
                Message.UNSUPPORTED_FIELD_TYPE, name, field.asType());
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        Tree tree = trees.getTree(field);
        SourcePosition position = unit == null || tree == null ? SourcePosition.UNKNOWN : context.position(unit, tree);
        try (var scope = SourcePosition.enter(position)) {
            var leaf = GraphOps.shared(name, declared.get().leafType(context.defaultFloat));
            context.shared.put(name, new ClassContext.Shared(declared.get(), leaf));
            return Optional.of(new SharedField(name, leaf));
        }
    }
}
