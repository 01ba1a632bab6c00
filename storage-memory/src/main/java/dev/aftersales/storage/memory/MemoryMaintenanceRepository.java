package dev.aftersales.storage.memory;

import dev.aftersales.property.EstateId;
import dev.aftersales.spi.MaintenanceRepository;
import dev.aftersales.warranty.MaintenancePlan;
import dev.aftersales.warranty.MaintenancePlanId;
import dev.aftersales.warranty.MaintenanceTask;
import dev.aftersales.warranty.MaintenanceTaskId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Maintenance plans and tasks in memory (rule WA-3): one {@link MemoryTable} of plans keyed by
 * plan key and one of tasks keyed by task key, sharing the store's {@link MemoryTransactions}.
 * Tasks are inserted at version 1 if absent; of two units of work inserting the same task, the
 * one committing second fails with a stale write. Queries scan (memory is for tests and small
 * installations). Thread-safe; follows every contract of {@link MaintenanceRepository}; logs nothing.
 */
public final class MemoryMaintenanceRepository implements MaintenanceRepository {

    private static final Comparator<MaintenancePlan> PLAN_ORDER = Comparator
            .comparing((MaintenancePlan p) -> p.id().component()).thenComparing(p -> p.id().scope().name());
    private static final Comparator<MaintenanceTask> TASK_ORDER = Comparator
            .comparing((MaintenanceTask t) -> t.id().due()).thenComparing(t -> t.id().target());

    private final MemoryTransactions transactions;
    private final MemoryTable<MaintenancePlan> plans;
    private final MemoryTable<MaintenanceTask> tasks;

    /**
     * Creates empty tables.
     *
     * @param transactions the store's transaction manager, shared with its other repositories
     */
    public MemoryMaintenanceRepository(MemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.plans = new MemoryTable<>("maintenancePlans", transactions);
        this.tasks = new MemoryTable<>("maintenanceTasks", transactions);
    }

    @Override
    public MaintenancePlan savePlan(MaintenancePlan plan) {
        return plans.save(Objects.requireNonNull(plan, "plan"));
    }

    @Override
    public Optional<MaintenancePlan> findPlan(MaintenancePlanId id) {
        return plans.find(Objects.requireNonNull(id, "id").text());
    }

    @Override
    public List<MaintenancePlan> plansOf(EstateId estate) {
        Objects.requireNonNull(estate, "estate");
        return plans.select(p -> p.id().estate().equals(estate), PLAN_ORDER);
    }

    @Override
    public int insertTasksIfAbsent(List<MaintenanceTask> given) {
        List<MaintenanceTask> checked = MaintenanceRepository.checkedNew(given);
        return transactions.inTransaction(() -> {
            int inserted = 0;
            for (MaintenanceTask t : checked) {
                if (tasks.find(t.idText()).isEmpty()) {
                    tasks.save(t);
                    inserted++;
                }
            }
            return inserted;
        });
    }

    @Override
    public Optional<MaintenanceTask> findTask(MaintenanceTaskId id) {
        return tasks.find(Objects.requireNonNull(id, "id").text());
    }

    @Override
    public MaintenanceTask updateTask(MaintenanceTask task) {
        Objects.requireNonNull(task, "task");
        if (task.version() == 0) {
            throw new IllegalArgumentException("task: a stored task of version 1 or more, got version 0");
        }
        return tasks.save(task);
    }

    @Override
    public List<MaintenanceTask> tasksOf(MaintenancePlanId plan) {
        Objects.requireNonNull(plan, "plan");
        return tasks.select(t -> t.id().plan().equals(plan), TASK_ORDER);
    }

    @Override
    public List<MaintenanceTask> overdue(EstateId estate, LocalDate asOf) {
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(asOf, "asOf");
        return tasks.select(t -> t.id().plan().estate().equals(estate) && t.status() == MaintenanceTask.Status.DUE
                && t.id().due().isBefore(asOf), MaintenanceRepository.overdueOrder());
    }
}
