package dev.symbolon.processor.host;

import static com.google.common.truth.Truth.assertThat;

import dev.symbolon.processor.SymbolicProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gradle runs the processor incrementally as an isolating processor: the category is declared beside
 * the service registration, and the rules of that category that a class can show hold. The third
 * rule, one originating element per generated file, is checked on a compilation in
 * {@link WrappedEnvironmentTest}.
 */
class GradleIncrementalCategoryTest {
    @Test
    void theProcessorIsDeclaredIsolatingUnderItsRegisteredName() throws IOException {
        assertThat(lines("META-INF/gradle/incremental.annotation.processors"))
                .containsExactly(SymbolicProcessor.class.getName() + ",isolating");
        assertThat(lines("META-INF/services/javax.annotation.processing.Processor"))
                .containsExactly(SymbolicProcessor.class.getName());
    }

    @Test
    void itClaimsNamedAnnotationsThatLastIntoClassFiles() throws ClassNotFoundException {
        for (String name : new SymbolicProcessor().getSupportedAnnotationTypes()) {
            assertThat(name).isNotEqualTo("*");
            Retention retention = Class.forName(name).getAnnotation(Retention.class);
            assertThat(retention.value()).isAnyOf(RetentionPolicy.CLASS, RetentionPolicy.RUNTIME);
        }
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = SymbolicProcessor.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
