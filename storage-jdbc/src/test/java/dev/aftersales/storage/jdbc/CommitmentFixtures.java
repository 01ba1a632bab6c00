package dev.aftersales.storage.jdbc;

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
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Commitments made by the real engine for the JDBC commitment tests: a repair gets a reply within
 * one hour of calendar time, a warning at 50 %, an escalation at the breach and another an hour
 * after it (rules SL-8, SL-9, CP-8): so a repair received at {@code t} owes {@value #FIRINGS}
 * firings by {@code t + 2 h}, the breach due one nanosecond after {@code t + 1 h}.
 */
public final class CommitmentFixtures {

    /** A Monday morning in Shanghai. */
    public static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");
    /** The firings each commitment owes: warning, breach, two escalations. */
    public static final int FIRINGS = 4;
    /** The target of the term. */
    public static final Duration TARGET = Duration.ofHours(1);

    /** The engine with the one policy registered. */
    public final CommitmentEngine engine;

    /**
     * Creates the fixtures; commitment ids start with {@code prefix}.
     *
     * @param prefix the id prefix, e.g. a node name
     */
    public CommitmentFixtures(String prefix) {
        CommitmentPolicy policy = CommitmentPolicy.builder("jdbc-repair-reply")
                .selecting(TicketSelector.kinds(TicketKind.REPAIR)).term(CommitmentTerm.builder("reply")
                        .rules("RP-2").startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.CONTACT_OWNER).within(TARGET)
                        .warnAtPercent(50).escalateAtBreach(Recipient.role("supervisor"))
                        .escalateAfterBreach(Target.calendarTime(Duration.ofHours(1)), Recipient.department("admin-hr")))
                .build();
        PolicyCatalog catalog = new PolicyCatalog(new CalendarRegistry());
        catalog.register(policy);
        engine = new CommitmentEngine(catalog, IdGenerator.sequential(prefix), ZoneId.of("Asia/Shanghai"));
    }

    /**
     * Returns the facts of a repair in estate {@code E-1}.
     *
     * @return the facts
     */
    public static TicketFacts repair() {
        return new TicketFacts(TicketKind.REPAIR, Channel.HOTLINE, Urgency.NORMAL, null, EstateId.of("E-1"),
                BuildingId.of("B-1"), null, DepartmentId.of("cs"));
    }

    /**
     * Returns the new commitment of a repair received at an instant, not stored (version 0).
     *
     * @param ticket the ticket id
     * @param at     when it was received
     * @return the commitment
     */
    public Commitment received(String ticket, Instant at) {
        return engine.onTicketEvent(TicketEventScript.of(TicketId.of(ticket), repair()).step(TicketStep.RECEIVE, at)
                .events().get(0), java.util.List.of()).get(0);
    }
}
