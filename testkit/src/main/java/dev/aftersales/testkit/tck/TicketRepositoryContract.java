package dev.aftersales.testkit.tck;

import static dev.aftersales.testkit.tck.TicketSamples.OWNER_1;
import static dev.aftersales.testkit.tck.TicketSamples.UNIT_1;
import static dev.aftersales.testkit.tck.TicketSamples.UNIT_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.TicketRepository;
import dev.aftersales.spi.UnitOfWork;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.testkit.arbitraries.PlannedStep;
import dev.aftersales.ticket.CallbackMethod;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.Validity;
import dev.aftersales.ticket.ClassifyTicket;
import dev.aftersales.ticket.ContactPerson;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.SatisfactionAspects;
import dev.aftersales.ticket.StepDetails;
import dev.aftersales.ticket.Ticket;
import dev.aftersales.ticket.TicketCategory;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketIntake;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The TCK for {@link TicketRepository} writes: save and find, optimistic versions, stale writes
 * (also from several threads at once) and units of work. An adapter author extends this class and
 * implements {@link #newStore()}; every test must pass. Queries are covered by
 * {@link TicketQueriesContract}.
 */
public abstract class TicketRepositoryContract {

    /** How many threads race in the concurrency tests. */
    protected static final int THREADS = 8;

    private static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");
    private static final long WAIT_SECONDS = 30;

    private TicketStoreFixture store;
    private TicketRepository tickets;

    /**
     * Returns a fresh, empty store. Called before every test.
     *
     * @return the fixture
     */
    protected abstract TicketStoreFixture newStore();

    /** Creates a fresh store for the next test. */
    @BeforeEach
    protected void createStore() {
        store = newStore();
        tickets = store.tickets();
    }

    private static TicketRecord received(String id) {
        return TicketSamples.repair(id, T0, UNIT_1, Reporter.byOwner(OWNER_1));
    }

    private static TicketRecord next(TicketRecord record, PlannedStep step) {
        return TicketSamples.step(record, record.lastEntry().at().plusSeconds(60), step);
    }

    @Test
    @DisplayName("save inserts a new ticket at version 1 and findById returns it")
    void saveInsertsAtVersionOne() {
        TicketRecord saved = tickets.save(received("T-1"));
        assertEquals(1, saved.version());
        assertEquals(received("T-1").withVersion(1), saved);
        assertEquals(Optional.of(saved), tickets.findById(TicketId.of("T-1")));
    }

    @Test
    @DisplayName("findById of a missing ticket is empty and does not throw")
    void findOfMissingIsEmpty() {
        assertEquals(Optional.empty(), tickets.findById(TicketId.of("T-missing")));
    }

    @Test
    @DisplayName("save of the stored version replaces the ticket and increments the version")
    void saveOfStoredVersionReplaces() {
        TicketRecord v1 = tickets.save(received("T-1"));
        TicketRecord changed = next(v1, PlannedStep.of(TicketStep.FORWARD));
        TicketRecord v2 = tickets.save(changed);
        assertEquals(2, v2.version());
        assertEquals(changed.withVersion(2), v2);
        assertEquals(Optional.of(v2), tickets.findById(TicketId.of("T-1")));
    }

    @Test
    @DisplayName("every field of a ticket, its timeline and its personal data round-trip exactly")
    void everyFieldRoundTrips() {
        Instant visit = Instant.parse("2025-03-05T02:30:00Z");
        Instant agreed = Instant.parse("2025-03-10T10:00:00Z");
        Reporter contact = Reporter.byContact(ContactPerson.of("王小明", "+86 138 0013 8000"));
        TicketLocation area = TicketLocation.estateCommonArea(TicketSamples.ESTATE_2, "north gate, lamp 3");
        TicketRecord full = TicketSamples.ticket("T-full", TicketKind.COMPLAINT, T0, area, contact,
                PlannedStep.of(TicketStep.FORWARD),
                new PlannedStep(TicketStep.CLASSIFY_VALID, Duration.ZERO, Actor.staff("S-9"),
                        StepDetails.ofNote("valid: lamp broken for a week")),
                PlannedStep.assign(TicketSamples.PROPERTY_OFFICE, "S-7"),
                PlannedStep.of(TicketStep.CONTACT_OWNER),
                new PlannedStep(TicketStep.AGREE_VISIT, Duration.ZERO, Actor.department(TicketSamples.PROPERTY_OFFICE),
                        StepDetails.visit(visit)),
                PlannedStep.of(TicketStep.AGREE_PLAN),
                new PlannedStep(TicketStep.WAIT, Duration.ZERO, Actor.staff("S-7"),
                        StepDetails.waiting(WaitingReason.FOR_THIRD_PARTY, "power company")),
                new PlannedStep(TicketStep.AGREE_NEW_TIME, Duration.ZERO, Actor.staff("S-7"),
                        StepDetails.newTime(agreed, "waiting for the power company")),
                PlannedStep.of(TicketStep.RESUME),
                PlannedStep.of(TicketStep.START_WORK),
                PlannedStep.of(TicketStep.RETURN_RESULT),
                PlannedStep.of(TicketStep.INFORM_OWNER),
                PlannedStep.of(TicketStep.CONFIRM_CLOSURE).withActor(Actor.customer("contact-1")),
                new PlannedStep(TicketStep.RECORD_CALLBACK, Duration.ZERO, Actor.system(),
                        StepDetails.callback(CallbackMethod.VISIT, 3,
                                new SatisfactionAspects(2, null, 4), "so-so")),
                PlannedStep.of(TicketStep.CLOSE),
                PlannedStep.of(TicketStep.REOPEN));
        TicketRecord saved = tickets.save(full);
        TicketRecord found = tickets.findById(TicketId.of("T-full")).orElseThrow();
        assertEquals(full.withVersion(1), found);
        assertEquals(saved, found);
        assertEquals(2, found.cycle());
        assertEquals(full.timeline(), found.timeline());
        assertEquals(full.intake(), found.intake());
    }

    @Test
    @DisplayName("every channel, the WeChat official account, mini-program, owner app and a company's own codes included, round-trips (CP-4)")
    void everyChannelRoundTrips() {
        TicketLocation area = TicketLocation.estateCommonArea(TicketSamples.ESTATE_1, "gate");
        List<Channel> channels = new ArrayList<>(Channel.builtIns());
        channels.add(Channel.of("DOUYIN"));
        channels.add(Channel.of("P" + "_9".repeat(15) + "Z"));
        for (Channel channel : channels) {
            String id = "T-" + channel.name();
            TicketIntake intake = TicketIntake.repair(area, Reporter.byOwner(OWNER_1), channel, Urgency.NORMAL, "lamp out");
            TicketRecord record = Ticket.receive(TicketId.of(id), intake, TicketSamples.HOTLINE, Actor.staff("TCK-S1"),
                    TestClock.at(T0), IdGenerator.sequential(id)).toRecord();
            tickets.save(record);
            assertEquals(channel, tickets.findById(TicketId.of(id)).orElseThrow().intake().channel(), channel.name());
        }
    }

    @Test
    @DisplayName("PS-1 a ticket's request category round-trips, and a ticket without one reads back without one")
    void categoryRoundTrips() {
        TicketLocation area = TicketLocation.estateCommonArea(TicketSamples.ESTATE_1, "gate");
        for (String code : new String[] {"plumbing", "doors-windows.aluminium", null}) {
            String id = "T-CAT-" + code;
            TicketIntake intake = TicketIntake.repair(area, Reporter.byOwner(OWNER_1), Channel.HOTLINE, Urgency.NORMAL,
                    "pipe leaks").withCategory(code == null ? null : TicketCategory.of(code));
            TicketRecord record = Ticket.receive(TicketId.of(id), intake, TicketSamples.HOTLINE, Actor.staff("TCK-S1"),
                    TestClock.at(T0), IdGenerator.sequential(id)).toRecord();
            tickets.save(record);
            TicketRecord found = tickets.findById(TicketId.of(id)).orElseThrow();
            assertEquals(record.withVersion(1), found);
            assertEquals(code == null ? null : TicketCategory.of(code), found.facts().category());
        }
        // a classification gives another category: the ticket row and the step both keep it
        Ticket ticket = Ticket.fromRecord(tickets.findById(TicketId.of("T-CAT-plumbing")).orElseThrow(), TestClock.at(T0),
                IdGenerator.sequential("T-CAT-reclassified"));
        ticket.take(new ClassifyTicket(ticket.id(), Validity.VALID, null, TicketCategory.of("heating")),
                Actor.staff("TCK-S1"));
        tickets.save(ticket.toRecord());
        TicketRecord reclassified = tickets.findById(ticket.id()).orElseThrow();
        assertEquals(ticket.toRecord().withVersion(2), reclassified);
        assertEquals(TicketCategory.of("heating"), reclassified.facts().category());
        assertEquals(TicketCategory.of("heating"), reclassified.timeline().get(1).details().category());
    }

    @Test
    @DisplayName("a stale write throws StaleWriteException and changes nothing")
    void staleWriteThrowsAndChangesNothing() {
        TicketRecord v1 = tickets.save(received("T-1"));
        TicketRecord v2 = tickets.save(next(v1, PlannedStep.of(TicketStep.FORWARD)));
        TicketRecord stale = next(v1, PlannedStep.of(TicketStep.CLASSIFY_VALID));
        StaleWriteException e = assertThrows(StaleWriteException.class, () -> tickets.save(stale));
        assertEquals("T-1", e.recordId());
        assertEquals(1, e.expectedVersion());
        assertEquals(2, e.actualVersion());
        assertEquals(Optional.of(v2), tickets.findById(TicketId.of("T-1")));
    }

    @Test
    @DisplayName("inserting (version 0) under an id that is taken throws StaleWriteException and changes nothing")
    void insertOfExistingIdIsStale() {
        TicketRecord v1 = tickets.save(received("T-1"));
        TicketRecord other = TicketSamples.repair("T-1", T0.plusSeconds(5), UNIT_2, Reporter.byStaff("S-1"));
        StaleWriteException e = assertThrows(StaleWriteException.class, () -> tickets.save(other));
        assertEquals(0, e.expectedVersion());
        assertEquals(Optional.of(v1), tickets.findById(TicketId.of("T-1")));
    }

    @Test
    @DisplayName("updating (version above 0) a ticket that is not stored throws StaleWriteException and stores nothing")
    void updateOfMissingRowIsStale() {
        TicketRecord ghost = received("T-ghost").withVersion(3);
        StaleWriteException e = assertThrows(StaleWriteException.class, () -> tickets.save(ghost));
        assertEquals(3, e.expectedVersion());
        assertEquals(-1, e.actualVersion());
        assertEquals(Optional.empty(), tickets.findById(TicketId.of("T-ghost")));
    }

    @Test
    @DisplayName("null arguments are refused with NullPointerException")
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> tickets.save(null));
        assertThrows(NullPointerException.class, () -> tickets.findById(null));
    }

    @Test
    @DisplayName("threads saving from the same version at once: exactly one wins, the others are stale, the winner is stored")
    void concurrentStaleWritesExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = "T-race-" + round;
            TicketRecord base = tickets.save(TicketSamples.repair(id, T0, UNIT_1, Reporter.byOwner(OWNER_1),
                    TicketStep.CLASSIFY_VALID));
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Callable<TicketRecord>> writers = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                TicketRecord mine = next(base, PlannedStep.assign(DepartmentId.of("D-" + i), "S-" + i));
                writers.add(() -> {
                    start.await(WAIT_SECONDS, TimeUnit.SECONDS);
                    return tickets.save(mine);
                });
            }
            List<Object> outcomes = runAll(writers);
            List<TicketRecord> winners = new ArrayList<>();
            for (Object o : outcomes) {
                if (o instanceof TicketRecord r) {
                    winners.add(r);
                } else {
                    assertTrue(o instanceof StaleWriteException, "a loser must get StaleWriteException, got " + o);
                }
            }
            assertEquals(1, winners.size(), "exactly one writer wins");
            assertEquals(2, winners.get(0).version());
            assertEquals(Optional.of(winners.get(0)), tickets.findById(TicketId.of(id)));
        }
    }

    @Test
    @DisplayName("a unit of work makes all its writes visible together when it returns")
    void unitOfWorkCommitsAllWrites() {
        TicketRecord b1 = tickets.save(received("T-B"));
        UnitOfWork uow = store.unitOfWork();
        String result = uow.inTransaction(() -> {
            tickets.save(received("T-A"));
            tickets.save(next(b1, PlannedStep.of(TicketStep.FORWARD)));
            return "done";
        });
        assertEquals("done", result);
        assertEquals(1, tickets.findById(TicketId.of("T-A")).orElseThrow().version());
        assertEquals(2, tickets.findById(TicketId.of("T-B")).orElseThrow().version());
    }

    @Test
    @DisplayName("a unit of work that throws keeps none of its writes and rethrows the same exception")
    void unitOfWorkThatThrowsKeepsNothing() {
        TicketRecord b1 = tickets.save(received("T-B"));
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> store.unitOfWork().inTransaction(() -> {
                    tickets.save(received("T-A"));
                    tickets.save(next(b1, PlannedStep.of(TicketStep.FORWARD)));
                    throw boom;
                }));
        assertSame(boom, thrown);
        assertEquals(Optional.empty(), tickets.findById(TicketId.of("T-A")));
        assertEquals(Optional.of(b1), tickets.findById(TicketId.of("T-B")));
    }

    @Test
    @DisplayName("a nested unit of work that fails dooms the outer one, even when the failure is caught")
    void failedNestedUnitOfWorkDoomsTheOuterOne() {
        TicketRecord b1 = tickets.save(received("T-B"));
        assertThrows(RuntimeException.class, () -> store.unitOfWork().run(() -> {
            tickets.save(received("T-A"));
            try {
                store.unitOfWork().run(() -> {
                    tickets.save(next(b1, PlannedStep.of(TicketStep.FORWARD)));
                    throw new IllegalStateException("nested step fails");
                });
            } catch (IllegalStateException caught) {
                // the caller carries on: the outer unit of work must still keep nothing
            }
        }));
        assertEquals(Optional.empty(), tickets.findById(TicketId.of("T-A")));
        assertEquals(Optional.of(b1), tickets.findById(TicketId.of("T-B")));
    }

    @Test
    @DisplayName("a unit of work with a stale save throws StaleWriteException and keeps none of its writes")
    void unitOfWorkWithStaleSaveKeepsNothing() {
        TicketRecord b1 = tickets.save(received("T-B"));
        TicketRecord b2 = tickets.save(next(b1, PlannedStep.of(TicketStep.FORWARD)));
        assertThrows(StaleWriteException.class, () -> store.unitOfWork().run(() -> {
            tickets.save(received("T-A"));
            tickets.save(next(b1, PlannedStep.of(TicketStep.CLASSIFY_VALID)));
        }));
        assertEquals(Optional.empty(), tickets.findById(TicketId.of("T-A")));
        assertEquals(Optional.of(b2), tickets.findById(TicketId.of("T-B")));
    }

    @Test
    @DisplayName("inside a unit of work, reads see the unit's own writes")
    void unitOfWorkReadsItsOwnWrites() {
        store.unitOfWork().run(() -> {
            TicketRecord a1 = tickets.save(received("T-A"));
            assertEquals(Optional.of(a1), tickets.findById(TicketId.of("T-A")));
            TicketRecord a2 = tickets.save(next(a1, PlannedStep.of(TicketStep.FORWARD)));
            assertEquals(Optional.of(a2), tickets.findById(TicketId.of("T-A")));
        });
        assertEquals(2, tickets.findById(TicketId.of("T-A")).orElseThrow().version());
    }

    @Test
    @DisplayName("other threads do not see a unit of work's writes before it commits")
    void unitOfWorkIsInvisibleUntilCommit() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> writer = pool.submit(() -> store.unitOfWork().run(() -> {
                tickets.save(received("T-A"));
                written.countDown();
                await(release);
            }));
            assertTrue(written.await(WAIT_SECONDS, TimeUnit.SECONDS), "the writer saved");
            assertEquals(Optional.empty(), tickets.findById(TicketId.of("T-A")));
            release.countDown();
            writer.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(1, tickets.findById(TicketId.of("T-A")).orElseThrow().version());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("units of work on several threads updating the same ticket: exactly one commits")
    void concurrentUnitsOfWorkExactlyOneCommits() throws Exception {
        TicketRecord base = tickets.save(TicketSamples.repair("T-1", T0, UNIT_1, Reporter.byOwner(OWNER_1),
                TicketStep.CLASSIFY_VALID));
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Callable<TicketRecord>> writers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            TicketRecord mine = next(base, PlannedStep.assign(DepartmentId.of("D-" + i), "S-" + i));
            String sideId = "T-side-" + i;
            writers.add(() -> store.unitOfWork().inTransaction(() -> {
                tickets.save(received(sideId));
                await(start);
                return tickets.save(mine);
            }));
        }
        List<Object> outcomes = runAll(writers);
        int winner = -1;
        for (int i = 0; i < THREADS; i++) {
            Object o = outcomes.get(i);
            if (o instanceof TicketRecord) {
                assertEquals(-1, winner, "only one unit of work commits");
                winner = i;
            } else {
                assertTrue(o instanceof StaleWriteException, "a loser must get StaleWriteException, got " + o);
            }
        }
        assertTrue(winner >= 0, "one unit of work commits");
        assertEquals(outcomes.get(winner), tickets.findById(TicketId.of("T-1")).orElseThrow());
        for (int i = 0; i < THREADS; i++) {
            assertEquals(i == winner, tickets.findById(TicketId.of("T-side-" + i)).isPresent(),
                    "the side write of unit of work " + i + " is kept exactly when it committed");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out waiting for the test to release the writer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the writers did not meet at the barrier", e);
        }
    }

    /** Runs the tasks on their own threads; returns per task its result or the exception it threw. */
    private static List<Object> runAll(List<Callable<TicketRecord>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<TicketRecord>> futures = new ArrayList<>();
            for (Callable<TicketRecord> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<TicketRecord> f : futures) {
                try {
                    outcomes.add(f.get(WAIT_SECONDS, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a writer did not finish in " + WAIT_SECONDS + " s", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
