package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.AfterSales;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentStatus;
import dev.aftersales.commitment.CommitmentTerm;
import dev.aftersales.commitment.RegisteredPolicy;
import dev.aftersales.commitment.TicketSelector;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.storage.jdbc.store.JdbcStore;
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
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rule SL-13 across a real restart on the JDBC store, on each database: a desk registers three
 * versions of a policy while tickets run under each; a new store object and a new desk with no
 * policy in code, over the same tables, finish those commitments and read the history.
 */
abstract class PolicyRestartContract extends DatabaseTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Actor ADMIN = Actor.staff("S-ADMIN");
    private static final Actor STAFF = Actor.staff("S-1");
    private static final String TERM = "estate-answer";

    private final TestClock clock = TestClock.at(sh("2025-03-10T09:00"), SHANGHAI);
    private TablePrefix prefix;

    private static Instant sh(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private static CommitmentPolicy answer(int version, int hours) {
        return CommitmentPolicy.builder("estate-answer").version(version)
                .selecting(TicketSelector.kinds(TicketKind.COMPLAINT).withEstates(EstateId.of("E1")))
                .term(CommitmentTerm.builder(TERM).startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.FORWARD)
                        .within(Duration.ofHours(hours)))
                .build();
    }

    /** A new store object and desk over the database, with no policy in code. */
    private AfterSales start() {
        JdbcStore store = JdbcStore.create(db.dataSource()).tablePrefix(prefix).build();
        store.migrate();
        return AfterSales.builder().store(store).clock(clock).checkReferences(false).policies(List.of()).build();
    }

    private static TicketId complaint(AfterSales desk) {
        return desk.lodgeComplaint(new LodgeComplaint(TicketLocation.estateCommonArea(EstateId.of("E1"), "lift hall"),
                Reporter.byOwner(OwnerId.of("O-1")), Channel.HOTLINE, Severity.GENERAL, DepartmentId.of("cs"),
                "the lift hall light flickers"), STAFF).id();
    }

    @Test
    @DisplayName("SL-13 a restarted desk with no policy in code finishes the commitments of three stored versions")
    void restart() {
        prefix = db.uniquePrefix();
        AfterSales before = start();
        before.policies().register(answer(1, 4), ADMIN);
        TicketId underV1 = complaint(before);
        before.policies().register(answer(2, 8), ADMIN);
        TicketId underV2 = complaint(before);
        before.policies().register(answer(3, 12), ADMIN);
        TicketId underV3 = complaint(before);
        before.close();

        AfterSales after = start();
        after.tickets().forward(new ForwardTicket(underV1, DepartmentId.of("customer-service")), STAFF);
        assertEquals(CommitmentStatus.MET, after.findCommitment(underV1, TERM).orElseThrow().status());
        clock.set(sh("2025-03-10T17:30"));
        after.sweep();
        assertEquals(sh("2025-03-10T17:00"), after.findCommitment(underV2, TERM).orElseThrow().breachedAt());
        after.tickets().forward(new ForwardTicket(underV3, DepartmentId.of("customer-service")), STAFF);
        Commitment v3 = after.findCommitment(underV3, TERM).orElseThrow();
        assertEquals(CommitmentStatus.MET, v3.status());
        assertEquals(sh("2025-03-10T21:00"), v3.deadline());
        assertEquals(3, after.findCommitment(complaint(after), TERM).orElseThrow().policy().version());
        List<RegisteredPolicy> history = after.policies().history("estate-answer");
        assertEquals(List.of(1, 2, 3), history.stream().map(RegisteredPolicy::version).toList());
        assertTrue(history.stream().allMatch(r -> r.registeredBy().equals(ADMIN)));
        assertEquals(answer(2, 8), after.policies().find(history.get(1).ref()).orElseThrow());
        after.close();
    }
}
