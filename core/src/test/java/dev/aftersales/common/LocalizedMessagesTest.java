package dev.aftersales.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.calendar.CalendarArgumentException;
import dev.aftersales.calendar.CalendarFormat;
import dev.aftersales.calendar.CalendarFormatException;
import dev.aftersales.calendar.CalendarRef;
import dev.aftersales.calendar.DateCoverage;
import dev.aftersales.calendar.DateRange;
import dev.aftersales.calendar.HolidayCnFormat;
import dev.aftersales.calendar.OutsideCoverageException;
import dev.aftersales.calendar.UnknownCalendarException;
import dev.aftersales.commitment.CommitmentException;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.FiringKey;
import dev.aftersales.commitment.FiringKind;
import dev.aftersales.commitment.InvalidPolicyException;
import dev.aftersales.commitment.PolicyProblem;
import dev.aftersales.commitment.format.PolicyFormat;
import dev.aftersales.commitment.format.PolicyFormatException;
import dev.aftersales.common.json.JsonReader;
import dev.aftersales.common.json.JsonSyntaxException;
import dev.aftersales.measurement.CallbackRoundException;
import dev.aftersales.property.CoOwner;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.Ownership;
import dev.aftersales.property.OwnershipId;
import dev.aftersales.property.OwnershipStepException;
import dev.aftersales.property.PropertyConflictException;
import dev.aftersales.property.PropertyNotFoundException;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.DuplicateFiringException;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.UnsupportedRepositoryException;
import dev.aftersales.ticket.IllegalTicketStepException;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketLifeCycle;
import dev.aftersales.ticket.TicketNotFoundException;
import dev.aftersales.ticket.TicketReferenceException.Problem;
import dev.aftersales.ticket.TicketReferenceException.Reason;
import dev.aftersales.ticket.TicketReferenceException;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.warranty.GrantBelowStatutoryFloorException;
import dev.aftersales.warranty.MaintenancePlanId;
import dev.aftersales.warranty.MaintenanceScope;
import dev.aftersales.warranty.MaintenanceTaskException;
import dev.aftersales.warranty.MaintenanceTaskId;
import dev.aftersales.warranty.MissingWarrantyDataException;
import dev.aftersales.warranty.NoTermForPlanException;
import dev.aftersales.warranty.NotARepairTicketException;
import dev.aftersales.warranty.StatutoryCatalogue;
import dev.aftersales.warranty.WarrantyCatalogueFormatException;
import dev.aftersales.warranty.WarrantyPeriod;
import java.io.StringReader;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every exception of the library gives its message in English and Chinese through one API,
 * {@link LocalizedMessage#message(Locale)} (rule CP-2), naming identifiers, fields and states only
 * (rule EU-4); the English {@code getMessage()} of each stays as it was.
 */
class LocalizedMessagesTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    /**
     * Exceptions whose {@code getMessage()} says more than the English message: the rule id
     * ({@code CallbackRoundException}), or both languages ({@code PolicyFormatException}).
     */
    private static final Set<Class<?>> ENGLISH_PART_OF_GET_MESSAGE = Set.of(CallbackRoundException.class,
            PolicyFormatException.class);
    private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);
    private static final LocalDate JAN_2 = LocalDate.of(2027, 1, 2);

    /**
     * One exception as the library throws it.
     *
     * @param name     what it shows
     * @param thrown   makes it
     * @param english  its English message, byte for byte, or null where another test checks it
     * @param named    what the Chinese message names too: ids, fields, states
     */
    record Case(String name, Supplier<LocalizedMessage> thrown, String english, List<String> named) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case of(String name, Supplier<LocalizedMessage> thrown, String english, String... named) {
        return new Case(name, thrown, english, List.of(named));
    }

    private static <T extends Throwable & LocalizedMessage> Supplier<LocalizedMessage> thrownBy(Class<T> type,
                                                                                               Executable call) {
        return () -> assertThrows(type, call);
    }

    static Stream<Case> cases() {
        return Stream.of(
                of("PropertyNotFoundException", () -> new PropertyNotFoundException("unit", "U-1"),
                        "unit U-1 not found", "U-1", "房屋"),
                of("PropertyNotFoundException of an outstanding item",
                        () -> new PropertyNotFoundException("outstanding item", "O-1/K-7"),
                        "outstanding item O-1/K-7 not found", "O-1/K-7", "待办事项"),
                of("PropertyConflictException: id taken", () -> PropertyConflictException.alreadyExists("estate", "E1"),
                        "estate E1 already exists", "E1", "楼盘"),
                of("PropertyConflictException: outstanding item recorded twice",
                        () -> PropertyConflictException.outstandingItemExists(OwnerId.of("O-1"), "K-7"),
                        "owner O-1 already has outstanding item K-7", "O-1", "K-7"),
                of("PropertyConflictException: too many outstanding items",
                        () -> PropertyConflictException.tooManyOutstandingItems(OwnerId.of("O-1"), 50),
                        "owner O-1 already has 50 outstanding items, the most kept", "O-1", "50"),
                of("PropertyConflictException: sold twice",
                        () -> PropertyConflictException.alreadySold(UnitId.of("U-1"), OwnershipId.of("OS-1")),
                        "unit U-1 is already sold (ownership OS-1)", "U-1", "OS-1"),
                of("PropertyConflictException: not sold", () -> PropertyConflictException.notSold(UnitId.of("U-1")),
                        "unit U-1 is not sold", "U-1"),
                of("PropertyConflictException: date after today",
                        () -> PropertyConflictException.afterToday("contract date", JAN_2, UnitId.of("U-1"), JAN_1),
                        "contract date 2027-01-02 of unit U-1 is after today 2027-01-01", "U-1", "2027-01-02",
                        "2027-01-01", "签约日期"),
                of("PropertyConflictException with an English message", () -> new PropertyConflictException("plot P-1 x"),
                        "plot P-1 x", "P-1"),
                of("OwnershipStepException of Ownership.handOver", thrownBy(OwnershipStepException.class,
                        () -> Ownership.sign(OwnershipId.of("OS-1"), UnitId.of("U-1"), CoOwner.sole(OwnerId.of("O-1")),
                                JAN_2).handOver(JAN_1, Actor.staff("S-1"))),
                        "cannot hand over ownership OS-1 of unit U-1 in state CONTRACT_SIGNED: handover date 2027-01-01"
                                + " is before the contract date 2027-01-02",
                        "OS-1", "U-1", "交付", "已签约", "2027-01-01", "2027-01-02"),
                of("IllegalTicketStepException", () -> new IllegalTicketStepException(TicketId.of("T-1"),
                                TicketState.VISIT_AGREED, TicketStep.START_WORK,
                                TicketLifeCycle.refusal(TicketState.VISIT_AGREED, TicketStep.START_WORK, TicketKind.REPAIR)
                                        .orElseThrow(),
                                TicketLifeCycle.refusal(TicketState.VISIT_AGREED, TicketStep.START_WORK, TicketKind.REPAIR, ZH)
                                        .orElseThrow()),
                        "ticket T-1 in state VISIT_AGREED cannot take step START_WORK: a REPAIR needs a plan agreed with the"
                                + " owner before work starts (RP-3, CP-7)",
                        "T-1", "已约定上门", "报修", "RP-3"),
                of("IllegalTicketStepException with an English reason", () -> new IllegalTicketStepException(
                                TicketId.of("T-1"), TicketState.CLOSED, TicketStep.ASSIGN, "refused"),
                        "ticket T-1 in state CLOSED cannot take step ASSIGN: refused", "T-1", "已关闭", "派工"),
                of("TicketNotFoundException", () -> new TicketNotFoundException(TicketId.of("T-9")),
                        "ticket T-9 is not stored", "T-9"),
                of("TicketReferenceException", () -> new TicketReferenceException("ReportRepair", List.of(
                                Problem.unknown(Reason.UNKNOWN_UNIT, "U-9"),
                                new Problem(Reason.BUILDING_IN_OTHER_ESTATE, "E2-B1", "is in estate E2, not in estate E1",
                                        "在楼盘 E2 中，不在楼盘 E1 中"))),
                        "ReportRepair refers to what the property register does not hold: unit U-9 is not registered;"
                                + " building E2-B1 is in estate E2, not in estate E1; nothing was stored",
                        "ReportRepair", "U-9", "E2-B1", "E1", "E2"),
                of("CommitmentException", () -> new CommitmentException(CommitmentException.Reason.VERSION_GAP, "rp", 2,
                                3, 5),
                        "policy rp is at version 2; register version 3, not 5", "rp", "2", "3", "5"),
                of("CommitmentException with an English message", () -> new CommitmentException("policy rp@9 x"),
                        "policy rp@9 x", "rp@9"),
                of("CalendarArgumentException of a working-days target below 1", thrownBy(
                                CalendarArgumentException.class,
                                () -> BusinessCalendars.hotline().plusWorkingDays(Instant.parse("2027-03-01T00:00:00Z"), 0)),
                        "n: a working-days target is at least 1, got 0", "n", "0"),
                of("CalendarFormatException of a malformed line", thrownBy(CalendarFormatException.class,
                                () -> CalendarFormat.parseCalendar("estate-42.cal", "what is this")),
                        "estate-42.cal:1: the first statement must be 'calendar <id>', got 'what'", "estate-42.cal",
                        "第 1 行", "'calendar <id>'", "'what'"),
                of("CalendarFormatException of a line without periods", thrownBy(CalendarFormatException.class,
                                () -> CalendarFormat.parseCalendar("estate-42.cal", "calendar e42\nzone UTC\nhours\n")),
                        "estate-42.cal:3: 'hours' needs weekdays and periods, e.g. 'hours MON-FRI 09:00-12:00 13:30-18:00'",
                        "estate-42.cal", "第 3 行", "'hours MON-FRI 09:00-12:00 13:30-18:00'"),
                of("CalendarFormatException of overlapping periods", thrownBy(CalendarFormatException.class,
                                () -> CalendarFormat.parseCalendar("estate-42.cal",
                                        "calendar e42\nzone UTC\nhours MON 09:00-12:00 11:00-13:00\n")),
                        "estate-42.cal:3: working periods 09:00-12:00 and 11:00-13:00 overlap", "estate-42.cal",
                        "第 3 行", "09:00-12:00", "11:00-13:00"),
                of("CalendarFormatException of an unknown zone", thrownBy(CalendarFormatException.class,
                                () -> CalendarFormat.parseCalendar("estate-42.cal", "calendar e42\nzone Mars/Olympus\n")),
                        "estate-42.cal:2: Unknown time-zone ID: Mars/Olympus", "estate-42.cal", "第 2 行",
                        "'Mars/Olympus'"),
                of("CalendarFormatException of malformed JSON", thrownBy(CalendarFormatException.class,
                                () -> HolidayCnFormat.parseYear("2027.json", new StringReader("{\"days\": [}"))),
                        null, "2027.json"),
                of("OutsideCoverageException", () -> new OutsideCoverageException(new CalendarRef("cn", "3"),
                                List.of(DateRange.of(JAN_1, JAN_2)), DateCoverage.of(JAN_2, JAN_2)),
                        null, "cn", "2027-01-01"),
                of("UnknownCalendarException", () -> new UnknownCalendarException("cn-x"), "no calendar with id cn-x",
                        "cn-x"),
                of("InvalidPolicyException", () -> new InvalidPolicyException("rp@2", List.of(new PolicyProblem(
                                PolicyProblem.Code.WARNING_AFTER_DEADLINE, "response", "warning at 9h, deadline 8h"))),
                        "commitment policy rp@2 has 1 problem(s): WARNING_AFTER_DEADLINE [response]: warning at 9h,"
                                + " deadline 8h",
                        "rp@2", "response", "预警在期限之时或之后"),
                of("PolicyFormatException", thrownBy(PolicyFormatException.class,
                                () -> PolicyFormat.parse("rp2.policy", "nonsense")),
                        null, "rp2.policy"),
                of("StaleWriteException", () -> new StaleWriteException("TicketRecord", "T-1", 2, 3),
                        "stale write of TicketRecord T-1: expected version 2, stored version is 3", "TicketRecord", "T-1",
                        "2", "3"),
                of("StaleWriteException of a missing record", () -> new StaleWriteException("TicketRecord", "T-1", 2, -1),
                        "stale write of TicketRecord T-1: expected version 2, but it is not stored", "TicketRecord", "T-1"),
                of("DuplicateFiringException", () -> new DuplicateFiringException(
                                new FiringKey(CommitmentId.of("C-1"), 1, FiringKind.BREACH, 0)),
                        "stale write of Firing C-1:1:BREACH:0: expected version 0, stored version is 1", "C-1:1:BREACH:0",
                        "SL-8"),
                of("UnsupportedRepositoryException", () -> new UnsupportedRepositoryException("WarrantyTermRepository"),
                        null, "WarrantyTermRepository"),
                of("WarrantyCatalogueFormatException", thrownBy(WarrantyCatalogueFormatException.class,
                                () -> StatutoryCatalogue.parse("statutory.txt", "a|b")),
                        "statutory.txt:1: expected 6 fields separated by '|', got 2", "statutory.txt", "1", "6", "2"),
                of("MissingWarrantyDataException", () -> new MissingWarrantyDataException("designServiceLifeYears", "roof"),
                        null, "designServiceLifeYears", "roof"),
                of("GrantBelowStatutoryFloorException", () -> new GrantBelowStatutoryFloorException("roof",
                                WarrantyPeriod.years(5), WarrantyPeriod.years(3)), null, "roof", "WA-5"),
                of("NotARepairTicketException", () -> new NotARepairTicketException(TicketId.of("T-1"),
                        TicketKind.COMPLAINT), null, "T-1"),
                of("NoTermForPlanException", () -> new NoTermForPlanException(MaintenancePlanId.of(EstateId.of("E-1"),
                                "fire-doors", MaintenanceScope.BUILDING), null), null, "E-1", "fire-doors", "WA-3"),
                of("NoTermForPlanException of a missing setting", () -> new NoTermForPlanException(MaintenancePlanId.of(
                                EstateId.of("E-1"), "heating", MaintenanceScope.UNIT), "heatingSeason"),
                        null, "E-1", "heating", "heatingSeason"),
                of("MaintenanceTaskException", () -> new MaintenanceTaskException(MaintenanceTaskId.ofUnit(
                                MaintenancePlanId.of(EstateId.of("E-1"), "doors-windows", MaintenanceScope.UNIT),
                                UnitId.of("U-1"), JAN_1), MaintenanceTaskException.Reason.ALREADY_DONE),
                        null, "U-1", "2027-01-01", "WA-3"),
                of("CallbackRoundException", () -> new CallbackRoundException(CallbackRoundException.Reason.NO_ENTRY,
                        "O-1"), null, "O-1"),
                of("InvalidCommandException", () -> new InvalidCommandException("RegisterEstate",
                                List.of(new Violation("name", "is required"))),
                        "RegisterEstate is invalid: name: is required", "RegisterEstate", "name"),
                of("JsonSyntaxException", thrownBy(JsonSyntaxException.class, () -> JsonReader.read("{", true)),
                        null, "1:2"),
                of("AfterSalesException without an override", () -> new AfterSalesException("x"), "x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("CP-2, EU-4 the Chinese message is Chinese, differs from the English one and names the same ids and fields")
    void chineseMessageNamesTheIds(Case c) {
        LocalizedMessage e = c.thrown().get();
        String english = e.message(Locale.ENGLISH);
        String chinese = e.message(ZH);
        if (e.getClass() == AfterSalesException.class) {
            assertEquals(e.getMessage(), chinese, "the base class's default is getMessage()");
            return;
        }
        assertFalse(chinese.isBlank());
        assertTrue(chinese.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                chinese);
        assertNotEquals(english, chinese);
        for (String named : c.named()) {
            assertTrue(chinese.contains(named), () -> chinese + " names " + named);
        }
        if (e instanceof CalendarFormatException f) {
            assertFalse(chinese.contains(f.problem()), () -> chinese + " gives the English problem " + f.problem());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("CP-2 the English message stays getMessage(), byte for byte; any Chinese locale gives Chinese, any other English")
    void englishIsGetMessageAndLocalesFallBack(Case c) {
        LocalizedMessage e = c.thrown().get();
        if (c.english() != null) {
            assertEquals(c.english(), e.getMessage());
        }
        String english = e.message(Locale.ENGLISH);
        if (ENGLISH_PART_OF_GET_MESSAGE.contains(e.getClass())) {
            assertTrue(e.getMessage().startsWith(english) && e.getMessage().length() > english.length(), english);
        } else {
            assertEquals(e.getMessage(), english);
        }
        assertEquals(english, e.message(Locale.GERMANY));
        assertEquals(english, e.message(Locale.ROOT));
        assertEquals(english, e.message(null));
        assertEquals(e.message(ZH), e.message(Locale.TRADITIONAL_CHINESE));
        assertEquals(e.message(ZH), e.message(Locale.CHINESE));
    }

    @Test
    @DisplayName("CP-2 a Chinese JVM default locale does not make English messages Chinese")
    void defaultLocaleDoesNotLeak() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(ZH);
            assertEquals("unit U-1 not found", new PropertyNotFoundException("unit", "U-1").message(Locale.ENGLISH));
            assertEquals("ticket T-9 is not stored", new TicketNotFoundException(TicketId.of("T-9")).getMessage());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    @DisplayName("CP-2 every public exception of core gives its message through message(Locale), declared by itself, and is listed here")
    void everyPublicExceptionOverridesMessage() {
        Set<String> exceptions = new TreeSet<>();
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.aftersales")) {
            if (javaClass.isAssignableTo(Throwable.class) && Modifier.isPublic(javaClass.reflect().getModifiers())
                    && javaClass.getPackageName().startsWith("dev.aftersales")) {
                exceptions.add(javaClass.getName());
            }
        }
        assertTrue(exceptions.size() >= 20, exceptions::toString);
        List<String> missing = exceptions.stream().filter(name -> !declaresMessage(name)).toList();
        assertEquals(List.of(), missing, "public exceptions without a message(Locale) of their own");
        List<String> notLocalized = exceptions.stream().filter(name -> !LocalizedMessage.class.isAssignableFrom(load(name)))
                .toList();
        assertEquals(List.of(), notLocalized, "public exceptions that are no LocalizedMessage");
        Set<String> tested = cases().map(c -> c.thrown().get().getClass().getName()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> untested = new TreeSet<>(exceptions);
        untested.removeAll(tested);
        assertEquals(Set.of(), untested, "public exceptions without a case in this test");
    }

    @Test
    @DisplayName("CP-2 a ticket step's refusal is given in English and Chinese")
    void refusalInBothLanguages() {
        for (TicketState state : TicketState.values()) {
            for (TicketStep step : TicketStep.values()) {
                for (TicketKind kind : TicketKind.values()) {
                    assertEquals(TicketLifeCycle.refusal(state, step, kind).isPresent(),
                            TicketLifeCycle.refusal(state, step, kind, ZH).isPresent());
                    assertEquals(TicketLifeCycle.refusal(state, step, kind),
                            TicketLifeCycle.refusal(state, step, kind, Locale.ENGLISH));
                }
            }
        }
        assertEquals("只有咨询、建议和表扬可当即答复（CV-2），报修不可以",
                TicketLifeCycle.refusal(TicketState.ASSIGNED, TicketStep.ANSWER, TicketKind.REPAIR, ZH)
                        .filter(r -> r.startsWith("只有")).orElseGet(() -> TicketLifeCycle.refusal(TicketState.CLASSIFIED,
                                TicketStep.ANSWER, TicketKind.REPAIR, ZH).orElseThrow()));
    }

    private static boolean declaresMessage(String className) {
        return Arrays.stream(load(className).getDeclaredMethods())
                .anyMatch(m -> m.getName().equals("message") && Arrays.equals(m.getParameterTypes(),
                        new Class<?>[] {Locale.class}) && Modifier.isPublic(m.getModifiers()));
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
