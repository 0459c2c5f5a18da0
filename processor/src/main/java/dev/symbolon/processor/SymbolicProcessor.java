package dev.symbolon.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.sun.source.util.Trees;
import dev.symbolon.annotation.Grad;
import dev.symbolon.annotation.Shared;
import dev.symbolon.annotation.Symbolic;
import dev.symbolon.internal.codegen.CompiledClassGenerator;
import dev.symbolon.internal.model.SymbolicClass;
import dev.symbolon.internal.pipeline.ModelOptimizer;
import dev.symbolon.processor.diagnostics.Message;
import dev.symbolon.processor.diagnostics.Reporter;
import dev.symbolon.processor.frontend.ClassReader;
import dev.symbolon.processor.host.CompilerHost;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

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

    private CompilerHost host;

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        host = CompilerHost.of(environment);
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Optional<Trees> trees = host.trees();
        if (trees.isEmpty()) {
            refuseHost(modelClasses(round));
            return false;
        }
        Reporter reporter = new Reporter(processingEnv.getMessager(), trees.get());
        for (Element e : round.getElementsAnnotatedWith(Grad.class)) {
            if (e.getAnnotation(Symbolic.class) == null) {
                reporter.error(Message.GRAD_WITHOUT_SYMBOLIC, e, e.getSimpleName());
            }
        }
        for (TypeElement type : modelClasses(round)) {
            try {
                process(type, trees.get(), reporter);
            } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                StackTraceElement[] frames = e.getStackTrace();
                reporter.error(Message.INTERNAL_ERROR, type, type.getQualifiedName(),
                        e + (frames.length > 0 ? " at " + frames[0] : ""));
            }
        }
        // Other processors may claim these annotations too.
        return false;
    }

    private static Set<TypeElement> modelClasses(RoundEnvironment round) {
        Set<TypeElement> classes = new LinkedHashSet<>();
        for (Element e : round.getElementsAnnotatedWith(Symbolic.class)) {
            if (e.getKind() == ElementKind.METHOD) {
                classes.add((TypeElement) e.getEnclosingElement());
            }
        }
        return classes;
    }

    /** One error on each model class where the host gives no way to read method bodies. */
    private void refuseHost(Set<TypeElement> classes) {
        for (TypeElement type : classes) {
            String text = host.isEclipse()
                    ? Message.ECLIPSE_COMPILER.format(type.getQualifiedName())
                    : Message.HIDDEN_JAVAC.format(type.getQualifiedName(), host.environmentClass());
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, text, type);
        }
    }

    private void process(TypeElement type, Trees trees, Reporter reporter) {
        Optional<SymbolicClass> model = new ClassReader(trees,
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
