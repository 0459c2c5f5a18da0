package dev.symbolon.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.sun.source.util.Trees;
import dev.symbolon.annotation.Grad;
import dev.symbolon.annotation.Shared;
import dev.symbolon.annotation.Symbolic;
import dev.symbolon.processor.codegen.CompiledClassGenerator;
import dev.symbolon.processor.diagnostics.Message;
import dev.symbolon.processor.diagnostics.Reporter;
import dev.symbolon.processor.frontend.ClassReader;
import dev.symbolon.processor.model.ModelOptimizer;
import dev.symbolon.processor.model.SymbolicClass;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Generates {@code Compiled<Name>} for each class with {@code @Symbolic} methods: the front end
 * reads the class into the processor model, the back end writes it. A class with errors generates
 * nothing; an unexpected failure becomes an "internal error" on the class instead of a javac crash.
 */
@AutoService(Processor.class)
public final class SymbolicProcessor extends AbstractProcessor {
    /**
     * For testing only: {@code -Asymbolon.failForTesting=true} makes processing fail unexpectedly,
     * so that a test can see the failure reported as an internal error.
     */
    public static final String FAIL_FOR_TESTING = "symbolon.failForTesting";

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Symbolic.class.getCanonicalName(), Shared.class.getCanonicalName(),
                Grad.class.getCanonicalName());
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(FAIL_FOR_TESTING);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Reporter reporter = new Reporter(processingEnv.getMessager(), Trees.instance(processingEnv));
        for (Element e : round.getElementsAnnotatedWith(Grad.class)) {
            if (e.getAnnotation(Symbolic.class) == null) {
                reporter.error(Message.GRAD_WITHOUT_SYMBOLIC, e, e.getSimpleName());
            }
        }
        Set<TypeElement> classes = new LinkedHashSet<>();
        for (Element e : round.getElementsAnnotatedWith(Symbolic.class)) {
            if (e.getKind() == ElementKind.METHOD) {
                classes.add((TypeElement) e.getEnclosingElement());
            }
        }
        for (TypeElement type : classes) {
            try {
                process(type, reporter);
            } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                StackTraceElement[] frames = e.getStackTrace();
                reporter.error(Message.INTERNAL_ERROR, type, type.getQualifiedName(),
                        e + (frames.length > 0 ? " at " + frames[0] : ""));
            }
        }
        // Other processors may claim these annotations too.
        return false;
    }

    private void process(TypeElement type, Reporter reporter) {
        Optional<SymbolicClass> model = new ClassReader(Trees.instance(processingEnv),
                processingEnv.getElementUtils(), reporter).read(type);
        if (Boolean.parseBoolean(processingEnv.getOptions().get(FAIL_FOR_TESTING))) {
            throw new IllegalStateException("failure forced by -A" + FAIL_FOR_TESTING);
        }
        if (model.isEmpty()) {
            return;
        }
        JavaFile file = CompiledClassGenerator.generate(ModelOptimizer.optimize(model.get()), type);
        try {
            file.writeTo(processingEnv.getFiler());
        } catch (IOException e) {
            reporter.error(Message.WRITE_FAILED, type, file.packageName().isEmpty()
                    ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name(), e.getMessage());
        }
    }
}
