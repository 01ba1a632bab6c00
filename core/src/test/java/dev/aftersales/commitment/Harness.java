package dev.aftersales.commitment;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.WaitingReason;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Plays ticket steps and sweeps through the pure engine, keeping the commitments of one ticket in a
 * map in place of storage: the hand-worked examples read as stories.
 */
final class Harness {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final TicketId TICKET = TicketId.of("T-1");
    static final Actor STAFF = Actor.staff("S-7");

    final CalendarRegistry calendars;
    final PolicyCatalog policies;
    final CommitmentEngine engine;
    final Map<CommitmentId, Commitment> store = new LinkedHashMap<>();
    final List<CommitmentEvent> fired = new ArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private int cycle = 1;
    TicketFacts facts = complaint(Severity.GENERAL);
    DepartmentId department;

    Harness(CommitmentPolicy... policies) {
        this(CalendarRegistry.withReadyCalendars(), policies);
    }

    Harness(CalendarRegistry calendars, CommitmentPolicy... policies) {
        this(calendars, c -> { }, policies);
    }

    /** A harness whose engine tells a probe of each commitment it evaluates. */
    Harness(CalendarRegistry calendars, Consumer<Commitment> probe, CommitmentPolicy... policies) {
        this.calendars = calendars;
        this.policies = new PolicyCatalog(calendars);
        for (CommitmentPolicy p : policies) {
            this.policies.register(p);
        }
        this.engine = new CommitmentEngine(this.policies, IdGenerator.sequential("t"), SHANGHAI, probe);
    }

    /** The instant of a Shanghai local date-time written {@code 2025-01-27T10:00}. */
    static Instant sh(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static TicketFacts complaint(Severity severity) {
        return new TicketFacts(TicketKind.COMPLAINT, Channel.HOTLINE, null, severity, EstateId.of("E-1"),
                BuildingId.of("B-1"), null, DepartmentId.of("cs"));
    }

    static TicketFacts repair(Urgency urgency) {
        return new TicketFacts(TicketKind.REPAIR, Channel.HOTLINE, urgency, null, EstateId.of("E-1"),
                BuildingId.of("B-1"), null, DepartmentId.of("cs"));
    }

    static TicketFacts letter() {
        return new TicketFacts(TicketKind.CONSULTATION, Channel.LETTER, null, null, EstateId.of("E-1"),
                null, null, DepartmentId.of("cs"));
    }

    static TicketFacts question() {
        return new TicketFacts(TicketKind.CONSULTATION, Channel.HOTLINE, null, null, EstateId.of("E-1"),
                null, null, DepartmentId.of("cs"));
    }

    Harness facts(TicketFacts value) {
        this.facts = value;
        return this;
    }

    List<Commitment> step(TicketStep step, String at) {
        return event(step, sh(at), null, null);
    }

    List<Commitment> waitFor(WaitingReason reason, String at) {
        return event(TicketStep.WAIT, sh(at), null, reason);
    }

    List<Commitment> agree(TicketStep step, String at, String agreed) {
        return event(step, sh(at), sh(agreed), null);
    }

    List<Commitment> event(TicketStep step, Instant at, Instant agreed, WaitingReason reason) {
        if (step == TicketStep.REOPEN) {
            cycle++;
        }
        if (step == TicketStep.ASSIGN) {
            department = DepartmentId.of("engineering");
        }
        TicketEvent e = new TicketEvent("EV-" + sequence.incrementAndGet(), at, TICKET, sequence.get(), cycle, step,
                null, TicketState.RECEIVED, STAFF, facts, department, agreed, reason, null, null);
        List<Commitment> changed = engine.onTicketEvent(e, List.copyOf(store.values()));
        for (Commitment c : changed) {
            store.put(c.id(), c);
        }
        return changed;
    }

    List<CommitmentEvent> sweep(String at) {
        return sweep(sh(at));
    }

    List<CommitmentEvent> sweep(Instant now) {
        List<CommitmentEvent> out = new ArrayList<>();
        for (Commitment c : List.copyOf(store.values())) {
            if (c.nextCheck() != null && !c.nextCheck().isAfter(now)) {
                SweepOutcome o = engine.sweep(c, now);
                store.put(o.commitment().id(), o.commitment());
                out.addAll(o.fired());
            }
        }
        fired.addAll(out);
        return out;
    }

    Commitment term(String key) {
        List<Commitment> found = terms(key);
        if (found.size() != 1) {
            throw new AssertionError("expected one commitment of term " + key + ", found " + found);
        }
        return found.get(0);
    }

    List<Commitment> terms(String key) {
        List<Commitment> out = new ArrayList<>();
        for (Commitment c : store.values()) {
            if (c.termKey().equals(key)) {
                out.add(c);
            }
        }
        return out;
    }

    Commitment refreshed(String key, String asOf) {
        return engine.summarize(term(key), sh(asOf));
    }
}
