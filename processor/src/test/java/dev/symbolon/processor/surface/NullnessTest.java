package dev.symbolon.processor.surface;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;
import static dev.symbolon.processor.Compilations.load;
import static dev.symbolon.processor.Compilations.symbolicClass;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.symbolon.T;
import dev.symbolon.runtime.NDArray;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The API and the generated classes are {@code @NullMarked}, so that Kotlin reads their types as
 * non-null ({@code NDArray}, not the platform type {@code NDArray!}); the annotation costs generated
 * code no warning under {@code -Xlint:all}.
 */
class NullnessTest {
    @Test
    void thePublicPackagesAreNullMarked() {
        assertTrue(T.class.getPackage().isAnnotationPresent(NullMarked.class));
        assertTrue(NDArray.class.getPackage().isAnnotationPresent(NullMarked.class));
    }

    @Test
    void generatedClassesAreNullMarkedAndCompileWithoutWarnings() {
        Compilation compilation = compile("-Xlint:all,-processing", symbolicClass("Model",
                "    @Shared Vector w;",
                "    @Symbolic Vector scaled(Vector x) { return x.times(w); }"));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(load(compilation, "tutorial.CompiledModel").isAnnotationPresent(NullMarked.class));
    }
}
