package dev.aftersales.storage.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.AfterSales;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.CommitmentException;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentStatus;
import dev.aftersales.commitment.CommitmentTerm;
import dev.aftersales.commitment.InvalidPolicyException;
import dev.aftersales.commitment.PolicyProblem;
import dev.aftersales.commitment.PolicyRef;
import dev.aftersales.commitment.PolicyRegistered;
import dev.aftersales.commitment.RegisteredPolicy;
import dev.aftersales.commitment.TicketSelector;
import dev.aftersales.commitment.service.PolicyPreview;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ForwardTicket;
import dev.aftersales.ticket.LodgeComplaint;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketStep;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Service policies as data (rules SL-13, PS-1) through the desk: versions registered while running,
 * kept by the store with who and when, found by another desk of the same store, and a desk started
 * with no policies in code finishing the commitments of three stored versions.
 */
class PoliciesAsDataTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Actor ADMIN = Actor.staff("S-ADMIN");
    private static final Actor STAFF = Actor.staff("S-1");
    private static final String TERM = "estate-answer";

    private TestClock clock;
    private MemoryStore store;
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();

    private static Instant sh(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    /** Version {@code version} of the estate's own answer policy: forward within {@code hours} hours. */
    private static CommitmentPolicy answer(int version, int hours) {
        return CommitmentPolicy.builder("estate-answer").version(version)
                .selecting(TicketSelector.kinds(TicketKind.COMPLAINT).withEstates(EstateId.of("E1")))
                .term(CommitmentTerm.builder(TERM).named("转交答复", "forward for an answer")
                        .startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.FORWARD).within(Duration.ofHours(hours)))
                .build();
    }

    @BeforeEach
    void setUp() {
        clock = TestClock.at(sh("2025-03-10T09:00"), SHANGHAI);
        store = MemoryStore.create();
    }

    /** A desk on the shared store with no policy in code. */
    private AfterSales desk() {
        return AfterSales.builder().store(store).clock(clock).checkReferences(false).policies(List.of())
                .policyRefresh(Duration.ZERO).listener(events::add).build();
    }

    private static TicketId complaint(AfterSales desk) {
        return desk.lodgeComplaint(new LodgeComplaint(TicketLocation.estateCommonArea(EstateId.of("E1"), "lift hall"),
                Reporter.byOwner(OwnerId.of("O-1")), Channel.HOTLINE, Severity.GENERAL, DepartmentId.of("cs"),
                "the lift hall light flickers"), STAFF).id();
    }

    private static Commitment answerOf(AfterSales desk, TicketId ticket) {
        return desk.findCommitment(ticket, TERM).orElseThrow();
    }

    @Test
    @DisplayName("SL-13 a version registered while the desk runs is stored with who and when and applies to later tickets only")
    void registerWhileRunning() {
        AfterSales desk = desk();
        RegisteredPolicy v1 = desk.policies().register(answer(1, 4), ADMIN);
        assertEquals(new PolicyRef("estate-answer", 1), v1.ref());
        assertEquals(ADMIN, v1.registeredBy());
        assertEquals(clock.instant(), v1.registeredAt());
        TicketId first = complaint(desk);
        clock.advance(Duration.ofHours(1));
        desk.policies().register(answer(2, 8), ADMIN);
        TicketId second = complaint(desk);
        assertEquals(1, answerOf(desk, first).policy().version(), "a running commitment keeps its version");
        assertEquals(sh("2025-03-10T13:00"), answerOf(desk, first).deadline());
        assertEquals(2, answerOf(desk, second).policy().version());
        assertEquals(sh("2025-03-10T18:00"), answerOf(desk, second).deadline());
        assertEquals(List.of(1, 2), desk.policies().history("estate-answer").stream()
                .map(RegisteredPolicy::version).toList());
        assertEquals(List.of(v1), store.policies().orElseThrow().history("estate-answer").subList(0, 1));
    }

    @Test
    @DisplayName("SL-13 a registration is validated like the builder's: the next version only, every problem named")
    void registrationIsValidated() {
        AfterSales desk = desk();
        assertThrows(CommitmentException.class, () -> desk.policies().register(answer(2, 4), ADMIN),
                "version 2 before version 1");
        InvalidPolicyException invalid = assertThrows(InvalidPolicyException.class, () -> desk.policies()
                .register(CommitmentPolicy.builder("broken").term(CommitmentTerm.builder("t")
                        .startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.RECEIVE).within(Duration.ofHours(1))).build(),
                        ADMIN));
        assertEquals(PolicyProblem.Code.STOP_EQUALS_START, invalid.problems().get(0).code());
        desk.policies().register(answer(1, 4), ADMIN);
        CommitmentPolicy rival = answer(1, 6).withId("rival");
        InvalidPolicyException ambiguous = assertThrows(InvalidPolicyException.class,
                () -> desk.policies().register(rival, ADMIN));
        assertEquals(PolicyProblem.Code.AMBIGUOUS_SELECTION, ambiguous.problems().get(0).code());
        assertTrue(store.policies().orElseThrow().history("broken").isEmpty(), "nothing stored");
        assertTrue(store.policies().orElseThrow().history("rival").isEmpty(), "nothing stored");
    }

    @Test
    @DisplayName("SL-13 a desk restarted with no policy in code finishes the commitments of three stored versions")
    void restartWithoutPoliciesInCode() {
        AfterSales before = desk();
        before.policies().register(answer(1, 4), ADMIN);
        TicketId underV1 = complaint(before);
        before.policies().register(answer(2, 8), ADMIN);
        TicketId underV2 = complaint(before);
        before.policies().register(answer(3, 12), ADMIN);
        TicketId underV3 = complaint(before);
        before.close();

        AfterSales after = desk();
        clock.advance(Duration.ofHours(2));
        after.tickets().forward(new ForwardTicket(underV1, DepartmentId.of("customer-service")), STAFF);
        assertEquals(CommitmentStatus.MET, answerOf(after, underV1).status(), "v1: met on the restarted desk");
        clock.set(sh("2025-03-10T17:30"));
        after.sweep();
        Commitment v2 = answerOf(after, underV2);
        assertEquals(sh("2025-03-10T17:00"), v2.breachedAt(), "v2: breached at its deadline by the restarted desk");
        assertTrue(events.stream().anyMatch(e -> e instanceof CommitmentEvent ce && ce.commitmentId().equals(v2.id())));
        after.tickets().forward(new ForwardTicket(underV3, DepartmentId.of("customer-service")), STAFF);
        Commitment v3 = answerOf(after, underV3);
        assertEquals(CommitmentStatus.MET, v3.status());
        assertEquals(sh("2025-03-10T21:00"), v3.deadline(), "v3: its 12 hours, read from the store");
        assertTrue(after.explain(v3.id(), Locale.ENGLISH).contains("estate-answer"), after.explain(v3.id(), Locale.ENGLISH));
        assertEquals(3, answerOf(after, complaint(after)).policy().version(), "new tickets start under the latest");
    }

    @Test
    @DisplayName("SL-13 a version registered on one desk applies on another desk of the same store")
    void otherDeskTakesItIn() {
        AfterSales one = desk();
        AfterSales two = desk();
        one.policies().register(answer(1, 4), ADMIN);
        assertEquals(1, answerOf(two, complaint(two)).policy().version());
        one.policies().register(answer(2, 8), ADMIN);
        assertEquals(2, answerOf(two, complaint(two)).policy().version());
    }

    @Test
    @DisplayName("SL-13 the preview tells each running commitment's deadline now and under the proposal, and saves nothing")
    void previewSavesNothing() {
        AfterSales desk = desk();
        desk.policies().register(answer(1, 4), ADMIN);
        TicketId running = complaint(desk);
        TicketId done = complaint(desk);
        desk.tickets().forward(new ForwardTicket(done, DepartmentId.of("customer-service")), STAFF);
        Commitment before = answerOf(desk, running);
        PolicyPreview preview = desk.policies().preview(answer(2, 6));
        assertEquals(new PolicyRef("estate-answer", 2), preview.proposed());
        assertEquals(1, preview.changes().size(), "the stopped commitment is not listed");
        PolicyPreview.Change change = preview.changes().get(0);
        assertEquals(before.id(), change.commitment());
        assertEquals(sh("2025-03-10T13:00"), change.deadline());
        assertEquals(sh("2025-03-10T15:00"), change.proposed());
        assertEquals(before, answerOf(desk, running), "nothing saved");
        assertEquals(1, desk.policies().latestVersions().get(0).version(), "nothing registered");
        assertNull(store.policies().orElseThrow().find(new PolicyRef("estate-answer", 2)).orElse(null));
    }

    @Test
    @DisplayName("SL-13 a running commitment re-evaluated under a chosen version, recorded in its explanation")
    void reEvaluateToChosenVersion() {
        AfterSales desk = desk();
        desk.policies().register(answer(1, 4), ADMIN);
        desk.policies().register(answer(2, 8), ADMIN);
        TicketId ticket = complaint(desk);
        Commitment underV2 = answerOf(desk, ticket);
        Commitment back = desk.policies().reEvaluate(underV2.id(), 1, ADMIN);
        assertEquals(1, back.policy().version());
        assertEquals(sh("2025-03-10T13:00"), back.deadline());
        String explanation = desk.explain(back.id(), Locale.ENGLISH);
        assertTrue(explanation.contains("estate-answer@1") || explanation.contains("version 1"), explanation);
    }

    @Test
    @DisplayName("SL-13 a registered version is published as PolicyRegistered once stored; the listener finds it in the desk")
    void registrationIsPublished() {
        List<String> seenByListener = new ArrayList<>();
        AfterSales[] holder = new AfterSales[1];
        AfterSales desk = AfterSales.builder().store(store).clock(clock).checkReferences(false).policies(List.of())
                .policyRefresh(Duration.ofHours(1)).listener(events::add)
                .listener(e -> {
                    if (e instanceof PolicyRegistered r) {
                        seenByListener.add(r.policy() + " in desk " + holder[0].policies().find(r.policy()).isPresent()
                                + ", stored " + store.policies().orElseThrow().find(r.policy()).isPresent());
                    }
                })
                .listener(e -> {
                    throw new IllegalStateException("a failing listener does not fail the registration");
                }).build();
        holder[0] = desk;
        RegisteredPolicy v1 = desk.policies().register(answer(1, 4), ADMIN);
        clock.advance(Duration.ofMinutes(5));
        assertThrows(CommitmentException.class, () -> desk.policies().register(answer(3, 4), ADMIN));
        assertThrows(InvalidPolicyException.class, () -> desk.policies().register(answer(2, -4), ADMIN));
        RegisteredPolicy v2 = desk.policies().register(answer(2, 8), Actor.system());
        List<PolicyRegistered> published = events.stream().filter(e -> e instanceof PolicyRegistered)
                .map(e -> (PolicyRegistered) e).toList();
        assertEquals(List.of(v1.ref(), v2.ref()), published.stream().map(PolicyRegistered::policy).toList(),
                "one event per version registered, none for refused registrations");
        assertEquals(List.of(ADMIN, Actor.system()), published.stream().map(PolicyRegistered::registeredBy).toList());
        assertEquals(List.of(v1.registeredAt(), v2.registeredAt()),
                published.stream().map(PolicyRegistered::occurredAt).toList());
        assertEquals("estate-answer", published.get(0).aggregateId());
        assertTrue(published.get(0).eventId() != null && !published.get(0).eventId().equals(published.get(1).eventId()));
        assertEquals(List.of("estate-answer@1 in desk true, stored true", "estate-answer@2 in desk true, stored true"),
                seenByListener);
    }
}
