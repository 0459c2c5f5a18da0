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
import dev.symbolon.internal.picture.Pictures;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
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
import javax.tools.FileObject;
import javax.tools.StandardLocation;

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
    /**
     * {@code -Asymbolon.dot=true} writes the optimized graph of each compiled method in Graphviz's DOT
     * language, as {@code Compiled<Name>.toDot(method)} returns it, to {@code Compiled<Name>.<method>.dot}
     * beside the generated source.
     */
    public static final String DOT = "symbolon.dot";

    /** The compiler this processor runs in, known from {@link #init}. */
    private CompilerHost host;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Symbolic.class.getCanonicalName(), Shared.class.getCanonicalName(),
                Grad.class.getCanonicalName());
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(FAIL_FOR_TESTING, DOT);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        host = CompilerHost.of(environment);
        warnIfOnClassPath();
    }

    /**
     * A processor on the compile class path runs today and silently stops running on JDK 23 or with
     * {@code -proc:none}, when nothing could say so; while it runs, it can. Its own class is visible to
     * the compilation only where the processor jar is among the compiled code's dependencies.
     */
    private void warnIfOnClassPath() {
        if (processingEnv.getElementUtils().getTypeElement(SymbolicProcessor.class.getCanonicalName()) != null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, Message.PROCESSOR_ON_CLASS_PATH.format());
        }
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
        SymbolicClass optimized = ModelOptimizer.optimize(model.get());
        JavaFile file = CompiledClassGenerator.generate(optimized, type);
        try {
            file.writeTo(processingEnv.getFiler());
        } catch (IOException e) {
            reporter.error(Message.WRITE_FAILED, type, file.packageName().isEmpty()
                    ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name(), e.getMessage());
            return;
        }
        if (Boolean.parseBoolean(processingEnv.getOptions().get(DOT))) {
            writeDots(type, optimized, file, reporter);
        }
    }

    /** One {@code Compiled<Name>.<method>.dot} per method name, in the generated source's folder. */
    private void writeDots(TypeElement type, SymbolicClass optimized, JavaFile file, Reporter reporter) {
        String generated = file.typeSpec().name();
        for (Map.Entry<String, String> dot : Pictures.dots(generated, optimized).entrySet()) {
            String name = generated + "." + dot.getKey() + ".dot";
            try {
                FileObject resource = processingEnv.getFiler().createResource(StandardLocation.SOURCE_OUTPUT,
                        file.packageName(), name, type);
                try (Writer writer = resource.openWriter()) {
                    writer.write(dot.getValue());
                }
            } catch (IOException | IllegalArgumentException e) {
                // javac's Filer refuses a path that is a folder with an IllegalArgumentException
                reporter.error(Message.DOT_WRITE_FAILED, type, name, e.getMessage());
            }
        }
    }
}
