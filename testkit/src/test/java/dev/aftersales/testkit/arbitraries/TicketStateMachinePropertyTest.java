package dev.aftersales.testkit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.Actor;
import dev.aftersales.ticket.IllegalTicketStepException;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Stateful properties of the ticket life cycle (jqwik {@link ActionChain}): a real ticket on a
 * test clock is driven by arbitrary steps and compared after each with the independent
 * {@link ReferenceLifeCycle}. A shrunk failure reads as the story of steps that broke it.
 */
class TicketStateMachinePropertyTest {

    private static final Arbitrary<Actor> ACTORS = Arbitraries.of(Actor.staff("S-1"), Actor.staff("S-2"),
            Actor.department(PlannedStep.ENGINEERING), Actor.customer("O-1"), Actor.system());

    @Property
    void anySequenceOfAllowedStepsKeepsTheTimelineOrderedAndTheStateConsistent(
            @ForAll("allowedSteps") ActionChain<TicketMachine> chain) {
        chain.withInvariant("timeline ordered", TicketMachine::timelineIsOrdered)
                .withInvariant("state consistent with the last step", TicketMachine::stateIsConsistent)
                .withInvariant("one event per step", TicketMachine::eventsMatchTimeline)
                .run();
    }

    @Property
    void anyDisallowedStepIsRefusedAndChangesNothing(@ForAll("allowedAndDisallowedSteps") ActionChain<TicketMachine> chain) {
        chain.withInvariant("state consistent with the last step", TicketMachine::stateIsConsistent)
                .withInvariant("one event per step", TicketMachine::eventsMatchTimeline)
                .run();
    }

    @Provide
    Arbitrary<ActionChain<TicketMachine>> allowedSteps() {
        return Arbitraries.of(TicketKind.class).flatMap(kind -> ActionChain.startWith(() -> new TicketMachine(kind))
                .withAction(8, new TakeAllowedStep())
                .withAction(1, new AdvanceClock())
                .withAction(1, new StepClockBack())
                .withMaxTransformations(60));
    }

    @Provide
    Arbitrary<ActionChain<TicketMachine>> allowedAndDisallowedSteps() {
        return Arbitraries.of(TicketKind.class).flatMap(kind -> ActionChain.startWith(() -> new TicketMachine(kind))
                .withAction(3, new TakeAllowedStep())
                .withAction(2, new TryDisallowedStep())
                .withMaxTransformations(60));
    }

    /** Advances the clock (zero or more) and takes a step the reference model allows. */
    static final class TakeAllowedStep implements Action.Dependent<TicketMachine> {
        @Override
        public Arbitrary<Transformer<TicketMachine>> transformer(TicketMachine m) {
            List<TicketStep> allowed = ReferenceLifeCycle.steps(m.expectedState, m.kind, m.expectedWaitingFrom,
                    m.expectedCallbackAttempts, true);
            return Combinators.combine(Arbitraries.of(allowed), TicketArbitraries.clockAdvances(), ACTORS)
                    .as((step, after, actor) -> Transformer.mutate(
                            "take " + step + " after " + after + " by " + actor,
                            machine -> take(machine, PlannedStep.of(step).withAfter(after).withActor(actor))));
        }

        private static void take(TicketMachine m, PlannedStep planned) {
            TicketRecord before = m.ticket.toRecord();
            TicketState expected = ReferenceLifeCycle.next(m.expectedState, planned.step(), m.kind,
                    m.expectedWaitingFrom, m.expectedCallbackAttempts).orElseThrow();
            planned.takeOn(m.ticket, m.clock);
            m.stepTaken(planned.step(), expected);
            List<TimelineEntry> timeline = m.ticket.timeline();
            assertEquals(before.timeline().size() + 1, timeline.size());
            TimelineEntry last = timeline.get(timeline.size() - 1);
            assertEquals(planned.step(), last.step());
            assertEquals(before.state(), last.from());
            assertEquals(expected, last.to());
            assertEquals(planned.actor(), last.actor());
            Instant previous = before.lastEntry().at();
            Instant now = m.clock.instant();
            assertEquals(now.isBefore(previous) ? previous : now, last.at(), "stamped by the clock, never going back");
            TicketEvent event = m.ticket.pendingEvents().get(timeline.size() - 1);
            assertEquals(planned.step(), event.step());
            assertEquals(m.expectedCycle, event.cycle());
        }
    }

    /** Tries a step the reference model refuses: it must throw and change nothing. */
    static final class TryDisallowedStep implements Action.Dependent<TicketMachine> {
        @Override
        public Arbitrary<Transformer<TicketMachine>> transformer(TicketMachine m) {
            List<TicketStep> refused = ReferenceLifeCycle.steps(m.expectedState, m.kind, m.expectedWaitingFrom,
                    m.expectedCallbackAttempts, false);
            return Arbitraries.of(refused).map(step -> Transformer.mutate("try refused " + step, machine -> {
                TicketRecord before = machine.ticket.toRecord();
                List<TicketEvent> pendingBefore = machine.ticket.pendingEvents();
                IllegalTicketStepException e = assertThrows(IllegalTicketStepException.class,
                        () -> PlannedStep.of(step).takeOn(machine.ticket, machine.clock));
                assertTrue(e.getMessage().startsWith("ticket T-machine in state " + before.state()
                        + " cannot take step " + step), e.getMessage());
                assertEquals(before, machine.ticket.toRecord(), "the record is unchanged");
                assertEquals(pendingBefore, machine.ticket.pendingEvents(), "no event is added");
            }));
        }
    }

    /** Moves the clock forward by zero or more, without a step. */
    static final class AdvanceClock implements Action.Independent<TicketMachine> {
        @Override
        public Arbitrary<Transformer<TicketMachine>> transformer() {
            return TicketArbitraries.clockAdvances().map(d -> Transformer.mutate("advance clock " + d,
                    m -> m.clock.advance(d)));
        }
    }

    /** Sets the clock back (a corrected system clock); the timeline must still never go back. */
    static final class StepClockBack implements Action.Independent<TicketMachine> {
        @Override
        public Arbitrary<Transformer<TicketMachine>> transformer() {
            return Arbitraries.longs().between(1, Duration.ofHours(12).toSeconds()).map(s -> Transformer.mutate(
                    "set clock back " + s + " s", m -> m.clock.set(m.clock.instant().minusSeconds(s))));
        }
    }
}
