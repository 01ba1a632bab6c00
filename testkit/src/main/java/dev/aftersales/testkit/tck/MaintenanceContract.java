package dev.aftersales.testkit.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aftersales.common.Actor;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.MaintenanceRepository;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.UnsupportedRepositoryException;
import dev.aftersales.warranty.MaintenancePlan;
import dev.aftersales.warranty.MaintenancePlanId;
import dev.aftersales.warranty.MaintenanceScope;
import dev.aftersales.warranty.MaintenanceTask;
import dev.aftersales.warranty.MaintenanceTaskId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link MaintenanceRepository} (rule WA-3): plans are saved optimistically;
 * tasks are inserted once per key, so inserting them again adds only the new ones and leaves the
 * done ones done; a completion from a stale version is refused and writes nothing; the overdue
 * query returns the tasks due before a date and not done, by due date, then target. Part of
 * {@link StoreContract}; a store whose {@code maintenance()} throws
 * {@link UnsupportedRepositoryException} skips these tests, with the reason.
 */
public abstract class MaintenanceContract {

    private static final EstateId ESTATE = EstateId.of("E-1");
    private static final MaintenancePlanId WINDOWS = MaintenancePlanId.of(ESTATE, "doors-windows", MaintenanceScope.UNIT);
    private static final MaintenancePlanId PIPES = MaintenancePlanId.of(ESTATE, "pipe-leaks", MaintenanceScope.UNIT);
    private static final Instant AT = Instant.parse("2024-03-05T02:00:00Z");
    private static final Actor STAFF = Actor.staff("S-1");

    /** The store under test, fresh and empty before every test. */
    protected AfterSalesStore store;

    /** Creates the contract; for subclasses. */
    protected MaintenanceContract() {
    }

    /**
     * Returns a fresh, empty store of the adapter under test.
     *
     * @return the store
     */
    protected abstract AfterSalesStore newStore();

    /** Opens a fresh store for the next test. */
    @BeforeEach
    void openFreshStore() {
        store = newStore();
        try {
            store.maintenance();
        } catch (UnsupportedRepositoryException e) {
            Assumptions.assumeTrue(false, "this store keeps no maintenance plans (" + e.repository() + ")");
        }
    }

    private static MaintenanceTask task(MaintenancePlanId plan, String unit, LocalDate due) {
        return MaintenanceTask.due(MaintenanceTaskId.ofUnit(plan, UnitId.of(unit), due));
    }

    @Test
    @DisplayName("WA-3 a plan is found equal at its version; inserting it again or saving a stale version is refused")
    void planRoundTripAndStaleWrites() {
        MaintenancePlan saved = store.maintenance().savePlan(MaintenancePlan.of(WINDOWS, 6, "inspect-seals"));
        assertEquals(1, saved.version());
        assertEquals(saved, store.maintenance().findPlan(WINDOWS).orElseThrow());
        assertThrows(StaleWriteException.class,
                () -> store.maintenance().savePlan(MaintenancePlan.of(WINDOWS, 3, "inspect-seals")));
        MaintenancePlan changed = store.maintenance().savePlan(saved.withIntervalMonths(3));
        assertEquals(2, changed.version());
        assertThrows(StaleWriteException.class, () -> store.maintenance().savePlan(saved.withIntervalMonths(12)));
        assertEquals(changed, store.maintenance().findPlan(WINDOWS).orElseThrow());

        MaintenancePlan building = store.maintenance().savePlan(MaintenancePlan.of(
                MaintenancePlanId.of(ESTATE, "doors-windows", MaintenanceScope.BUILDING), 12, "check-closers"));
        MaintenancePlan pipes = store.maintenance().savePlan(MaintenancePlan.of(PIPES, 12, "check-valves"));
        store.maintenance().savePlan(MaintenancePlan.of(MaintenancePlanId.of(EstateId.of("E-2"), "plaster",
                MaintenanceScope.UNIT), 12, "inspect"));
        assertEquals(List.of(building, changed, pipes), store.maintenance().plansOf(ESTATE));
        assertEquals(List.of(), store.maintenance().plansOf(EstateId.of("E-9")));
    }

    @Test
    @DisplayName("WA-3 inserting tasks again adds only the new keys, and a done task stays done")
    void insertingIsIdempotent() {
        LocalDate d1 = LocalDate.of(2024, 2, 29);
        LocalDate d2 = LocalDate.of(2024, 3, 31);
        LocalDate d3 = LocalDate.of(2024, 4, 30);
        List<MaintenanceTask> first = List.of(task(WINDOWS, "U-1", d1), task(WINDOWS, "U-1", d2), task(WINDOWS, "U-2", d1));
        assertEquals(3, store.maintenance().insertTasksIfAbsent(first));
        MaintenanceTask stored = store.maintenance().findTask(first.get(0).id()).orElseThrow();
        assertEquals(1, stored.version());
        MaintenanceTask done = store.maintenance().updateTask(stored.withDone(AT, STAFF));

        List<MaintenanceTask> again = new ArrayList<>(first);
        again.add(task(WINDOWS, "U-1", d3));
        assertEquals(1, store.maintenance().insertTasksIfAbsent(again));
        assertEquals(0, store.maintenance().insertTasksIfAbsent(again));
        assertEquals(0, store.maintenance().insertTasksIfAbsent(List.of()));
        assertEquals(done, store.maintenance().findTask(done.id()).orElseThrow());
        List<MaintenanceTask> tasks = store.maintenance().tasksOf(WINDOWS);
        assertEquals(List.of(d1, d1, d2, d3), tasks.stream().map(t -> t.id().due()).toList());
        assertEquals(List.of("U-1", "U-2", "U-1", "U-1"), tasks.stream().map(t -> t.id().target()).toList());
        assertEquals(MaintenanceTask.Status.DONE, tasks.get(0).status());
        assertThrows(IllegalArgumentException.class, () -> store.maintenance().insertTasksIfAbsent(List.of(done)));
    }

    @Test
    @DisplayName("WA-3 completing from a stale version is refused and the first completion is kept")
    void staleCompletionIsRefused() {
        MaintenanceTask t = task(WINDOWS, "U-1", LocalDate.of(2024, 2, 29));
        store.maintenance().insertTasksIfAbsent(List.of(t));
        MaintenanceTask read = store.maintenance().findTask(t.id()).orElseThrow();
        MaintenanceTask done = store.maintenance().updateTask(read.withDone(AT, STAFF));
        assertEquals(2, done.version());
        assertEquals(AT, done.doneAt());
        StaleWriteException e = assertThrows(StaleWriteException.class,
                () -> store.maintenance().updateTask(read.withDone(AT.plusSeconds(60), Actor.staff("S-2"))));
        assertEquals(t.idText(), e.recordId());
        assertEquals(done, store.maintenance().findTask(t.id()).orElseThrow());
        MaintenanceTask missing = task(WINDOWS, "U-9", LocalDate.of(2024, 2, 29)).withVersion(1);
        assertThrows(StaleWriteException.class, () -> store.maintenance().updateTask(missing.withDone(AT, STAFF)));
        assertEquals(List.of(done), store.maintenance().tasksOf(WINDOWS));
    }

    @Test
    @DisplayName("WA-3 overdue: due before the date and not done, by due date then target; due on the date is not overdue")
    void overdueOrderAndBoundary() {
        LocalDate asOf = LocalDate.of(2024, 6, 1);
        List<MaintenanceTask> all = List.of(task(WINDOWS, "U-2", LocalDate.of(2024, 3, 31)),
                task(WINDOWS, "U-1", LocalDate.of(2024, 3, 31)), task(PIPES, "U-1", LocalDate.of(2024, 3, 31)),
                task(PIPES, "U-3", LocalDate.of(2024, 2, 29)), task(WINDOWS, "U-1", asOf.minusDays(1)),
                task(WINDOWS, "U-1", asOf), task(WINDOWS, "U-1", LocalDate.of(2024, 5, 15)),
                task(MaintenancePlanId.of(EstateId.of("E-2"), "plaster", MaintenanceScope.UNIT), "U-7",
                        LocalDate.of(2024, 1, 31)));
        store.maintenance().insertTasksIfAbsent(all);
        MaintenanceTask doneOne = store.maintenance().findTask(all.get(6).id()).orElseThrow();
        store.maintenance().updateTask(doneOne.withDone(AT, STAFF));

        List<String> expected = List.of(
                "E-1/pipe-leaks/UNIT/U-3/2024-02-29",
                "E-1/doors-windows/UNIT/U-1/2024-03-31",
                "E-1/pipe-leaks/UNIT/U-1/2024-03-31",
                "E-1/doors-windows/UNIT/U-2/2024-03-31",
                "E-1/doors-windows/UNIT/U-1/2024-05-31");
        assertEquals(expected, store.maintenance().overdue(ESTATE, asOf).stream().map(MaintenanceTask::idText).toList());
        assertEquals(List.of(), store.maintenance().overdue(ESTATE, LocalDate.of(2024, 2, 29)));
        assertEquals(1, store.maintenance().overdue(EstateId.of("E-2"), asOf).size());
        List<MaintenanceTask> reference = store.maintenance().tasksOf(WINDOWS).stream()
                .filter(t -> t.status() == MaintenanceTask.Status.DUE && t.id().due().isBefore(asOf))
                .sorted(MaintenanceRepository.overdueOrder()).toList();
        assertEquals(reference, store.maintenance().overdue(ESTATE, asOf).stream()
                .filter(t -> t.id().plan().equals(WINDOWS)).toList());
    }
}
