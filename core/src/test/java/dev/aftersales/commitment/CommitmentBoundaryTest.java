package dev.aftersales.commitment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundary of the commitment feature: the pure engine never reaches storage (the storage SPI
 * depends on its records), nor its own storage-facing runtime.
 */
@AnalyzeClasses(packages = "dev.aftersales.commitment", importOptions = ImportOption.DoNotIncludeTests.class)
class CommitmentBoundaryTest {

    @ArchTest
    static final ArchRule engine_does_not_use_the_storage_spi_or_the_runtime = noClasses()
            .that().resideInAPackage("dev.aftersales.commitment")
            .should().dependOnClassesThat().resideInAnyPackage("dev.aftersales.spi..",
                    "dev.aftersales.commitment.service..", "dev.aftersales.storage..")
            .because("dev.aftersales.spi depends on the commitment records: the reverse would be a cycle");

    @ArchTest
    static final ArchRule runtime_does_not_use_the_entry_point = noClasses()
            .that().resideInAPackage("dev.aftersales.commitment.service")
            .should().dependOnClassesThat().resideInAPackage("dev.aftersales")
            .because("the entry point ties the features together; features never reach back");
}
