package dev.aftersales.storage.jdbc.warranty;

import dev.aftersales.common.Actor;
import dev.aftersales.property.EstateId;
import dev.aftersales.spi.MaintenanceRepository;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.storage.jdbc.JdbcRunner;
import dev.aftersales.storage.jdbc.Params;
import dev.aftersales.storage.jdbc.Row;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.storage.jdbc.UnexpectedRowCountException;
import dev.aftersales.storage.jdbc.VersionedTable;
import dev.aftersales.warranty.MaintenancePlan;
import dev.aftersales.warranty.MaintenancePlanId;
import dev.aftersales.warranty.MaintenanceScope;
import dev.aftersales.warranty.MaintenanceTask;
import dev.aftersales.warranty.MaintenanceTaskId;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Maintenance plans and tasks (rule WA-3) in the tables {@code maintenance_plan} (one row per
 * plan, id = plan key text, optimistic version) and {@code maintenance_task} (primary key estate,
 * component, scope, target, due date) of schema version 14. A task is inserted with
 * {@link JdbcRunner#insertIfAbsent}, so of two transactions inserting it the second skips it (it
 * waits for the first one's row lock); the overdue query reads the index on (estate, due date).
 */
public final class JdbcMaintenanceRepository implements MaintenanceRepository {

    private static final List<String> PLAN_COLUMNS = List.of("estate_id", "component_key", "scope", "interval_months",
            "task_code");
    private static final List<String> KEY = List.of("estate_id", "component_key", "scope", "target_id", "due_date");
    private static final List<String> TASK_COLUMNS = List.of("estate_id", "component_key", "scope", "target_id",
            "due_date", "done_at", "done_by_kind", "done_by_id", "version");
    private static final String KEY_MATCH = "estate_id = ? AND component_key = ? AND scope = ? AND target_id = ?"
            + " AND due_date = ?";

    private final JdbcRunner jdbc;
    private final VersionedTable plans;
    private final String tasks;
    private final String taskSelect;

    /**
     * Creates the repository.
     *
     * @param jdbc   the runner of the store
     * @param prefix the table prefix
     */
    public JdbcMaintenanceRepository(JdbcRunner jdbc, TablePrefix prefix) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.plans = new VersionedTable(jdbc, prefix.table("maintenance_plan"), PLAN_COLUMNS);
        this.tasks = prefix.table("maintenance_task");
        this.taskSelect = "SELECT " + String.join(", ", TASK_COLUMNS) + " FROM " + tasks;
    }

    @Override
    public MaintenancePlan savePlan(MaintenancePlan plan) {
        Objects.requireNonNull(plan, "plan");
        MaintenancePlanId id = plan.id();
        return plans.save(plan, p -> p.text(id.estate().value()).text(id.component()).name(id.scope())
                .intValue(plan.intervalMonths()).text(plan.taskCode()));
    }

    @Override
    public Optional<MaintenancePlan> findPlan(MaintenancePlanId id) {
        Objects.requireNonNull(id, "id");
        return jdbc.queryOptional(planSelect() + " WHERE id = ?", p -> p.text(id.text()), JdbcMaintenanceRepository::plan);
    }

    @Override
    public List<MaintenancePlan> plansOf(EstateId estate) {
        Objects.requireNonNull(estate, "estate");
        return jdbc.query(planSelect() + " WHERE estate_id = ? ORDER BY component_key, scope", p -> p.text(estate.value()),
                JdbcMaintenanceRepository::plan);
    }

    @Override
    public int insertTasksIfAbsent(List<MaintenanceTask> given) {
        List<MaintenanceTask> checked = MaintenanceRepository.checkedNew(given);
        return jdbc.transactions().inTransaction(() -> {
            int inserted = 0;
            for (MaintenanceTask t : checked) {
                if (jdbc.insertIfAbsent(tasks, TASK_COLUMNS, KEY, p -> key(p, t.id()).instant(null).text(null).text(null)
                        .longValue(1))) {
                    inserted++;
                }
            }
            return inserted;
        });
    }

    @Override
    public Optional<MaintenanceTask> findTask(MaintenanceTaskId id) {
        Objects.requireNonNull(id, "id");
        return jdbc.queryOptional(taskSelect + " WHERE " + KEY_MATCH, p -> key(p, id), JdbcMaintenanceRepository::task);
    }

    @Override
    public MaintenanceTask updateTask(MaintenanceTask task) {
        Objects.requireNonNull(task, "task");
        if (task.version() == 0) {
            throw new IllegalArgumentException("task: a stored task of version 1 or more, got version 0");
        }
        String sql = "UPDATE " + tasks + " SET done_at = ?, done_by_kind = ?, done_by_id = ?, version = ? WHERE "
                + KEY_MATCH + " AND version = ?";
        return jdbc.transactions().inTransaction(() -> {
            int count = jdbc.update(sql, p -> key(p.instant(task.doneAt())
                    .name(task.doneBy() == null ? null : task.doneBy().kind())
                    .text(task.doneBy() == null ? null : task.doneBy().id()).longValue(task.version() + 1), task.id())
                    .longValue(task.version()));
            if (count == 0) {
                long stored = findTask(task.id()).map(MaintenanceTask::version).orElse(-1L);
                throw new StaleWriteException("MaintenanceTask", task.idText(), task.version(), stored);
            }
            if (count != 1) {
                throw new UnexpectedRowCountException(sql, 1, count);
            }
            return task.withVersion(task.version() + 1);
        });
    }

    @Override
    public List<MaintenanceTask> tasksOf(MaintenancePlanId plan) {
        Objects.requireNonNull(plan, "plan");
        return jdbc.query(taskSelect + " WHERE estate_id = ? AND component_key = ? AND scope = ?"
                + " ORDER BY due_date, target_id", p -> p.text(plan.estate().value()).text(plan.component())
                .name(plan.scope()), JdbcMaintenanceRepository::task);
    }

    @Override
    public List<MaintenanceTask> overdue(EstateId estate, LocalDate asOf) {
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(asOf, "asOf");
        return jdbc.query(taskSelect + " WHERE estate_id = ? AND due_date < ? AND done_at IS NULL"
                + " ORDER BY due_date, target_id, component_key, scope", p -> p.text(estate.value()).date(asOf),
                JdbcMaintenanceRepository::task);
    }

    private String planSelect() {
        return "SELECT id, " + String.join(", ", PLAN_COLUMNS) + ", version FROM " + plans.table();
    }

    private static Params key(Params p, MaintenanceTaskId id) throws SQLException {
        MaintenancePlanId plan = id.plan();
        return p.text(plan.estate().value()).text(plan.component()).name(plan.scope()).text(id.target()).date(id.due());
    }

    private static MaintenancePlan plan(Row r) throws SQLException {
        MaintenancePlanId id = MaintenancePlanId.of(EstateId.of(r.text("estate_id")), r.text("component_key"),
                r.enumValue("scope", MaintenanceScope.class));
        return new MaintenancePlan(id, r.intValue("interval_months"), r.text("task_code"), r.longValue("version"));
    }

    private static MaintenanceTask task(Row r) throws SQLException {
        MaintenancePlanId plan = MaintenancePlanId.of(EstateId.of(r.text("estate_id")), r.text("component_key"),
                r.enumValue("scope", MaintenanceScope.class));
        Actor.Kind kind = r.enumValue("done_by_kind", Actor.Kind.class);
        return new MaintenanceTask(new MaintenanceTaskId(plan, r.text("target_id"), r.date("due_date")),
                r.instant("done_at"), kind == null ? null : new Actor(kind, r.text("done_by_id")), r.longValue("version"));
    }
}
