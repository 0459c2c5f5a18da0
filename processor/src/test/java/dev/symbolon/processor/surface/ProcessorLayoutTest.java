package dev.symbolon.processor.surface;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The processor is a thin front end over the runtime's compiler core: it reads javac trees, reports
 * diagnostics and writes files; graphs, rewrites, fusion and lowering live in {@code dev.symbolon.internal}.
 */
class ProcessorLayoutTest {
    private static final JavaClasses PROCESSOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.symbolon.processor");

    @Test
    void theProcessorHoldsOnlyItsFrontEndDiagnosticsAndHostPackages() {
        classes().should().resideInAnyPackage("dev.symbolon.processor", "dev.symbolon.processor.frontend",
                "dev.symbolon.processor.diagnostics", "dev.symbolon.processor.host").check(PROCESSOR);
    }
}
