package dev.aftersales.testkit.commitment;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentStatus;
import dev.aftersales.commitment.CommitmentTerm;
import dev.aftersales.commitment.FiringKind;
import dev.aftersales.commitment.Recipient;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketStep;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How a test team verifies its own policy: a scenario, a script, and the SLA assertions. */
class SlaAssertionsTest {

    private static Instant sh(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    private static final CommitmentTerm REPLY = CommitmentTerm.builder("reply").startsOn(TicketStep.RECEIVE)
            .stopsOn(TicketStep.CONTACT_OWNER).withinBusinessTime(Duration.ofHours(4), BusinessCalendars.HOTLINE_ID)
            .warnAtPercent(75).warnBefore(Duration.ofMinutes(30)).escalateAtBreach(Recipient.role("supervisor"))
            .build();

    private CommitmentScenario scenario() {
        return CommitmentScenario.of(CalendarRegistry.withReadyCalendars(),
                CommitmentPolicy.builder("team-policy").term(REPLY).build());
    }

    @Test
    @DisplayName("SL-8, SL-9 warned at 75 % and 30 minutes before, breached at exactly the deadline")
    void warnedAndBreached() {
        CommitmentScenario s = scenario();
        s.applyAll(TicketEventScript.of(TicketId.of("T-1"), CommitmentArbitraries.facts().sample())
                .step(TicketStep.RECEIVE, sh("2025-03-10T10:00")).events());
        s.sweep(sh("2025-03-11T09:00"));
        Commitment c = s.commitment("reply");
        SlaAssertions.assertWarnedAt(c, REPLY, 75, sh("2025-03-10T14:30"));
        SlaAssertions.assertWarnedBefore(c, REPLY, Duration.ofMinutes(30), sh("2025-03-10T15:00"));
        SlaAssertions.assertBreachedAt(c, sh("2025-03-10T15:30"));
        SlaAssertions.assertEscalatedAt(c, 1, sh("2025-03-10T15:30"));
        SlaAssertions.assertStatus(c, CommitmentStatus.BREACHED);
        SlaAssertions.assertDeadline(c, sh("2025-03-10T15:30"));
    }

    @Test
    @DisplayName("SL-9, SL-10 met in time, and met late with its lateness")
    void metAndMetLate() {
        CommitmentScenario s = scenario();
        s.applyAll(TicketEventScript.of(TicketId.of("T-1"), CommitmentArbitraries.facts().sample())
                .step(TicketStep.RECEIVE, sh("2025-03-10T10:00")).step(TicketStep.CONTACT_OWNER, sh("2025-03-10T15:30"))
                .events());
        SlaAssertions.assertMetAt(s.commitment("reply"), sh("2025-03-10T15:30"));
        SlaAssertions.assertNotFired(s.commitment("reply"), FiringKind.BREACH);
        CommitmentScenario late = scenario();
        late.applyAll(TicketEventScript.of(TicketId.of("T-2"), CommitmentArbitraries.facts().sample())
                .step(TicketStep.RECEIVE, sh("2025-03-10T10:00")).step(TicketStep.CONTACT_OWNER, sh("2025-03-10T16:00"))
                .events());
        SlaAssertions.assertMetLate(late.commitment("reply"), sh("2025-03-10T16:00"), Duration.ofMinutes(30));
    }

    @Test
    @DisplayName("A wrong expectation fails with the commitment, the expectation and what was found")
    void failuresNameWhatWasFound() {
        CommitmentScenario s = scenario();
        s.applyAll(TicketEventScript.of(TicketId.of("T-1"), CommitmentArbitraries.facts().sample())
                .step(TicketStep.RECEIVE, sh("2025-03-10T10:00")).events());
        Commitment c = s.commitment("reply");
        AssertionError e = assertThrows(AssertionError.class,
                () -> SlaAssertions.assertBreachedAt(c, sh("2025-03-10T15:30")));
        assertTrue(e.getMessage().contains("team-policy@1/reply") && e.getMessage().contains("RUNNING"), e.getMessage());
        assertThrows(AssertionError.class, () -> SlaAssertions.assertWarnedAt(c, REPLY, 90, sh("2025-03-10T14:30")));
        assertThrows(AssertionError.class, () -> SlaAssertions.assertDeadline(c, sh("2025-03-10T15:31")));
    }
}
