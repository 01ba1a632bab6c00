package dev.aftersales.testkit.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentCodec;
import dev.aftersales.ticket.TicketEvent;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The text form of histories and firings round-trips for every commitment the engine makes. */
class CodecRoundTripProperties {

    @Provide
    Arbitrary<CommitmentWorld> worlds() {
        return CommitmentWorld.worlds(12);
    }

    @Property(tries = 100)
    @Label("Histories and firings of generated commitments round-trip through their text form")
    void roundTrip(@ForAll("worlds") CommitmentWorld world) {
        CommitmentScenario s = CommitmentScenario.of(world.calendars(), world.policy());
        for (TicketEvent e : world.events()) {
            s.apply(e);
        }
        s.sweep(world.horizon());
        for (Commitment c : s.commitments()) {
            assertEquals(c.history(), CommitmentCodec.decodeHistory(CommitmentCodec.encodeHistory(c.history())));
            assertEquals(c.firings(), CommitmentCodec.decodeFirings(CommitmentCodec.encodeFirings(c.firings())));
        }
    }
}
