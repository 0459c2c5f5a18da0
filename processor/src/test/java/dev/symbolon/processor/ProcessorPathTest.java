package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.symbolicClass;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.symbolon.processor.diagnostics.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor on the compile class path runs up to JDK 22 and not on JDK 23 or later, where the
 * generated classes just go missing; while it still runs, it says so.
 */
class ProcessorPathTest {
    private static final JavaFileObject MODEL = symbolicClass("Model",
            "    @Symbolic static double f(double x) { return x; }");

    @Test
    void processorOnTheCompileClassPathWarnsThatNewerJdksWillNotRunIt() {
        // compile-testing compiles against the test's whole class path, the processor's classes included
        Compilation compilation = Compiler.javac().withProcessors(new SymbolicProcessor()).compile(MODEL);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[" + Message.PROCESSOR_ON_CLASS_PATH.id()
                + "] symbolon-processor is on the compile class path: javac runs processors found there only up to"
                + " JDK 22");
        assertThat(compilation).hadWarningContaining("put it on the processor path instead (Maven:"
                + " maven-compiler-plugin's annotationProcessorPaths");
    }

    @Test
    void processorOnlyOnTheProcessorPathCompilesWithoutWarnings() {
        Compilation compilation = Compilations.compile(MODEL);
        assertThat(compilation).succeededWithoutWarnings();
    }
}
