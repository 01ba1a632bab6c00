package dev.aftersales.storage.jdbc.ticket;

import static dev.aftersales.testkit.tck.TicketSamples.OWNER_1;
import static dev.aftersales.testkit.tck.TicketSamples.UNIT_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.Actor;
import dev.aftersales.testkit.arbitraries.PlannedStep;
import dev.aftersales.testkit.tck.TicketSamples;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.StepDetails;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which timeline entries a save inserts: those after the last stored one (rule CP-3). */
class TimelineAppendTest {

    private static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");
    private static final String PERSONAL = "王小明 13800138000";

    /** A repair with 5 entries, the last an agreed visit; instants with nanoseconds if asked. */
    private static TicketRecord ticket(long nanos) {
        StepDetails visit = new StepDetails(null, null, T0.plus(Duration.ofDays(2)).plusNanos(nanos), null, null, null,
                null, null);
        return TicketSamples.ticket("T-1", TicketKind.REPAIR, T0.plusNanos(nanos), UNIT_1, Reporter.byOwner(OWNER_1),
                new PlannedStep(TicketStep.CLASSIFY_VALID, Duration.ofMinutes(1), Actor.staff("S-1"),
                        StepDetails.ofNote(PERSONAL)),
                PlannedStep.assign(TicketSamples.ENGINEERING, "S-7"),
                PlannedStep.of(TicketStep.CONTACT_OWNER),
                new PlannedStep(TicketStep.AGREE_VISIT, Duration.ofMinutes(1), Actor.staff("S-7"), visit));
    }

    private static TimelineEntry stored(TicketRecord record, int sequence) {
        return TimelineAppend.asStored(record.timeline().get(sequence - 1));
    }

    @Test
    @DisplayName("CP-3 with nothing stored, every entry is new")
    void nothingStored() {
        TicketRecord r = ticket(0);
        assertEquals(r.timeline(), TimelineAppend.newEntries(r, null));
    }

    @Test
    @DisplayName("CP-3 the entries after the last stored one are new; none when the record took no step")
    void entriesAfterTheLastStored() {
        TicketRecord r = ticket(0);
        assertEquals(r.timeline().subList(3, 5), TimelineAppend.newEntries(r, stored(r, 3)));
        assertEquals(List.of(), TimelineAppend.newEntries(r, stored(r, 5)));
    }

    @Test
    @DisplayName("CP-3 the stored entry is compared as stored: instants finer than the microsecond still match")
    void instantsComparedToTheMicrosecond() {
        TicketRecord fine = ticket(123_456_789);
        TimelineEntry visit = stored(fine, 5);
        assertEquals(T0.plus(Duration.ofDays(2)).plusNanos(123_456_000), visit.details().agreedTime());
        assertEquals(fine.timeline().get(4).at().minusNanos(789), visit.at());
        assertEquals(List.of(), TimelineAppend.newEntries(fine, visit));
        assertEquals(fine.timeline().subList(1, 5), TimelineAppend.newEntries(fine, stored(fine, 1)));
    }

    @Test
    @DisplayName("CP-3 a record with fewer entries than are stored is refused, naming the ticket and the counts")
    void fewerEntriesThanStored() {
        TicketRecord r = ticket(0);
        TimelineEntry sixth = new TimelineEntry(6, 1, T0.plus(Duration.ofHours(1)), TicketStep.AGREE_PLAN,
                r.state(), r.state(), Actor.staff("S-7"), StepDetails.ofNote(PERSONAL));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimelineAppend.newEntries(r, sixth));
        assertTrue(e.getMessage().contains("T-1") && e.getMessage().contains("timeline has 5 entries but 6 are stored"),
                e.getMessage());
    }

    @Test
    @DisplayName("CP-3 a record whose entry differs from the last stored one is refused; EU-4 the message quotes no note")
    void differingEntryIsRefused() {
        TicketRecord r = ticket(0);
        TimelineEntry second = r.timeline().get(1);
        TimelineEntry otherNote = new TimelineEntry(2, second.cycle(), second.at(), second.step(), second.from(),
                second.to(), second.actor(), StepDetails.ofNote("another note"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimelineAppend.newEntries(r, otherNote));
        assertTrue(e.getMessage().contains("T-1") && e.getMessage().contains("timeline entry 2"), e.getMessage());
        assertFalse(e.getMessage().contains(PERSONAL) || e.getMessage().contains("another note"), e.getMessage());
    }
}
