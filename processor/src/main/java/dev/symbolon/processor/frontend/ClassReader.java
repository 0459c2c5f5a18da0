package dev.symbolon.processor.frontend;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.symbolon.annotation.Float32;
import dev.symbolon.annotation.Shared;
import dev.symbolon.annotation.Symbolic;
import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.Type;
import dev.symbolon.internal.model.SharedField;
import dev.symbolon.internal.model.SymbolicClass;
import dev.symbolon.internal.model.SymbolicMethod;
import dev.symbolon.processor.diagnostics.Message;
import dev.symbolon.processor.diagnostics.Reporter;
import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The front end's entry point: reads a class's {@code @Shared} fields and {@code @Symbolic} methods
 * into a {@link SymbolicClass}, reporting every error of every method.
 */
public final class ClassReader {
    private static final String KOTLIN_METADATA = "kotlin.Metadata";

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
        if (isKotlin(type)) {
            reporter.error(Message.KOTLIN_CLASS, type, type.getQualifiedName());
            return Optional.empty();
        }
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
        new NameClashes(reporter, type, SymbolicClass.generatedSimpleName(nameInPackage(type))).check(sharedFields, signatures, methods);
        if (reporter.errorCount() > errors || unit == null) {
            return Optional.empty();
        }
        return Optional.of(new SymbolicClass(elements.getPackageOf(type).getQualifiedName().toString(),
                nameInPackage(type), ClassContext.fileName(unit), sharedFields, methods));
    }

    /**
     * Whether {@code type} was written in Kotlin: the Java stubs kapt writes keep the
     * {@code @kotlin.Metadata} that Kotlin puts on every class, nested ones included, and their bodies
     * are placeholders ({@code return 0.0;}) that would compile to wrong results.
     */
    private static boolean isKotlin(TypeElement type) {
        return type.getAnnotationMirrors().stream().anyMatch(a ->
                ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(KOTLIN_METADATA));
    }

    /** {@code Outer.Inner} for a nested class: the simple names of the classes enclosing it, then its own. */
    private static String nameInPackage(TypeElement type) {
        String name = type.getSimpleName().toString();
        for (Element e = type.getEnclosingElement(); e instanceof TypeElement outer; e = e.getEnclosingElement()) {
            name = outer.getSimpleName() + "." + name;
        }
        return name;
    }

    /**
     * The field as a shared leaf; empty when its type is not symbolic. A field with other errors
     * (static, an initializer that cannot be used) still gets its leaf, so that the methods reading it
     * report only their own errors.
     */
    private Optional<SharedField> readShared(ClassContext context, CompilationUnitTree unit, VariableElement field) {
        String name = field.getSimpleName().toString();
        if (field.getModifiers().contains(Modifier.STATIC)) {
            reporter.error(Message.STATIC_SHARED, field, name);
        }
        Optional<Declared> declared = context.declarations.ofVariable(field, field.asType(), context.defaultFloat,
                Message.UNSUPPORTED_FIELD_TYPE, name, field.asType());
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        Tree tree = trees.getTree(field);
        Type type = declared.get().leafType(context.defaultFloat);
        Optional<Node> initialValue = unit != null && tree instanceof VariableTree variable
                ? initialValue(context, unit, field, variable, type.dtype()) : Optional.empty();
        SourcePosition position = unit == null || tree == null ? SourcePosition.UNKNOWN : context.position(unit, tree);
        try (var scope = SourcePosition.enter(position)) {
            var leaf = GraphOps.shared(name, type);
            context.shared.put(name, new ClassContext.Shared(leaf));
            return Optional.of(new SharedField(name, leaf, initialValue));
        }
    }

    /**
     * The value of a primitive field's constant initializer, rounded to {@code dtype}; empty without an
     * initializer, or after reporting one that is not a constant or belongs to a non-primitive field.
     */
    private Optional<Node> initialValue(ClassContext context, CompilationUnitTree unit, VariableElement field,
                                        VariableTree variable, DType dtype) {
        ExpressionTree initializer = variable.getInitializer();
        if (initializer == null) {
            return Optional.empty();
        }
        Optional<Value.Literal> constant = field.asType().getKind().isPrimitive()
                ? ConstantExpressions.evaluate(context, initializer) : Optional.empty();
        if (constant.isEmpty()) {
            String name = field.getSimpleName().toString();
            reporter.error(Message.SHARED_INITIALIZER, initializer, unit, name, initializer, name);
            return Optional.empty();
        }
        return Optional.of(constant.get().constant(dtype));
    }
}
