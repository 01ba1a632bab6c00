package dev.aftersales.testkit.tck;

import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentTerm;
import dev.aftersales.commitment.PolicyCatalog;
import dev.aftersales.commitment.Recipient;
import dev.aftersales.commitment.Target;
import dev.aftersales.commitment.TicketSelector;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.testkit.commitment.TicketEventScript;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Commitments for the commitment TCK, made by the real engine. A repair gets a reply within one
 * hour of calendar time, with a warning at 50 %, an escalation at the breach and another an hour
 * later: so a repair received at {@code t} owes four firings by {@code t + 2 h}. A complaint gets
 * an answer within two hours of business time on the calendar {@code tck-calendar} (around the
 * clock).
 */
final class CommitmentSamples {

    static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");
    static final String TERM = "reply";
    static final int FIRINGS_PER_COMMITMENT = 4;
    static final String CALENDAR = "tck-calendar";
    static final String CALENDAR_TERM = "answer";

    final CommitmentEngine engine;

    CommitmentSamples() {
        CommitmentPolicy policy = CommitmentPolicy.builder("tck-policy")
                .selecting(TicketSelector.kinds(TicketKind.REPAIR)).term(CommitmentTerm.builder(TERM)
                .startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.CONTACT_OWNER).within(Duration.ofHours(1))
                .warnAtPercent(50).escalateAtBreach(Recipient.role("supervisor"))
                .escalateAfterBreach(Target.calendarTime(Duration.ofHours(1)), Recipient.department("admin-hr")))
                .build();
        CommitmentPolicy onCalendar = CommitmentPolicy.builder("tck-calendar-policy")
                .selecting(TicketSelector.kinds(TicketKind.COMPLAINT)).term(CommitmentTerm.builder(CALENDAR_TERM)
                        .startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.CONTACT_OWNER)
                        .withinBusinessTime(Duration.ofHours(2), CALENDAR))
                .build();
        CalendarRegistry calendars = new CalendarRegistry();
        calendars.register(BusinessCalendars.twentyFourSeven().withId(CALENDAR));
        PolicyCatalog catalog = new PolicyCatalog(calendars);
        catalog.register(policy);
        catalog.register(onCalendar);
        engine = new CommitmentEngine(catalog, IdGenerator.sequential("tck"), ZoneId.of("Asia/Shanghai"));
    }

    static TicketFacts facts(TicketKind kind, String estate, String building) {
        return new TicketFacts(kind, Channel.HOTLINE, kind == TicketKind.REPAIR ? Urgency.NORMAL : null, null,
                EstateId.of(estate), BuildingId.of(building), null, DepartmentId.of("cs"));
    }

    /** The commitments a script of one ticket's events leaves, not stored. */
    List<Commitment> play(List<TicketEvent> events) {
        java.util.Map<String, Commitment> byId = new java.util.LinkedHashMap<>();
        for (TicketEvent e : events) {
            for (Commitment c : engine.onTicketEvent(e, List.copyOf(byId.values()))) {
                byId.put(c.id().value(), c);
            }
        }
        return List.copyOf(byId.values());
    }

    /** A new commitment of a ticket received at an instant, not stored (version 0). */
    Commitment received(String ticket, Instant at) {
        return received(ticket, at, facts(TicketKind.REPAIR, "E-1", "B-1"));
    }

    Commitment received(String ticket, Instant at, TicketFacts facts) {
        List<TicketEvent> events = TicketEventScript.of(TicketId.of(ticket), facts).step(TicketStep.RECEIVE, at).events();
        return engine.onTicketEvent(events.get(0), List.of()).get(0);
    }

    /** The same commitment, swept at an instant. */
    dev.aftersales.commitment.SweepOutcome sweep(Commitment c, Instant now) {
        return engine.sweep(c, now);
    }

    List<Commitment> many(int n, Instant at) {
        List<Commitment> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(received("T-" + i, at));
        }
        return out;
    }
}
