package dev.symbolon.processor.host;

import dev.symbolon.processor.SymbolicProcessor;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** The real processor, handed an environment wrapped as a build host wraps it. */
final class WrappingProcessor implements Processor {
    private final Processor processor = new SymbolicProcessor();
    private final UnaryOperator<ProcessingEnvironment> wrap;

    WrappingProcessor(UnaryOperator<ProcessingEnvironment> wrap) {
        this.wrap = wrap;
    }

    @Override
    public void init(ProcessingEnvironment environment) {
        processor.init(wrap.apply(environment));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return processor.process(annotations, round);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return processor.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return processor.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return processor.getSupportedSourceVersion();
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
            ExecutableElement member, String userText) {
        return processor.getCompletions(element, annotation, member, userText);
    }
}
