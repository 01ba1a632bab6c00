package dev.aftersales.testkit.light;

import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentTerm;
import dev.aftersales.commitment.Recipient;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.EstateId;
import dev.aftersales.testkit.LogCapture;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.testkit.commitment.CommitmentScenario;
import dev.aftersales.testkit.commitment.ReferenceSimulation;
import dev.aftersales.testkit.commitment.SlaAssertions;
import dev.aftersales.testkit.commitment.TicketEventScript;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketStep;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * A test team's SLA check written with the light helpers only, as a user's test would be, but
 * without a test framework: {@link LightHelpersWithoutJUnitTest} runs it through a class loader
 * that holds no JUnit and no jqwik. Returns what it saw, or throws where a check fails.
 */
public final class LightHelpersUsage implements Supplier<String> {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Override
    public String get() {
        TestClock clock = TestClock.at("2025-03-10T02:00:00Z", SHANGHAI);   // 10:00 in Shanghai, a Monday
        CommitmentTerm reply = CommitmentTerm.builder("reply").startsOn(TicketStep.RECEIVE)
                .stopsOn(TicketStep.CONTACT_OWNER).withinBusinessTime(Duration.ofHours(4), BusinessCalendars.HOTLINE_ID)
                .warnAtPercent(75).escalateAtBreach(Recipient.role("supervisor")).build();
        CommitmentPolicy policy = CommitmentPolicy.builder("team-policy").term(reply).build();
        TicketFacts complaint = new TicketFacts(TicketKind.COMPLAINT, Channel.HOTLINE, null, Severity.GENERAL,
                EstateId.of("E-1"), null, null, DepartmentId.of("cs"));
        List<TicketEvent> events = TicketEventScript.of(TicketId.of("T-1"), complaint)
                .step(TicketStep.RECEIVE, clock.instant()).events();

        CommitmentScenario scenario = CommitmentScenario.of(CalendarRegistry.withReadyCalendars(), policy);
        scenario.applyAll(events);
        Instant sweptAt = clock.advance(Duration.ofDays(1));
        int fired = LogCapture.quietly(() -> scenario.sweep(sweptAt)).size();
        Commitment c = scenario.commitment("reply");
        // the hotline works 9:00-12:00 and 13:30-18:00: 4 h from 10:00 end at 15:30
        Instant deadline = Instant.parse("2025-03-10T07:30:00Z");
        SlaAssertions.assertBreachedAt(c, deadline);
        SlaAssertions.assertWarnedAt(c, reply, 75, Instant.parse("2025-03-10T06:30:00Z"));
        SlaAssertions.assertEscalatedAt(c, 1, deadline);
        Instant simulated = ReferenceSimulation.run(List.of(policy), CalendarRegistry.withReadyCalendars(), events,
                sweptAt).get(0).breachedAt();

        String refused;
        try {
            SlaAssertions.assertBreachedAt(c, deadline.plusSeconds(60));
            refused = "nothing";
        } catch (AssertionError expected) {
            refused = expected.getClass().getName();
        }
        return fired + " fired, breached at " + c.breachedAt() + ", simulated " + simulated + ", a wrong expectation throws " + refused;
    }
}
