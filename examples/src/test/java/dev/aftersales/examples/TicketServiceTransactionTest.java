package dev.aftersales.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.ticket.service.IntakeReferences;
import dev.aftersales.ticket.service.TicketService;
import dev.aftersales.common.Actor;
import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.common.DomainEventListener;
import dev.aftersales.common.EventPublisher;
import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.PolicyCatalog;
import dev.aftersales.commitment.service.CommitmentService;
import dev.aftersales.step.StepContext;
import dev.aftersales.step.StepEffects;
import java.util.Optional;

import dev.aftersales.common.PageRequest;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.storage.memory.MemoryStore;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.Openness;
import dev.aftersales.ticket.ForwardTicket;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A ticket step and what its in-transaction handler writes are one unit of work: the handler is
 * where service commitments start and stop, so a failure there keeps nothing of the step.
 */
class TicketServiceTransactionTest {

    private final MemoryStore store = MemoryStore.create();
    private final TestClock clock = TestClock.at("2025-06-16T01:00:00Z", ZoneId.of("Asia/Shanghai"));
    private final List<DomainEvent> delivered = new ArrayList<>();
    private final CommandValidator validator = new CommandValidator(Locale.ENGLISH);

    private TicketService service(java.util.function.Consumer<TicketEvent> handler) {
        return service(handler, delivered::add);
    }

    /**
     * The desk's ticket service over the memory store with one more same-transaction effect,
     * {@code handler}, after the commitments; {@code sink} is the listener after the commit. These
     * tests are about the unit of work, so the intake's references are trusted, not registered.
     */
    private TicketService service(java.util.function.Consumer<TicketEvent> handler, DomainEventListener sink) {
        StepEffects effects = StepEffects.of(store, Optional.empty(), new EventPublisher(List.of(sink)))
                .andThen(event -> handler.accept((TicketEvent) event));
        StepContext context = new StepContext(store, clock, IdGenerator.sequential("t"), validator, effects);
        CommitmentEngine noPolicies = new CommitmentEngine(new PolicyCatalog(CalendarRegistry.withReadyCalendars()),
                IdGenerator.sequential("c"), clock.getZone());
        return new TicketService(context, new CommitmentService(context, noPolicies), IntakeReferences.TRUSTED);
    }

    private static ReportRepair repair() {
        return new ReportRepair(TicketLocation.ofUnit(UnitId.of("U-1"), BuildingId.of("B-1"), EstateId.of("E-1")),
                Reporter.byOwner(OwnerId.of("O-1")), Channel.HOTLINE, Urgency.NORMAL, DepartmentId.of("hotline"),
                "leaking tap");
    }

    @Test
    void aFailingHandlerKeepsNothingOfTheStepAndDeliversNothing() {
        TicketService ok = service(event -> { });
        TicketRecord ticket = ok.reportRepair(repair(), Actor.staff("S-1"));
        delivered.clear();

        TicketService failing = service(event -> {
            if (event.step() == TicketStep.FORWARD) {
                throw new IllegalStateException("commitment store down");
            }
        });
        assertThrows(IllegalStateException.class, () -> failing.forward(
                new ForwardTicket(ticket.id(), DepartmentId.of("customer-service")), Actor.staff("S-1")));

        TicketRecord stored = store.tickets().findById(ticket.id()).orElseThrow();
        assertEquals(TicketState.RECEIVED, stored.state());
        assertEquals(ticket.version(), stored.version());
        assertTrue(delivered.isEmpty(), "nothing delivered for a step that was not kept");
    }

    @Test
    void theHandlerSeesEachEventBeforeTheCommitAndTheSinkAfterIt() {
        List<String> order = new ArrayList<>();
        TicketService service = service(event -> {
            boolean visible = !store.tickets().findByUnit(UnitId.of("U-1"), Openness.ANY, PageRequest.first(5))
                    .items().isEmpty();
            order.add("handler " + event.step() + " sees own write " + visible);
        }, event -> order.add("sink " + ((TicketEvent) event).step()));

        service.reportRepair(repair(), Actor.staff("S-1"));

        assertEquals(List.of("handler RECEIVE sees own write true", "sink RECEIVE"), order);
    }
}
