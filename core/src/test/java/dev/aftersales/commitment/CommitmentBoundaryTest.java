package dev.aftersales.commitment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundary of the commitment feature: the pure engine never reaches storage (the storage SPI
 * depends on its records), nor its own storage-facing runtime; inside it, calls go one way: the
 * engine calls its parts (the ticket-step applier, the evaluations, the deadline state machine),
 * which never call the engine back.
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

    @ArchTest
    static final ArchRule parts_never_call_the_engine_back = noClasses()
            .that().resideInAPackage("dev.aftersales.commitment")
            .and().doNotHaveFullyQualifiedName(CommitmentEngine.class.getName())
            .should().dependOnClassesThat().haveFullyQualifiedName(CommitmentEngine.class.getName())
            .because("the applier works through its narrow context; a call back would tie the two again");
}
