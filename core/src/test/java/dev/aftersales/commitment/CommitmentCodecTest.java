package dev.aftersales.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.calendar.CalendarRef;
import dev.aftersales.common.Actor;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.WaitingReason;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The text form of histories and firings round-trips and names malformed lines. */
class CommitmentCodecTest {

    private static final Instant T = Instant.parse("2025-01-26T06:00:00Z");

    @Test
    @DisplayName("Every kind of history entry round-trips, absent values and odd versions included")
    void historyRoundTrips() {
        List<CommitmentInput> history = List.of(
                new CommitmentInput.Started(T, TicketStep.ASSIGN, "cp5-dispatch-24h", null, null),
                new CommitmentInput.Started(T, TicketStep.AGREE_NEW_TIME, null, CommitmentId.of("C-1"), T.plusSeconds(60)),
                new CommitmentInput.Paused(T, WaitingReason.FOR_OWNER),
                new CommitmentInput.Resumed(T.plusNanos(5)),
                new CommitmentInput.DeadlineAgreed(T, T.plusSeconds(3600), Actor.staff("S-7"), TicketStep.AGREE_NEW_TIME),
                new CommitmentInput.AgreedAfterBreach(T, T, Actor.customer("O-1"), TicketStep.AGREE_VISIT,
                        CommitmentId.of("C-2")),
                new CommitmentInput.Stopped(T, TicketStep.RETURN_RESULT),
                new CommitmentInput.Recomputed(T, new CalendarRef("cn-office", "v|1%@x"),
                        new CalendarRef("cn-office", "sha256-ab"), null, T),
                new CommitmentInput.ReEvaluated(T, new PolicyRef("p", 1), new PolicyRef("p", 2), Actor.system(), T,
                        null));
        String text = CommitmentCodec.encodeHistory(history);
        assertEquals(history.size(), text.split("\n").length);
        assertEquals(history, CommitmentCodec.decodeHistory(text));
        assertEquals(List.of(), CommitmentCodec.decodeHistory(CommitmentCodec.encodeHistory(List.of())));
    }

    @Test
    @DisplayName("Firings round-trip")
    void firingsRoundTrip() {
        List<Firing> firings = List.of(new Firing(FiringKind.WARNING, 1, T, T.plusSeconds(1)),
                new Firing(FiringKind.BREACH, 0, T, T), new Firing(FiringKind.ESCALATION, 2, T, T));
        assertEquals(firings, CommitmentCodec.decodeFirings(CommitmentCodec.encodeFirings(firings)));
    }

    @Test
    @DisplayName("A malformed line is refused with its line number")
    void malformed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommitmentCodec.decodeHistory("resumed|2025-01-26T06:00:00Z\npaused|nope|FOR_OWNER"));
        assertTrue(e.getMessage().startsWith("history line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CommitmentCodec.decodeHistory("jumped|x"));
        assertThrows(IllegalArgumentException.class, () -> CommitmentCodec.decodeFirings("BREACH|0|x"));
    }
    @Test
    @DisplayName("SL-11 an agreement keeps its reason's timeline entry, and histories stored without it still load")
    void agreementReasonEntry() {
        List<CommitmentInput> history = List.of(
                new CommitmentInput.Started(T, TicketStep.ASSIGN, null, null, null),
                new CommitmentInput.DeadlineAgreed(T, T.plusSeconds(60), Actor.staff("S-7"), TicketStep.AGREE_NEW_TIME, 7),
                new CommitmentInput.AgreedAfterBreach(T, T, Actor.staff("S-7"), TicketStep.AGREE_NEW_TIME,
                        CommitmentId.of("C-9"), 8));
        String text = CommitmentCodec.encodeHistory(history);
        assertTrue(text.contains("|AGREE_NEW_TIME|7"), text);
        assertEquals(history, CommitmentCodec.decodeHistory(text));

        List<CommitmentInput> old = CommitmentCodec.decodeHistory(
                "started|2025-01-26T06:00:00Z|ASSIGN|||\n"
                        + "agreed|2025-02-06T07:00:00Z|2025-02-12T10:00:00Z|staff:S-7|AGREE_NEW_TIME\n"
                        + "agreed-after-breach|2025-02-06T07:00:00Z|2025-02-12T10:00:00Z|staff:S-7|AGREE_NEW_TIME|C-9");
        assertEquals(0, ((CommitmentInput.DeadlineAgreed) old.get(1)).entry());
        assertEquals(0, ((CommitmentInput.AgreedAfterBreach) old.get(2)).entry());
        assertEquals("agreed|2025-02-06T07:00:00Z|2025-02-12T10:00:00Z|staff:S-7|AGREE_NEW_TIME",
                CommitmentCodec.encodeHistory(List.of(old.get(1))));
        assertThrows(IllegalArgumentException.class, () -> CommitmentCodec.decodeHistory(
                "agreed|2025-02-06T07:00:00Z|2025-02-12T10:00:00Z|staff:S-7|AGREE_NEW_TIME|0"));
    }
}
