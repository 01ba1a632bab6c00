package dev.aftersales.testkit.tck;

import static dev.aftersales.testkit.tck.TicketSamples.ENGINEERING;
import static dev.aftersales.testkit.tck.TicketSamples.OWNER_1;
import static dev.aftersales.testkit.tck.TicketSamples.OWNER_2;
import static dev.aftersales.testkit.tck.TicketSamples.UNIT_1;
import static dev.aftersales.testkit.tck.TicketSamples.UNIT_3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.measurement.CallbackRound;
import dev.aftersales.measurement.CallbackRoundException;
import dev.aftersales.measurement.Period;
import dev.aftersales.measurement.ReferenceMeasurement;
import dev.aftersales.measurement.RoundEntry;
import dev.aftersales.measurement.RoundEntryStatus;
import dev.aftersales.property.OwnerId;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.CallbackRoundRepository;
import dev.aftersales.spi.UnsupportedRepositoryException;
import dev.aftersales.ticket.CallbackMethod;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketStep;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contracts of {@link CallbackRoundRepository} (rule MS-2), on hand-worked samples; a store
 * whose {@link AfterSalesStore#callbackRounds()} throws {@link UnsupportedRepositoryException}
 * skips them, with the reason. The round
 * of May and June 2025 (Shanghai) covers the closures of March and April:
 *
 * <pre>
 * R01 repair    owner O1  closed 10 Mar          in
 * R02 complaint owner O1  closed 20 Apr          in (same customer: one entry, 2 tickets, last 20 Apr)
 * R03 repair    owner O2  closed 1 Mar 00:00     in (the window's first instant)
 * R04 repair    owner O2  closed 1 May 00:00     out (the window's end)
 * R05 repair    patrol    closed 15 Mar          out (no registered customer)
 * R06 repair    owner O3  closed 28 Feb          out (before the window)
 * </pre>
 */
public abstract class CallbackRoundContract {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Period MAY_JUNE = Period.of(Period.month(YearMonth.of(2025, 5), SHANGHAI).from(),
            Period.month(YearMonth.of(2025, 6), SHANGHAI).to());
    private static final Period WINDOW = CallbackRound.windowOf(MAY_JUNE, SHANGHAI);
    private static final Instant AT = Instant.parse("2025-05-02T02:00:00Z");
    private static final OwnerId OWNER_3 = OwnerId.of("TCK-O3");

    private AfterSalesStore store;
    private CallbackRoundRepository rounds;
    private List<TicketRecord> tickets;

    /** Creates the contract. */
    protected CallbackRoundContract() {
    }

    /**
     * Returns a fresh, empty store. Called before every test.
     *
     * @return the store
     */
    protected abstract AfterSalesStore newStore();

    private static Instant shanghai(String local) {
        return java.time.LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private static TicketRecord closed(String id, KpiSamples.Story story, Instant closedAt) {
        Duration back = Duration.ofDays(3);
        return story.handledBy(ENGINEERING, closedAt.minus(back))
                .at(closedAt.minusSeconds(7200), TicketStep.CONFIRM_CLOSURE).callback(closedAt.minusSeconds(3600), 5)
                .at(closedAt, TicketStep.CLOSE).record();
    }

    private static TicketRecord ownerTicket(String id, TicketKind kind, OwnerId owner, Instant closedAt) {
        return closed(id, KpiSamples.ownerTicket(id, kind, UNIT_1, closedAt.minus(Duration.ofDays(5)), owner), closedAt);
    }

    /** Creates a fresh store and saves the samples. */
    @BeforeEach
    protected void saveSamples() {
        store = newStore();
        try {
            rounds = store.callbackRounds();
        } catch (UnsupportedRepositoryException e) {
            Assumptions.assumeTrue(false, "this store keeps no callback rounds (callbackRounds() throws)");
        }
        tickets = List.of(
                ownerTicket("R01", TicketKind.REPAIR, OWNER_1, shanghai("2025-03-10T10:00:00")),
                ownerTicket("R02", TicketKind.COMPLAINT, OWNER_1, shanghai("2025-04-20T15:30:00")),
                ownerTicket("R03", TicketKind.REPAIR, OWNER_2, shanghai("2025-03-01T00:00:00")),
                ownerTicket("R04", TicketKind.REPAIR, OWNER_2, shanghai("2025-05-01T00:00:00")),
                closed("R05", KpiSamples.ticket("R05", TicketKind.REPAIR, UNIT_3, shanghai("2025-03-10T09:00:00")),
                        shanghai("2025-03-15T09:00:00")),
                ownerTicket("R06", TicketKind.REPAIR, OWNER_3, shanghai("2025-02-28T12:00:00")));
        store.inTransaction(() -> {
            tickets.forEach(store.tickets()::save);
            return null;
        });
    }

    @Test
    @DisplayName("MS-2: the window of a two-monthly round is the same span two months earlier")
    void ms2Window() {
        assertEquals(Period.of(shanghai("2025-03-01T00:00:00"), shanghai("2025-05-01T00:00:00")), WINDOW);
    }

    @Test
    @DisplayName("MS-2: a round lists each customer whose tickets closed in the window once, not once per ticket")
    void ms2OneEntryPerCustomer() {
        CallbackRound round = rounds.generate(MAY_JUNE, WINDOW, AT);
        assertEquals(List.of(RoundEntry.open(OWNER_1, 2, shanghai("2025-04-20T15:30:00")),
                RoundEntry.open(OWNER_2, 1, shanghai("2025-03-01T00:00:00"))), round.entries());
        assertEquals(ReferenceMeasurement.roundEntries(WINDOW, tickets), round.entries());
        assertEquals(MAY_JUNE, round.period());
        assertEquals(WINDOW, round.window());
        assertEquals(AT, round.generatedAt());
        assertEquals(round, rounds.find(MAY_JUNE).orElseThrow());
    }

    @Test
    @DisplayName("MS-2: generating a round twice gives the same round, even after more closures")
    void ms2GeneratingTwiceGivesTheSameRound() {
        CallbackRound first = rounds.generate(MAY_JUNE, WINDOW, AT);
        store.tickets().save(ownerTicket("R07", TicketKind.REPAIR, OWNER_3, shanghai("2025-04-02T10:00:00")));
        assertEquals(first, rounds.generate(MAY_JUNE, WINDOW, AT.plusSeconds(3600)));
        assertEquals(first, rounds.find(MAY_JUNE).orElseThrow());
    }

    @Test
    @DisplayName("MS-2: of concurrent generators of one round one creates it and the others read it")
    void ms2ConcurrentGeneratorsGetOneRound() {
        List<Race.Outcome<CallbackRound>> outcomes = Race.run(4,
                racer -> rounds.generate(MAY_JUNE, WINDOW, AT.plusSeconds(racer)));
        CallbackRound stored = rounds.find(MAY_JUNE).orElseThrow();
        for (Race.Outcome<CallbackRound> o : outcomes) {
            assertTrue(o.won(), () -> "racer " + o.racer() + " failed: " + o.failure());
            assertEquals(stored, o.result());
        }
        assertEquals(2, stored.entries().size());
    }

    @Test
    @DisplayName("MS-2: each entry is tracked to done or not reached; a customer not reached may be reached later")
    void ms2EntriesTrackedToDoneOrNotReached() {
        rounds.generate(MAY_JUNE, WINDOW, AT);
        Instant called = AT.plus(Duration.ofDays(1));
        CallbackRound afterFirst = rounds.track(MAY_JUNE, OWNER_1, RoundEntryStatus.DONE, CallbackMethod.PHONE, called);
        assertEquals(RoundEntryStatus.DONE, afterFirst.entry(OWNER_1).orElseThrow().status());
        rounds.track(MAY_JUNE, OWNER_2, RoundEntryStatus.NOT_REACHED, CallbackMethod.PHONE, called);
        assertEquals(1, rounds.find(MAY_JUNE).orElseThrow().count(RoundEntryStatus.NOT_REACHED));
        rounds.track(MAY_JUNE, OWNER_2, RoundEntryStatus.DONE, CallbackMethod.VISIT, called.plusSeconds(60));
        CallbackRound stored = rounds.find(MAY_JUNE).orElseThrow();
        assertEquals(new RoundEntry(OWNER_1, 2, shanghai("2025-04-20T15:30:00"), RoundEntryStatus.DONE,
                CallbackMethod.PHONE, called), stored.entry(OWNER_1).orElseThrow());
        assertEquals(new RoundEntry(OWNER_2, 1, shanghai("2025-03-01T00:00:00"), RoundEntryStatus.DONE,
                CallbackMethod.VISIT, called.plusSeconds(60)), stored.entry(OWNER_2).orElseThrow());
        assertEquals(2, stored.count(RoundEntryStatus.DONE));
    }

    @Test
    @DisplayName("MS-2: a done entry, an unknown customer or an unknown round cannot be tracked, and nothing changes")
    void ms2TrackingRefusals() {
        rounds.generate(MAY_JUNE, WINDOW, AT);
        rounds.track(MAY_JUNE, OWNER_1, RoundEntryStatus.DONE, CallbackMethod.PHONE, AT);
        CallbackRound before = rounds.find(MAY_JUNE).orElseThrow();
        assertEquals(CallbackRoundException.Reason.ALREADY_DONE, assertThrows(CallbackRoundException.class,
                () -> rounds.track(MAY_JUNE, OWNER_1, RoundEntryStatus.NOT_REACHED, CallbackMethod.EMAIL, AT)).reason());
        assertEquals(CallbackRoundException.Reason.NO_ENTRY, assertThrows(CallbackRoundException.class,
                () -> rounds.track(MAY_JUNE, OWNER_3, RoundEntryStatus.DONE, CallbackMethod.EMAIL, AT)).reason());
        assertEquals(CallbackRoundException.Reason.OUTCOME_REQUIRED, assertThrows(CallbackRoundException.class,
                () -> rounds.track(MAY_JUNE, OWNER_2, RoundEntryStatus.OPEN, CallbackMethod.EMAIL, AT)).reason());
        assertEquals(CallbackRoundException.Reason.NO_ROUND, assertThrows(CallbackRoundException.class,
                () -> rounds.track(WINDOW, OWNER_1, RoundEntryStatus.DONE, CallbackMethod.EMAIL, AT)).reason());
        assertEquals(before, rounds.find(MAY_JUNE).orElseThrow());
        assertTrue(rounds.find(WINDOW).isEmpty());
    }
}
