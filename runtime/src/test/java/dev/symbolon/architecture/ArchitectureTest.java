package dev.symbolon.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of the runtime jar. The public packages ({@code dev.symbolon}, {@code dev.symbolon.runtime})
 * sit on the compiler core ({@code dev.symbolon.internal.*}); the core may use the runtime's value
 * types (NDArray, DType, SharedVariable, the exceptions) but not the symbolic handles, which only
 * {@code internal.access} lends to front ends. Inside the core there are no package cycles, and the
 * IR depends on no other part of it.
 */
class ArchitectureTest {
    private static final JavaClasses RUNTIME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.symbolon");

    @Test
    void internalPackagesAreFreeOfCycles() {
        slices().matching("dev.symbolon.internal.(*)..").should().beFreeOfCycles().check(RUNTIME);
    }

    @Test
    void theIrDependsOnNoOtherInternalPackage() {
        noClasses().that().resideInAPackage("dev.symbolon.internal.ir..")
                .should().dependOnClassesThat(resideInAPackage("dev.symbolon.internal..")
                        .and(not(resideInAPackage("dev.symbolon.internal.ir.."))))
                .check(RUNTIME);
    }

    @Test
    void rewritesDoNotDifferentiate() {
        noClasses().that().resideInAPackage("dev.symbolon.internal.rewrite..")
                .should().dependOnClassesThat().resideInAPackage("dev.symbolon.internal.autodiff..")
                .check(RUNTIME);
    }

    @Test
    void theInterpreterDoesNotRunTheKernelsItIsTheOracleOf() {
        noClasses().that().resideInAPackage("dev.symbolon.internal.interpreter..")
                .should().dependOnClassesThat().resideInAPackage("dev.symbolon.internal.cpu..")
                .check(RUNTIME);
    }

    @Test
    void theCoreUsesNoSymbolicHandleExceptThroughTheAccessor() {
        noClasses().that().resideInAPackage("dev.symbolon.internal..")
                .and().resideOutsideOfPackage("dev.symbolon.internal.access..")
                .should().dependOnClassesThat().resideInAPackage("dev.symbolon")
                .check(RUNTIME);
    }
}
