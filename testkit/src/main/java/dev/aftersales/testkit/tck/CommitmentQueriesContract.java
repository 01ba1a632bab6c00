package dev.aftersales.testkit.tck;

import static dev.aftersales.testkit.tck.CommitmentSamples.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.SweepOutcome;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.spi.CommitmentQuery;
import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.testkit.commitment.TicketEventScript;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The TCK for the queries of {@link CommitmentRepository} (rule MS-1 builds on them): commitments
 * due, warned and breached in a half-open period, narrowed by estate, building, responsible
 * department and ticket kind, in {@link CommitmentRepository#ORDER} with paging; and the open
 * commitments on a calendar (rule SL-14). An adapter author extends this class and implements
 * {@link #newStore()}.
 */
public abstract class CommitmentQueriesContract {

    private CommitmentSamples samples;
    private CommitmentRepository repo;

    /**
     * Returns a fresh, empty store. Called before every test.
     *
     * @return the fixture
     */
    protected abstract CommitmentStoreFixture newStore();

    /** Creates a fresh store for the next test. */
    @BeforeEach
    protected void createStore() {
        repo = newStore().commitments();
        samples = new CommitmentSamples();
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private Commitment store(String ticket, int minute, TicketKind kind, String estate, String building,
                             boolean assigned) {
        TicketEventScript script = TicketEventScript.of(TicketId.of(ticket),
                CommitmentSamples.facts(kind, estate, building)).step(TicketStep.RECEIVE, at(minute));
        if (assigned) {
            script.assignTo(DepartmentId.of("engineering")).step(TicketStep.ASSIGN, at(minute + 1));
        }
        return repo.save(samples.play(script.events()).get(0));
    }

    private void sweep(Commitment c, Instant now) {
        Commitment current = repo.findById(c.id()).orElseThrow();
        SweepOutcome o = samples.sweep(current, now);
        repo.completeSweep(o.commitment(), o.fired());
    }

    private List<Commitment> find(CommitmentQuery q) {
        return repo.find(q, PageRequest.first(100)).items();
    }

    @Test
    @DisplayName("MS-1 commitments due in a half-open period")
    void due() {
        Commitment a = store("T-1", 0, TicketKind.REPAIR, "E-1", "B-1", false);
        Commitment b = store("T-2", 120, TicketKind.REPAIR, "E-1", "B-1", false);
        assertEquals(List.of(a), find(CommitmentQuery.due(at(60), at(180))));
        assertEquals(List.of(a, b), find(CommitmentQuery.due(at(60), at(181))));
        assertEquals(List.of(), find(CommitmentQuery.due(at(0), at(60))));
        assertEquals(List.of(), find(CommitmentQuery.due(at(60), at(60))));
    }

    @Test
    @DisplayName("IN-2 query bounds outside the supported range are clamped, never refused: Instant.MIN..MAX finds all")
    void in2_boundsAreClamped() {
        Commitment a = store("T-1", 0, TicketKind.REPAIR, "E-1", "B-1", false);
        Commitment b = store("T-2", 120, TicketKind.REPAIR, "E-1", "B-1", false);
        sweep(a, at(70));
        assertEquals(List.of(a.id(), b.id()), find(CommitmentQuery.due(Instant.MIN, Instant.MAX)).stream()
                .map(Commitment::id).toList());
        assertEquals(List.of(a.id(), b.id()), find(CommitmentQuery.due(Instant.parse("1900-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59Z"))).stream().map(Commitment::id).toList());
        assertEquals(List.of(a.id()), find(CommitmentQuery.warned(Instant.MIN, Instant.MAX)).stream()
                .map(Commitment::id).toList());
        assertEquals(List.of(), find(CommitmentQuery.breached(Instant.MIN, Instant.parse("1969-01-01T00:00:00Z"))));
        assertEquals(List.of(), find(CommitmentQuery.due(Instant.parse("2300-01-01T00:00:00Z"), Instant.MAX)));
    }

    @Test
    @DisplayName("MS-1 commitments warned and breached in a period, after the sweeps recorded it")
    void warnedAndBreached() {
        Commitment a = store("T-1", 0, TicketKind.REPAIR, "E-1", "B-1", false);
        Commitment b = store("T-2", 100, TicketKind.REPAIR, "E-1", "B-1", false);
        sweep(a, at(70));
        sweep(b, at(140));
        assertEquals(List.of(a.id(), b.id()), find(CommitmentQuery.warned(at(0), at(200))).stream()
                .map(Commitment::id).toList());
        assertEquals(List.of(b.id()), find(CommitmentQuery.warned(at(31), at(200))).stream()
                .map(Commitment::id).toList());
        assertEquals(List.of(a.id()), find(CommitmentQuery.breached(at(0), at(200))).stream()
                .map(Commitment::id).toList());
    }

    @Test
    @DisplayName("MS-1 queries narrow by estate, building, responsible department and ticket kind")
    void filters() {
        Commitment e1 = store("T-1", 0, TicketKind.REPAIR, "E-1", "B-1", true);
        Commitment e2 = store("T-2", 1, TicketKind.REPAIR, "E-2", "B-2", false);
        Commitment complaint = store("T-3", 2, TicketKind.COMPLAINT, "E-1", "B-2", false);
        CommitmentQuery all = CommitmentQuery.due(at(0), at(1000));
        assertEquals(List.of(e1, complaint), find(all.inEstate(EstateId.of("E-1"))));
        assertEquals(List.of(e2, complaint), find(all.inBuilding(BuildingId.of("B-2"))));
        assertEquals(List.of(e1), find(all.ofDepartment(DepartmentId.of("engineering"))));
        assertEquals(List.of(complaint), find(all.ofKind(TicketKind.COMPLAINT)));
        assertEquals(List.of(), find(all.inEstate(EstateId.of("E-1")).ofKind(TicketKind.REPAIR)
                .inBuilding(BuildingId.of("B-2"))));
    }

    @Test
    @DisplayName("Query results page in order without repeating or skipping")
    void paging() {
        for (int i = 0; i < 5; i++) {
            store("T-" + i, i, TicketKind.REPAIR, "E-1", "B-1", false);
        }
        CommitmentQuery q = CommitmentQuery.due(at(0), at(1000));
        Page<Commitment> first = repo.find(q, PageRequest.first(2));
        Page<Commitment> second = repo.find(q, first.request().next());
        Page<Commitment> third = repo.find(q, second.request().next());
        assertTrue(first.hasMore());
        assertFalse(third.hasMore());
        List<Commitment> all = find(q);
        assertEquals(all.subList(0, 2), first.items());
        assertEquals(all.subList(2, 4), second.items());
        assertEquals(all.subList(4, 5), third.items());
    }

    @Test
    @DisplayName("SL-14 the open commitments on a calendar, for recomputation")
    void openByCalendar() {
        Commitment onCalendar = store("T-1", 0, TicketKind.COMPLAINT, "E-1", "B-1", false);
        store("T-2", 0, TicketKind.REPAIR, "E-1", "B-1", false);
        Commitment stopped = repo.save(samples.play(TicketEventScript.of(TicketId.of("T-3"),
                CommitmentSamples.facts(TicketKind.COMPLAINT, "E-1", "B-1")).step(TicketStep.RECEIVE, at(0))
                .step(TicketStep.CONTACT_OWNER, at(5)).events()).get(0));
        assertFalse(stopped.isOpen());
        assertEquals(List.of(onCalendar), repo.findOpenByCalendar(CommitmentSamples.CALENDAR,
                PageRequest.first(10)).items());
        assertEquals(List.of(), repo.findOpenByCalendar("other", PageRequest.first(10)).items());
    }

    @Test
    @DisplayName("SL-13 the open commitments of a policy, for a preview of its next version")
    void openByPolicy() {
        Commitment onCalendar = store("T-1", 0, TicketKind.COMPLAINT, "E-1", "B-1", false);
        Commitment stopped = repo.save(samples.play(TicketEventScript.of(TicketId.of("T-3"),
                CommitmentSamples.facts(TicketKind.COMPLAINT, "E-1", "B-1")).step(TicketStep.RECEIVE, at(0))
                .step(TicketStep.CONTACT_OWNER, at(5)).events()).get(0));
        assertFalse(stopped.isOpen());
        String policy = onCalendar.policy().id();
        List<Commitment> open = repo.findOpenByPolicy(policy, PageRequest.first(100)).items();
        assertTrue(open.contains(onCalendar), "the open commitment is listed");
        assertTrue(open.stream().allMatch(c -> c.isOpen() && c.policy().id().equals(policy)),
                "only open commitments of that policy: " + open);
        assertEquals(List.of(), repo.findOpenByPolicy("no-such-policy", PageRequest.first(10)).items());
    }
}
