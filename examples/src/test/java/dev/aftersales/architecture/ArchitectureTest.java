package dev.aftersales.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The module and package boundaries of the library, each stated by the name of its rule below,
 * checked over the main code of every module: the examples module sees them all on its class path.
 */
@AnalyzeClasses(packages = "dev.aftersales", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The packages of the core module. */
    private static final String[] CORE = {
        "dev.aftersales", "dev.aftersales.common..", "dev.aftersales.property..", "dev.aftersales.ticket..",
        "dev.aftersales.calendar..", "dev.aftersales.commitment..", "dev.aftersales.measurement..",
        "dev.aftersales.warranty..", "dev.aftersales.step..", "dev.aftersales.spi.."
    };

    /** The feature packages of core: records, aggregates, rules; no storage, no services. */
    private static final String[] FEATURE_MODELS = {
        "dev.aftersales.common", "dev.aftersales.property", "dev.aftersales.ticket", "dev.aftersales.calendar",
        "dev.aftersales.commitment", "dev.aftersales.measurement", "dev.aftersales.warranty"
    };

    private static final Set<String> CLOCK_TYPES = Set.of(
            "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
            "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime",
            "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    /** The only class allowed to pick the system clock: the entry point's builder, as its default. */
    private static final String DEFAULT_CLOCK_OWNER = "dev.aftersales.AfterSales$Builder";

    private static final DescribedPredicate<JavaCall<?>> READS_SYSTEM_TIME =
            new DescribedPredicate<>("read the system time (now() without a Clock, currentTimeMillis, "
                    + "new Date(), Clock.system*)") {
                @Override
                public boolean test(JavaCall<?> call) {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    int params = call.getTarget().getRawParameterTypes().size();
                    if (CLOCK_TYPES.contains(owner) && name.equals("now") && params == 0) {
                        return true;
                    }
                    if (owner.equals("java.lang.System") && name.equals("currentTimeMillis")) {
                        return true;
                    }
                    if (owner.equals("java.util.Date") && name.equals("<init>") && params == 0) {
                        return true;
                    }
                    return owner.equals("java.time.Clock") && name.startsWith("system")
                            && !call.getOriginOwner().getName().equals(DEFAULT_CLOCK_OWNER);
                }
            };

    @ArchTest
    static final ArchRule core_depends_on_no_storage_module_and_no_jdbc = noClasses()
            .that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat()
            .resideInAnyPackage("dev.aftersales.storage..", "dev.aftersales.testkit..", "java.sql..", "javax.sql..");

    /**
     * No two packages depend on each other, directly or through others. The storage SPI depends on
     * the feature packages' records, so a feature package never uses the SPI: code that needs
     * storage lives in a feature's {@code service} sub-package, the step pipeline or the entry point.
     */
    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("dev.aftersales.(**)")
            .should().beFreeOfCycles();

    /**
     * The storage SPI is used by the entry point, the step pipeline, each feature's service
     * sub-package, and the adapters and their test kit: never by a feature's records and rules.
     */
    /** Classes with a direct dependency on a class of the storage SPI. */
    private static final DescribedPredicate<JavaClass> USE_THE_STORAGE_SPI =
            new DescribedPredicate<>("depend on classes that reside in a package 'dev.aftersales.spi..'") {
                private final DescribedPredicate<JavaClass> inSpi = JavaClass.Predicates.resideInAPackage("dev.aftersales.spi..");

                @Override
                public boolean test(JavaClass javaClass) {
                    return javaClass.getDirectDependenciesFromSelf().stream()
                            .anyMatch(dependency -> inSpi.test(dependency.getTargetClass()));
                }
            };

    @ArchTest
    static final ArchRule only_services_pipeline_and_adapters_use_the_storage_spi = classes()
            .that(USE_THE_STORAGE_SPI)
            .should().resideInAnyPackage("dev.aftersales", "dev.aftersales.step..", "dev.aftersales.*.service..",
                    "dev.aftersales.spi..", "dev.aftersales.storage..", "dev.aftersales.testkit..",
                    "dev.aftersales.examples..", "dev.aftersales.benchmarks..")
            .because("a feature's records and rules know nothing of storage; its service runs the step pipeline");

    /** Records and rules never reach their services or the pipeline: the calls go one way. */
    @ArchTest
    static final ArchRule feature_models_depend_on_no_service = noClasses()
            .that().resideInAnyPackage(FEATURE_MODELS)
            .should().dependOnClassesThat().resideInAnyPackage("dev.aftersales.*.service..", "dev.aftersales.step..");

    /** The root package is the entry point only: {@code AfterSales} and its builder (and the package's Javadoc). */
    @ArchTest
    static final ArchRule the_root_package_holds_the_entry_point_only = classes()
            .that().resideInAPackage("dev.aftersales")
            .should().haveNameMatching("dev\\.aftersales\\.(AfterSales(\\$.*)?|package-info)");

    @ArchTest
    static final ArchRule only_applications_use_the_entry_point_package = noClasses()
            .that().resideInAnyPackage("dev.aftersales.common..", "dev.aftersales.property..",
                    "dev.aftersales.ticket..", "dev.aftersales.calendar..", "dev.aftersales.commitment..",
                    "dev.aftersales.measurement..", "dev.aftersales.warranty..",
                    "dev.aftersales.step..", "dev.aftersales.spi..", "dev.aftersales.storage..")
            .should().dependOnClassesThat().resideInAPackage("dev.aftersales")
            .because("the entry point package ties the features together; features never reach back");

    @ArchTest
    static final ArchRule common_depends_on_no_feature = noClasses()
            .that().resideInAPackage("dev.aftersales.common..")
            .should().dependOnClassesThat().resideOutsideOfPackages("dev.aftersales.common..", "java..",
                    "jakarta.validation..", "org.hibernate.validator..", "org.slf4j..");

    /**
     * The strict JSON reader of {@code dev.aftersales.common.json} is internal to core (left out of
     * the Javadoc): the library's JSON formats use it, no other module does.
     */
    @ArchTest
    static final ArchRule only_core_uses_the_internal_json_reader = noClasses()
            .that().resideOutsideOfPackages(CORE)
            .should().dependOnClassesThat().resideInAPackage("dev.aftersales.common.json..")
            .because("the JSON reader is no part of the library's API and may change in any release");

    @ArchTest
    static final ArchRule no_main_code_reads_the_system_time = noClasses()
            .should().callCodeUnitWhere(READS_SYSTEM_TIME)
            .because("time is read only from the injected java.time.Clock");

    @ArchTest
    static final ArchRule no_main_code_prints_to_the_console_outside_examples = noClasses()
            .that().resideOutsideOfPackages("dev.aftersales.examples..", "dev.aftersales.benchmarks..")
            // the testkit's LogCapture swaps the console streams in order to capture them; it prints nothing
            .and().doNotHaveFullyQualifiedName("dev.aftersales.testkit.LogCapture")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("library code logs through SLF4J, never to the console");
}
