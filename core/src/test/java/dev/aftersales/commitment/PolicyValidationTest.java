package dev.aftersales.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.PolicyProblem.Code;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Policy validation names every problem at once. */
class PolicyValidationTest {

    private final CalendarRegistry calendars = CalendarRegistry.withReadyCalendars();

    private Set<Code> codes(CommitmentPolicy p) {
        return p.validate(calendars).stream().map(PolicyProblem::code).collect(Collectors.toSet());
    }

    @Test
    @DisplayName("Every preset is valid")
    void presetsAreValid() {
        for (CommitmentPolicy p : CommitmentPresets.all()) {
            assertEquals(List.of(), p.validate(calendars), p.id());
        }
        for (CommitmentPresets.DayCount days : CommitmentPresets.DayCount.values()) {
            assertEquals(List.of(), CommitmentPresets.cp5ComplaintChain(days, "cn-office").validate(calendars));
        }
    }

    @Test
    @DisplayName("Validation names every problem of a broken policy, each with its term")
    void namesEveryProblem() {
        CommitmentPolicy p = CommitmentPolicy.builder("broken").version(0)
                .selecting(TicketSelector.kinds(TicketKind.COMPLAINT).withUrgencies(Urgency.EMERGENCY))
                .term(CommitmentTerm.builder("never").startsAfter("missing").stopsOn(TicketStep.CLOSE)
                        .within(Duration.ofHours(-1)))
                .term(CommitmentTerm.builder("same").startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.RECEIVE)
                        .withinWorkingDays(0, "no-such-calendar").warnAtPercent(100).warnAtPercent(0)
                        .warnBefore(Duration.ZERO))
                .term(CommitmentTerm.builder("open").startsOn(TicketStep.RECEIVE).within(Duration.ofHours(2))
                        .warnBefore(Duration.ofHours(3)).warnAtPercent(50).warnAtPercent(50)
                        .escalateAtBreach()
                        .escalateAfterBreach(Target.calendarTime(Duration.ofHours(4)), Recipient.role("gm"))
                        .escalateAfterBreach(Target.calendarTime(Duration.ofHours(1)), Recipient.role("gm"))
                        .takesAgreedDeadlineOn(TicketStep.ASSIGN))
                .term(CommitmentTerm.builder("open").startsOn(TicketStep.ASSIGN).stopsOn(TicketStep.CLOSE)
                        .target(Target.agreedTime()))
                .build();
        List<PolicyProblem> problems = p.validate(calendars);
        Set<Code> codes = problems.stream().map(PolicyProblem::code).collect(Collectors.toSet());
        assertEquals(Set.of(Code.BAD_VERSION, Code.SELECTOR_NEVER_MATCHES, Code.DUPLICATE_TERM, Code.NEVER_STARTS,
                Code.BAD_TARGET, Code.STOP_EQUALS_START, Code.UNKNOWN_CALENDAR, Code.WARNING_AFTER_DEADLINE,
                Code.WARNING_BEFORE_START, Code.NEVER_STOPS, Code.DUPLICATE_WARNING, Code.NO_RECIPIENT,
                Code.BAD_ESCALATION_OFFSET, Code.NO_AGREED_TIME), codes);
        assertTrue(problems.stream().anyMatch(x -> x.termKey() != null && x.termKey().equals("same")
                && x.message().contains("no-such-calendar")));
    }

    @Test
    @DisplayName("A chain that loops back can never start")
    void cycleNeverStarts() {
        CommitmentPolicy p = CommitmentPolicy.builder("loop")
                .term(CommitmentTerm.builder("a").startsAfter("b").stopsOn(TicketStep.ASSIGN).within(Duration.ofHours(1)))
                .term(CommitmentTerm.builder("b").startsAfter("a").stopsOn(TicketStep.CLOSE).within(Duration.ofHours(1)))
                .build();
        assertEquals(Set.of(Code.NEVER_STARTS), codes(p));
    }

    @Test
    @DisplayName("A chained term that stops on every step that starts it would stop as it starts")
    void chainedStopEqualsStart() {
        CommitmentPolicy p = CommitmentPolicy.builder("eq")
                .term(CommitmentTerm.builder("a").startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.ASSIGN)
                        .within(Duration.ofHours(1)))
                .term(CommitmentTerm.builder("b").startsAfter("a").stopsOn(TicketStep.ASSIGN)
                        .within(Duration.ofHours(1)))
                .term(CommitmentTerm.builder("c").startsAfter("a", TicketStep.CLOSE).stopsOn(TicketStep.RETURN_RESULT)
                        .within(Duration.ofHours(1)))
                .build();
        List<PolicyProblem> problems = p.validate(calendars);
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(Code.STOP_EQUALS_START, problems.get(0).code());
        assertEquals(Code.NEVER_STARTS, problems.get(1).code());
    }

    @Test
    @DisplayName("The catalog refuses an invalid policy with every problem in the message")
    void catalogRefusesInvalid() {
        PolicyCatalog catalog = new PolicyCatalog(calendars);
        CommitmentPolicy p = CommitmentPolicy.builder("bad").term(CommitmentTerm.builder("t")
                .startsOn(TicketStep.RECEIVE).within(Duration.ofHours(-2))).build();
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> catalog.register(p));
        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().contains("NEVER_STOPS") && e.getMessage().contains("BAD_TARGET"), e.getMessage());
    }

    @Test
    @DisplayName("SL-13 a registered version never changes")
    void sl13_versionIsImmutable() {
        PolicyCatalog catalog = new PolicyCatalog(calendars);
        CommitmentPolicy v1 = CommitmentPresets.cp1ComplaintReply();
        catalog.register(v1);
        catalog.register(v1);
        CommitmentPolicy changed = v1.withTerm(v1.terms().get(0).toBuilder().within(Duration.ofHours(12)).build());
        CommitmentException e = assertThrows(CommitmentException.class, () -> catalog.register(changed));
        assertTrue(e.getMessage().contains("register version 2"), e.getMessage());
        catalog.register(changed.withVersion(2));
        assertEquals(2, catalog.latest(v1.id()).orElseThrow().version());
        assertEquals(2, catalog.versions(v1.id()).size());
    }

    private static CommitmentPolicy oneTerm(CommitmentTerm.Builder term) {
        return CommitmentPolicy.builder("long").term(term.startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.CLOSE))
                .build();
    }

    @Test
    @DisplayName("Hardening: a target beyond ten years (300 years, Long.MAX_VALUE seconds, Integer.MAX_VALUE"
            + " working days) is refused by validation instead of failing every intake")
    void targetsBeyondTenYearsAreRefused() {
        // before the bound these passed validation; then every intake threw ArithmeticException (long
        // overflow of nanoseconds) or, for Integer.MAX_VALUE working days, walked the calendar for ever
        List<CommitmentTerm.Builder> tooLong = List.of(
                CommitmentTerm.builder("t").within(Duration.ofDays(300L * 365)).warnAtPercent(50),
                CommitmentTerm.builder("t").within(Duration.ofSeconds(Long.MAX_VALUE)),
                CommitmentTerm.builder("t").within(Target.MAX_CALENDAR_TIME.plusNanos(1)),
                CommitmentTerm.builder("t").withinBusinessTime(Duration.ofDays(300L * 365), "24x7"),
                CommitmentTerm.builder("t").withinBusinessTime(Target.MAX_BUSINESS_TIME.plusNanos(1), "24x7"),
                CommitmentTerm.builder("t").withinWorkingDays(Integer.MAX_VALUE, "cn-office"),
                CommitmentTerm.builder("t").withinWorkingDays(Target.MAX_WORKING_DAYS + 1, "cn-office"));
        for (CommitmentTerm.Builder term : tooLong) {
            CommitmentPolicy p = oneTerm(term);
            List<PolicyProblem> problems = p.validate(calendars);
            assertEquals(List.of(Code.BAD_TARGET), problems.stream().map(PolicyProblem::code).toList(),
                    p.terms().get(0).target().toString());
            assertTrue(problems.get(0).message().contains("ten years"), problems.get(0).message());
            assertThrows(InvalidPolicyException.class, () -> new PolicyCatalog(calendars).register(p));
        }
        CommitmentPolicy lateEscalation = oneTerm(CommitmentTerm.builder("t").within(Duration.ofHours(24))
                .escalateAfterBreach(Target.workingDays(Integer.MAX_VALUE, "cn-office"), Recipient.role("gm")));
        assertEquals(Set.of(Code.BAD_ESCALATION_OFFSET), codes(lateEscalation));
    }

    @Test
    @DisplayName("Hardening: targets at the ten-year maximums are valid and intake computes their deadlines")
    void targetsAtTheMaximumsWork() {
        Recipient gm = Recipient.role("gm");
        List<CommitmentTerm.Builder> longest = List.of(
                CommitmentTerm.builder("t").within(Target.MAX_CALENDAR_TIME).warnAtPercent(50)
                        .escalateAfterBreach(Target.calendarTime(Target.MAX_CALENDAR_TIME), gm),
                CommitmentTerm.builder("t").withinBusinessTime(Target.MAX_BUSINESS_TIME, "cp1-hotline")
                        .warnAtPercent(50).escalateAfterBreach(Target.businessTime(Target.MAX_BUSINESS_TIME, "24x7"), gm),
                CommitmentTerm.builder("t").withinWorkingDays(Target.MAX_WORKING_DAYS, "cn-office").warnAtPercent(50)
                        .escalateAfterBreach(Target.workingDays(Target.MAX_WORKING_DAYS, "cn-office"), gm));
        for (CommitmentTerm.Builder term : longest) {
            CommitmentPolicy p = oneTerm(term);
            assertEquals(List.of(), p.validate(calendars));
            Harness h = new Harness(p);
            h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
            Commitment c = h.term("t");
            assertEquals(CommitmentStatus.RUNNING, c.status());
            assertTrue(c.deadline().isAfter(Harness.sh("2035-01-27T10:00")), c.deadline().toString());
            assertTrue(c.nextCheck().isBefore(c.deadline()), "the 50 % warning comes first");
        }
        assertEquals(Harness.sh("2025-01-27T10:00").plus(Duration.ofDays(3653)),
                new Harness(oneTerm(longest.get(0))).step(TicketStep.RECEIVE, "2025-01-27T10:00").get(0).deadline());
    }
}
