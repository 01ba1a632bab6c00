package dev.aftersales.spi;

import dev.aftersales.property.EstateId;
import dev.aftersales.warranty.MaintenancePlan;
import dev.aftersales.warranty.MaintenancePlanId;
import dev.aftersales.warranty.MaintenanceTask;
import dev.aftersales.warranty.MaintenanceTaskId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Stores the estates' maintenance plans and their dated tasks (rule WA-3). A task is inserted
 * once under its key (plan, target, due date), so generating the tasks again, also from two
 * threads at once, stores one set; its completion is an optimistic update.
 *
 * <p>Common contracts (see the {@code spi} package): saves are optimistic (version {@code 0}
 * inserts, any other version replaces exactly that stored version, else
 * {@link StaleWriteException} and nothing is written); a write joins the calling thread's
 * {@link UnitOfWork} if one is open, else it is atomic on its own; reads see the calling thread's
 * own uncommitted writes and never another thread's; implementations are thread-safe.
 */
public interface MaintenanceRepository {

    /**
     * Inserts or replaces a plan. Atomic; joins the current unit of work.
     *
     * @param plan the plan; version {@code 0} to insert, else the version it was read at
     * @return the stored copy, with version one more than the given one
     * @throws NullPointerException if the plan is null
     * @throws StaleWriteException  if the plan is inserted again, or updated from a version that is
     *                              not the stored one; nothing is written
     */
    MaintenancePlan savePlan(MaintenancePlan plan);

    /**
     * Finds a plan.
     *
     * @param id the plan's key
     * @return the plan at its stored version, or empty
     * @throws NullPointerException if the id is null
     */
    Optional<MaintenancePlan> findPlan(MaintenancePlanId id);

    /**
     * Lists an estate's plans.
     *
     * @param estate the estate
     * @return the plans ordered by component key, then scope name (BUILDING before UNIT)
     * @throws NullPointerException if the estate is null
     */
    List<MaintenancePlan> plansOf(EstateId estate);

    /**
     * Inserts the tasks whose keys are not stored yet and leaves the others as they are (done or
     * not). Joins the current unit of work; a concurrent insert of the same key in another unit of
     * work either is seen and skipped, or fails this unit of work with {@link StaleWriteException}
     * (nothing of it is kept, and running it again skips what the other one stored).
     *
     * @param tasks due tasks of version {@code 0}
     * @return how many were inserted
     * @throws NullPointerException     if the list or a task is null
     * @throws IllegalArgumentException if a task is done or not of version {@code 0}
     * @throws StaleWriteException      see above
     */
    int insertTasksIfAbsent(List<MaintenanceTask> tasks);

    /**
     * Finds a task.
     *
     * @param id the task's key
     * @return the task at its stored version, or empty
     * @throws NullPointerException if the id is null
     */
    Optional<MaintenanceTask> findTask(MaintenanceTaskId id);

    /**
     * Replaces a stored task (its completion). Atomic; joins the current unit of work.
     *
     * @param task the task, at the version it was read at (1 or more)
     * @return the stored copy, with version one more
     * @throws NullPointerException     if the task is null
     * @throws IllegalArgumentException if the task's version is {@code 0} (tasks are inserted by
     *                                  {@link #insertTasksIfAbsent})
     * @throws StaleWriteException      if the stored version is another, or the task is not stored;
     *                                  nothing is written
     */
    MaintenanceTask updateTask(MaintenanceTask task);

    /**
     * Lists a plan's tasks.
     *
     * @param plan the plan's key
     * @return the tasks ordered by due date, then target
     * @throws NullPointerException if the plan is null
     */
    List<MaintenanceTask> tasksOf(MaintenancePlanId plan);

    /**
     * Lists an estate's overdue tasks: not done, due before a date.
     *
     * @param estate the estate
     * @param asOf   the first date a task due on it is not yet overdue
     * @return the tasks ordered by due date, target, component key and scope name
     * @throws NullPointerException if an argument is null
     */
    List<MaintenanceTask> overdue(EstateId estate, LocalDate asOf);

    /**
     * Checks the tasks given to {@link #insertTasksIfAbsent}: due, of version {@code 0}.
     *
     * @param tasks the tasks
     * @return the tasks, an unmodifiable copy
     * @throws NullPointerException     if the list or a task is null
     * @throws IllegalArgumentException if a task is done or not of version {@code 0}
     */
    static List<MaintenanceTask> checkedNew(List<MaintenanceTask> tasks) {
        List<MaintenanceTask> copy = List.copyOf(tasks);
        for (MaintenanceTask t : copy) {
            if (t.version() != 0 || t.status() != MaintenanceTask.Status.DUE) {
                throw new IllegalArgumentException("tasks: new due tasks of version 0 only, got " + t.idText());
            }
        }
        return copy;
    }

    /**
     * Gives the order of {@link #overdue}: due date, target, component key, scope name.
     *
     * @return the comparator
     */
    static java.util.Comparator<MaintenanceTask> overdueOrder() {
        return java.util.Comparator.comparing((MaintenanceTask t) -> t.id().due())
                .thenComparing(t -> t.id().target())
                .thenComparing(t -> t.id().plan().component())
                .thenComparing(t -> t.id().plan().scope().name());
    }
}
