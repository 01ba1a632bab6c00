package dev.aftersales.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.AfterSales;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentPresets;
import dev.aftersales.commitment.Explanation;
import dev.aftersales.commitment.Lateness;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.storage.memory.MemoryStore;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The commitment questions an application asks through the entry point: a ticket's commitment of a
 * term, its structured explanation, its lateness in working time and its next warning and check
 * (rules SL-4, SL-8 to SL-10, SL-12, SL-15).
 */
class CommitmentQueriesTest {

    /** Monday 16 June 2025, 09:00 in Shanghai. */
    private static final Instant MONDAY_9 = Instant.parse("2025-06-16T01:00:00Z");

    private static ReportRepair repair() {
        return new ReportRepair(
                TicketLocation.ofUnit(UnitId.of("U-1"), BuildingId.of("B-1"), EstateId.of("E-1")),
                Reporter.byOwner(OwnerId.of("O-1")), Channel.HOTLINE, Urgency.NORMAL,
                DepartmentId.of("hotline"), "leaking tap");
    }

    @Test
    @DisplayName("SL-12 SL-15 SL-4 a repair's contact term is found by ticket and key, explained as a value, and late in working time")
    void contactTermThroughTheDesk() {
        TestClock clock = TestClock.at(MONDAY_9, ZoneId.of("Asia/Shanghai"));
        try (AfterSales desk = AfterSales.builder().store(MemoryStore.create()).clock(clock)
                .idGenerator(IdGenerator.sequential("q")).build()) {
            SampleProperty.register(desk);
            TicketRecord ticket = desk.reportRepair(repair(), Actor.staff("S-1"));

            Commitment contact = desk.findCommitment(ticket.id(), CommitmentPresets.TERM_RP2_CONTACT).orElseThrow();
            assertEquals(CommitmentPresets.TERM_RP2_CONTACT, contact.termKey());
            assertEquals(1, contact.cycle());
            // RP-2, SL-5: one working day, the end of Tuesday
            assertEquals(Instant.parse("2025-06-17T10:00:00Z"), contact.deadline());
            assertEquals(contact, desk.commitments().find(ticket.id(), CommitmentPresets.TERM_RP2_CONTACT, 1)
                    .orElseThrow());
            assertTrue(desk.findCommitment(ticket.id(), "no-such-term").isEmpty());
            assertTrue(desk.findCommitment(TicketId.of("T-none"), CommitmentPresets.TERM_RP2_CONTACT).isEmpty());

            Explanation why = desk.explanation(contact.id());
            assertEquals(contact.id(), why.commitment());
            assertEquals(contact.deadline(), why.deadline());
            assertEquals(desk.explain(contact.id(), Locale.ENGLISH), why.render(Locale.ENGLISH));
            assertTrue(why.render(Locale.ENGLISH).contains("term contact the owner"), why.render(Locale.ENGLISH));

            // SL-8: the presets carry no warnings; the next check is the breach, just after the deadline
            assertTrue(desk.commitments().nextWarningAt(contact.id()).isEmpty());
            Instant next = contact.nextCheckAt().orElseThrow();
            assertFalse(next.isBefore(contact.deadline()));
            assertTrue(next.isBefore(contact.deadline().plusSeconds(1)), next.toString());

            assertTrue(desk.commitments().lateness(contact.id()).isEmpty());
            // Wednesday 10:00: 16 h after Tuesday 18:00, of it 1 h of office time (09:00-10:00)
            clock.set(Instant.parse("2025-06-18T02:00:00Z"));
            Lateness late = desk.commitments().lateness(contact.id()).orElseThrow();
            assertFalse(late.stopped());
            assertEquals(Duration.ofHours(16), late.elapsed());
            assertEquals(Duration.ofHours(1), late.working().orElseThrow());
        }
    }
}
