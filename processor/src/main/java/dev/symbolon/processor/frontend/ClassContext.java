package dev.symbolon.processor.frontend;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.processor.diagnostics.Reporter;
import dev.symbolon.runtime.DType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/** What every method of one class being read shares: its shared fields, its methods, its constants. */
final class ClassContext {
    /** A {@code @Shared} field and the leaf that stands for its value. */
    record Shared(Node leaf) {}

    final Trees trees;
    final Reporter reporter;
    final Declarations declarations;
    final TypeElement type;
    final DType defaultFloat;
    final Map<String, Shared> shared = new LinkedHashMap<>();
    final Map<String, MethodSignature> methods = new LinkedHashMap<>();
    /** The methods being read, innermost last: the top-level method, then the ones inlined into it. */
    final Deque<String> reading = new ArrayDeque<>();

    ClassContext(Trees trees, Reporter reporter, TypeElement type, DType defaultFloat) {
        this.trees = trees;
        this.reporter = reporter;
        this.declarations = new Declarations(reporter);
        this.type = type;
        this.defaultFloat = defaultFloat;
    }

    /** The position of {@code tree} in {@code unit}: the file's name and the 1-based line where the tree starts. */
    SourcePosition position(CompilationUnitTree unit, Tree tree) {
        long start = trees.getSourcePositions().getStartPosition(unit, tree);
        return new SourcePosition(fileName(unit), (int) unit.getLineMap().getLineNumber(start));
    }

    static String fileName(CompilationUnitTree unit) {
        String path = unit.getSourceFile().getName();
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    /** The value of static final constant {@code name} of this class, as javac computed it. */
    Optional<Value.Literal> constant(String name) {
        return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
                .filter(f -> f.getSimpleName().contentEquals(name))
                .findFirst()
                .flatMap(ClassContext::constantValue);
    }

    /** A static final field's value as a literal of its Java type, when javac knows it at compile time. */
    static Optional<Value.Literal> constantValue(VariableElement field) {
        if (!field.getModifiers().contains(Modifier.STATIC) || !field.getModifiers().contains(Modifier.FINAL)
                || !(field.getConstantValue() instanceof Number number)) {
            return Optional.empty();
        }
        DType dtype = switch (field.asType().getKind()) {
            case INT, SHORT, BYTE -> DType.INT32;
            case LONG -> DType.INT64;
            case FLOAT -> DType.FLOAT32;
            default -> DType.FLOAT64;
        };
        return Optional.of(dtype.isFloat() ? Value.Literal.floating(number.doubleValue(), dtype)
                : Value.Literal.integer(number.longValue(), dtype));
    }

    /** Whether the class declares a method of this name that is not @Symbolic (a call to it leaves the DSL). */
    boolean hasPlainMethod(String name) {
        return !methods.containsKey(name) && type.getEnclosedElements().stream()
                .anyMatch(e -> e.getKind() == ElementKind.METHOD && e.getSimpleName().contentEquals(name));
    }

    boolean isOwnName(String qualifiedOrSimple) {
        return qualifiedOrSimple.equals(type.getSimpleName().toString())
                || qualifiedOrSimple.equals(type.getQualifiedName().toString());
    }
}
