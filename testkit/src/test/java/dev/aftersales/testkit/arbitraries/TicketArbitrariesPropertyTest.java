package dev.aftersales.testkit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.testkit.tck.TicketSamples;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.Ticket;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketIntake;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketStep;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** The public arbitraries produce what they promise. */
class TicketArbitrariesPropertyTest {

    @Property
    void stepSequencesAreLegalOneAfterTheOther(@ForAll("sequences") Tuple2<TicketKind, List<PlannedStep>> kindAndSteps) {
        TicketKind kind = kindAndSteps.get1();
        List<PlannedStep> steps = kindAndSteps.get2();
        TestClock clock = TestClock.at(TicketArbitraries.START);
        Ticket t = Ticket.receive(TicketId.of("T-1"), TicketSamples.intake(kind, TicketSamples.UNIT_1,
                Reporter.byOwner(TicketSamples.OWNER_1)), DepartmentId.of("D"), Actor.system(), clock,
                IdGenerator.sequential("a"));
        steps.forEach(s -> s.takeOn(t, clock));
        assertEquals(steps.size() + 1, t.timeline().size());
        assertEquals(steps.stream().map(PlannedStep::after).reduce(Duration.ZERO, java.time.Duration::plus),
                Duration.between(TicketArbitraries.START, clock.instant()), "the clock advanced as planned");
    }

    @Provide
    Arbitrary<Tuple2<TicketKind, List<PlannedStep>>> sequences() {
        return Arbitraries.of(TicketKind.class)
                .flatMap(kind -> TicketArbitraries.stepSequences(kind, 40).map(steps -> Tuple.of(kind, steps)));
    }

    @Property
    void ticketRecordsAreReachableAndConsistent(@ForAll("records") TicketRecord r) {
        assertEquals(0, r.version());
        assertEquals(TicketStep.RECEIVE, r.timeline().get(0).step());
        assertEquals(r.state(), r.lastEntry().to());
        assertTrue(r.timeline().size() <= 21);
    }

    @Provide
    Arbitrary<TicketRecord> records() {
        return TicketArbitraries.ticketRecords();
    }

    @Property
    void intakesHaveTheirKindsFacts(@ForAll("intakes") TicketIntake intake) {
        assertEquals(intake.kind() == TicketKind.REPAIR, intake.urgency() != null);
        assertEquals(intake.kind() == TicketKind.COMPLAINT, intake.severity() != null);
        if (intake.channel() == Channel.PATROL) {
            assertTrue(intake.location().isCommonArea());
        }
        assertNotNull(intake.location().estate());
        assertFalse(intake.description().isBlank());
        if (intake.location().unit().isPresent()) {
            assertTrue(intake.location().unit().get().value().startsWith(intake.location().building().orElseThrow().value()));
        } else if (intake.location().building().isEmpty()) {
            assertNull(intake.facts(DepartmentId.of("D")).building());
        }
    }

    @Provide
    Arbitrary<TicketIntake> intakes() {
        return TicketArbitraries.intakes();
    }
}
