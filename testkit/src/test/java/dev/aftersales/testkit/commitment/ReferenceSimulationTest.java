package dev.aftersales.testkit.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentPresets;
import dev.aftersales.commitment.CommitmentStatus;
import dev.aftersales.commitment.CommitmentTerm;
import dev.aftersales.commitment.FiringKind;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.EstateId;
import dev.aftersales.testkit.commitment.SimulatedCommitment.Fired;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hand-worked checks of the reference simulation itself. */
class ReferenceSimulationTest {

    private static Instant sh(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    private static final TicketFacts COMPLAINT = new TicketFacts(TicketKind.COMPLAINT, Channel.HOTLINE, null,
            Severity.GENERAL, EstateId.of("E-1"), null, null, DepartmentId.of("cs"));

    @Test
    @DisplayName("SL-3, SL-7, SL-8 four hours on the hotline, paused for the owner, warned at 50 %")
    void businessTimeWithPause() {
        CommitmentPolicy p = CommitmentPolicy.builder("p").term(CommitmentTerm.builder("reply")
                .startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.CONTACT_OWNER)
                .pausesWhileWaiting(WaitingReason.FOR_OWNER)
                .withinBusinessTime(Duration.ofHours(4), BusinessCalendars.HOTLINE_ID).warnAtPercent(50)).build();
        List<TicketEvent> events = TicketEventScript.of(TicketId.of("T-1"), COMPLAINT)
                .step(TicketStep.RECEIVE, sh("2025-03-10T10:00"))
                .waitFor(WaitingReason.FOR_OWNER, sh("2025-03-10T11:00"))
                .step(TicketStep.RESUME, sh("2025-03-10T17:00"))
                .events();
        SimulatedCommitment c = ReferenceSimulation.run(List.of(p), CalendarRegistry.withReadyCalendars(), events,
                sh("2025-03-12T00:00")).get(0);
        // 1 h used before the pause; 3 h left at 17:00: 17-18 (50 % reached at 18:00), then 09-11 the next day
        assertEquals(sh("2025-03-11T11:00"), c.breachedAt());
        assertEquals(CommitmentStatus.BREACHED, c.status());
        assertEquals(Set.of(new Fired(FiringKind.WARNING, 1, sh("2025-03-10T18:00")),
                new Fired(FiringKind.BREACH, 0, sh("2025-03-11T11:00"))), c.firings());
    }

    @Test
    @DisplayName("SL-5, SL-12 the CP-5 chain across the Spring Festival, as the engine computes it")
    void cp5Chain() {
        List<TicketEvent> events = TicketEventScript.of(TicketId.of("T-1"), COMPLAINT)
                .step(TicketStep.RECEIVE, sh("2025-01-24T16:00"))
                .step(TicketStep.FORWARD, sh("2025-01-25T10:00"))
                .step(TicketStep.ASSIGN, sh("2025-01-26T14:00"))
                .events();
        List<SimulatedCommitment> all = ReferenceSimulation.run(List.of(CommitmentPresets.cp5ComplaintChain()),
                CalendarRegistry.withReadyCalendars(), events, sh("2025-01-27T00:00"));
        SimulatedCommitment result = all.stream().filter(c -> c.termKey().equals(CommitmentPresets.TERM_CP5_RESULT))
                .findFirst().orElseThrow();
        assertEquals(sh("2025-02-06T18:00"), result.deadline());
        assertEquals(CommitmentStatus.MET_LATE, all.stream()
                .filter(c -> c.termKey().equals(CommitmentPresets.TERM_CP5_DISPATCH)).findFirst().orElseThrow().status());
    }

    @Test
    @DisplayName("SL-8 with sweeps, a warning not swept before the stop never fires; one swept in time does")
    void sl8_warningNeverFiresAfterTheCommitmentStopped() {
        CommitmentPolicy p = CommitmentPolicy.builder("p").term(CommitmentTerm.builder("reply")
                .startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.CONTACT_OWNER)
                .within(Duration.ofHours(24)).warnAtPercent(75)).build();
        List<TicketEvent> events = TicketEventScript.of(TicketId.of("T-1"), COMPLAINT)
                .step(TicketStep.RECEIVE, sh("2025-03-10T10:00"))
                .step(TicketStep.CONTACT_OWNER, sh("2025-03-11T06:00"))
                .events();
        CalendarRegistry calendars = CalendarRegistry.withReadyCalendars();
        SimulatedCommitment unswept = ReferenceSimulation.run(List.of(p), calendars, events, sh("2025-03-12T00:00"),
                List.of()).get(0);
        assertEquals(CommitmentStatus.MET, unswept.status());
        assertEquals(Set.of(), unswept.firings());
        SimulatedCommitment swept = ReferenceSimulation.run(List.of(p), calendars, events, sh("2025-03-12T00:00"),
                List.of(sh("2025-03-11T05:00"))).get(0);
        assertEquals(Set.of(new Fired(FiringKind.WARNING, 1, sh("2025-03-11T04:00"))), swept.firings());
    }

    @Test
    @DisplayName("The simulation refuses instants that are not whole minutes")
    void wholeMinutesOnly() {
        List<TicketEvent> events = TicketEventScript.of(TicketId.of("T-1"), COMPLAINT)
                .step(TicketStep.RECEIVE, sh("2025-03-10T10:00").plusSeconds(1)).events();
        assertThrows(IllegalArgumentException.class, () -> ReferenceSimulation.run(List.of(),
                CalendarRegistry.withReadyCalendars(), events, sh("2025-03-11T00:00")));
    }
}
