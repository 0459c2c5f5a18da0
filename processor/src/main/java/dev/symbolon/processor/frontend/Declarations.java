package dev.symbolon.processor.frontend;

import dev.symbolon.annotation.Float32;
import dev.symbolon.annotation.Int32;
import dev.symbolon.annotation.Int64;
import dev.symbolon.annotation.Rank;
import dev.symbolon.processor.diagnostics.Message;
import dev.symbolon.processor.diagnostics.Reporter;
import dev.symbolon.runtime.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads declared types: parameters, {@code @Shared} fields, results and record components. These
 * come from javac's elements, which are complete when the processor runs (bodies are not).
 */
final class Declarations {
    private static final String DSL_PACKAGE = "dev.symbolon.";

    private final Reporter reporter;

    Declarations(Reporter reporter) {
        this.reporter = reporter;
    }

    /** A method's result: nothing, one value, or a record of named values. */
    sealed interface Result {
        record None() implements Result {}

        record Single(Declared declared) implements Result {}

        record Record(String simpleName, String qualifiedName, List<Component> components) implements Result {}
    }

    record Component(String name, Declared declared) {}

    /**
     * The symbolic type of a parameter, field or record component, from its type and its dtype and
     * rank annotations; empty after reporting an error ({@code unsupported} with {@code args} when
     * the type is not symbolic at all, unless {@code unsupported} is null and the caller reports it).
     */
    Optional<Declared> ofVariable(Element element, TypeMirror type, DType defaultFloat, Message unsupported,
                                  Object... args) {
        Optional<DType> annotated = annotatedDtype(element);
        if (annotated == null) {
            return Optional.empty();
        }
        Optional<Declared> declared = symbolic(element, type, defaultFloat);
        if (declared.isEmpty()) {
            if (unsupported != null && !isError(type) && !isTensor(type)) {
                reporter.error(unsupported, element, args);
            }
            return declared;
        }
        Rank rank = element.getAnnotation(Rank.class);
        if (rank != null && !isTensor(type) && rank.value() != declared.get().rank()) {
            reporter.error(Message.ANNOTATION_CONFLICT, element, element.getSimpleName(), type,
                    "@Rank(" + rank.value() + ")");
            return Optional.empty();
        }
        Optional<DType> primitive = declared.get().dtype();
        if (primitive.isPresent() && annotated.isPresent() && primitive.get() != annotated.get()) {
            reporter.error(Message.ANNOTATION_CONFLICT, element, element.getSimpleName(), type,
                    "@" + annotationName(annotated.get()));
            return Optional.empty();
        }
        return Optional.of(new Declared(declared.get().rank(), primitive.or(() -> annotated)));
    }

    /** A method's result type; empty after reporting an error. */
    Optional<Result> ofResult(Element method, TypeMirror type, DType defaultFloat) {
        if (type.getKind() == TypeKind.VOID) {
            return Optional.of(new Result.None());
        }
        if (type.getKind() == TypeKind.DECLARED
                && ((DeclaredType) type).asElement().getKind() == ElementKind.RECORD) {
            return ofRecord((TypeElement) ((DeclaredType) type).asElement(), defaultFloat);
        }
        Optional<Declared> single = symbolic(method, type, defaultFloat);
        if (single.isEmpty() && !isError(type) && !isTensor(type)) {
            reporter.error(Message.UNSUPPORTED_RETURN_TYPE, method, method.getSimpleName(), type);
        }
        return single.map(Result.Single::new);
    }

    private Optional<Result> ofRecord(TypeElement record, DType defaultFloat) {
        List<Component> components = new ArrayList<>();
        for (RecordComponentElement c : record.getRecordComponents()) {
            Optional<Declared> declared = ofVariable(c, c.asType(), defaultFloat, null);
            if (declared.isPresent()) {
                components.add(new Component(c.getSimpleName().toString(), declared.get()));
            } else if (!isError(c.asType()) && !isTensor(c.asType())) {
                // javac gives a record component no position of its own; the record's line is the closest.
                reporter.error(Message.UNSUPPORTED_RECORD_COMPONENT, record, c.getSimpleName(),
                        record.getSimpleName(), c.asType());
            }
        }
        if (components.size() < record.getRecordComponents().size()) {
            return Optional.empty();
        }
        return Optional.of(new Result.Record(record.getSimpleName().toString(),
                record.getQualifiedName().toString(), components));
    }

    static boolean isError(TypeMirror type) {
        return type.getKind() == TypeKind.ERROR;
    }

    /**
     * The declared value, or empty: not symbolic (unreported), or a Tensor without @Rank (reported).
     * A method's Tensor result takes the rank of what it returns, since @Rank cannot annotate a method.
     */
    private Optional<Declared> symbolic(Element element, TypeMirror type, DType defaultFloat) {
        Optional<DType> primitive = switch (type.getKind()) {
            case DOUBLE -> Optional.of(defaultFloat);
            case FLOAT -> Optional.of(DType.FLOAT32);
            case INT -> Optional.of(DType.INT32);
            case LONG -> Optional.of(DType.INT64);
            default -> Optional.empty();
        };
        if (primitive.isPresent()) {
            return Optional.of(new Declared(0, primitive));
        }
        if (isTensor(type)) {
            Rank rank = element.getAnnotation(Rank.class);
            if (element.getKind() == ElementKind.METHOD) {
                return Optional.of(new Declared(Declared.ANY_RANK, Optional.empty()));
            }
            if (rank == null || rank.value() < 0) {
                reporter.error(Message.TENSOR_WITHOUT_RANK, element, "'" + element.getSimpleName() + "'");
                return Optional.empty();
            }
            return Optional.of(new Declared(rank.value(), Optional.empty()));
        }
        int rank = rankOf(type);
        return rank < 0 ? Optional.empty() : Optional.of(new Declared(rank, Optional.empty()));
    }

    /** The rank a DSL type stands for: Scalar 0, Vector 1, Matrix 2; -1 for Tensor and anything else. */
    private static int rankOf(TypeMirror type) {
        return switch (type.toString()) {
            case DSL_PACKAGE + "Scalar" -> 0;
            case DSL_PACKAGE + "Vector" -> 1;
            case DSL_PACKAGE + "Matrix" -> 2;
            default -> -1;
        };
    }

    private static boolean isTensor(TypeMirror type) {
        return type.toString().equals(DSL_PACKAGE + "Tensor");
    }

    /** The dtype an annotation gives, empty for none, or null (after reporting) for several. */
    private Optional<DType> annotatedDtype(Element element) {
        List<DType> given = new ArrayList<>();
        if (element.getAnnotation(Float32.class) != null && element.getKind() != ElementKind.METHOD) {
            given.add(DType.FLOAT32);
        }
        if (element.getAnnotation(Int32.class) != null) {
            given.add(DType.INT32);
        }
        if (element.getAnnotation(Int64.class) != null) {
            given.add(DType.INT64);
        }
        if (given.size() > 1) {
            reporter.error(Message.ANNOTATION_CONFLICT, element, element.getSimpleName(),
                    "with one dtype", "@" + annotationName(given.get(0)) + " and @" + annotationName(given.get(1)));
            return null;
        }
        return given.stream().findFirst();
    }

    private static String annotationName(DType dtype) {
        return switch (dtype) {
            case FLOAT32 -> "Float32";
            case INT32 -> "Int32";
            case INT64 -> "Int64";
            case FLOAT64, BOOL -> throw new AssertionError("no annotation gives " + dtype);
        };
    }
}
