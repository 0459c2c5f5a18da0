package dev.symbolon.processor.host;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Gradle's incremental processing: a class holding the real environment in a {@code delegate} field
 * and handing out its own Filer, which records each generated file's originating elements, as
 * Gradle does to learn which generated files to delete when a source goes away.
 */
final class GradleStyleEnvironment implements ProcessingEnvironment {
    private final ProcessingEnvironment delegate;
    private final RecordingFiler filer;

    GradleStyleEnvironment(ProcessingEnvironment delegate, Map<String, List<Element>> originatingElements) {
        this.delegate = delegate;
        this.filer = new RecordingFiler(delegate.getFiler(), originatingElements);
    }

    @Override
    public Map<String, String> getOptions() {
        return delegate.getOptions();
    }

    @Override
    public Messager getMessager() {
        return delegate.getMessager();
    }

    @Override
    public Filer getFiler() {
        return filer;
    }

    @Override
    public Elements getElementUtils() {
        return delegate.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
        return delegate.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
        return delegate.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
        return delegate.getLocale();
    }

    /** Records, by generated file name, the originating elements given when the file was created. */
    private record RecordingFiler(Filer filer, Map<String, List<Element>> originatingElements) implements Filer {
        @Override
        public JavaFileObject createSourceFile(CharSequence name, Element... originating) throws IOException {
            originatingElements.put(name.toString(), List.of(originating));
            return filer.createSourceFile(name, originating);
        }

        @Override
        public JavaFileObject createClassFile(CharSequence name, Element... originating) throws IOException {
            originatingElements.put(name.toString(), List.of(originating));
            return filer.createClassFile(name, originating);
        }

        @Override
        public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPackage,
                CharSequence relativeName, Element... originating) throws IOException {
            originatingElements.put(relativeName.toString(), List.of(originating));
            return filer.createResource(location, moduleAndPackage, relativeName, originating);
        }

        @Override
        public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPackage,
                CharSequence relativeName) throws IOException {
            return filer.getResource(location, moduleAndPackage, relativeName);
        }
    }

}
