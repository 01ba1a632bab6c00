package dev.aftersales.warranty.service;

import dev.aftersales.common.Actor;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.Building;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.Ownership;
import dev.aftersales.property.PropertyNotFoundException;
import dev.aftersales.property.Unit;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.step.StepContext;
import dev.aftersales.step.StepEffects;
import dev.aftersales.warranty.MaintenancePlan;
import dev.aftersales.warranty.MaintenancePlanId;
import dev.aftersales.warranty.MaintenancePlanSaved;
import dev.aftersales.warranty.MaintenanceSchedule;
import dev.aftersales.warranty.MaintenanceScope;
import dev.aftersales.warranty.MaintenanceTask;
import dev.aftersales.warranty.MaintenanceTaskCompleted;
import dev.aftersales.warranty.MaintenanceTaskException;
import dev.aftersales.warranty.MaintenanceTaskId;
import dev.aftersales.warranty.MissingWarrantyDataException;
import dev.aftersales.warranty.NoTermForPlanException;
import dev.aftersales.warranty.WarrantySettings;
import dev.aftersales.warranty.WarrantyTerms;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proactive inspections and maintenance while the warranty runs (rule WA-3): the estates' plans
 * per component, the dated tasks they generate per unit or building, their completion and the
 * overdue tasks. Reached as {@code desk.maintenance()}; dates follow {@link MaintenanceSchedule}.
 *
 * <p>Generating is idempotent: a task is keyed by plan, target and due date and inserted only if
 * absent, so generating again, also from two threads at once, stores one set. A task's completion
 * is a step of the desk's pipeline, stamped with the clock's instant, recorded once. Saving a plan
 * publishes {@link MaintenancePlanSaved}, completing a task {@link MaintenanceTaskCompleted}, through
 * the pipeline (in the step's transaction to the outbox when the store has one, else to the
 * listeners after the commit); generating tasks publishes nothing. Needs a store
 * with a {@link dev.aftersales.spi.MaintenanceRepository} and warranty settings (the memory and
 * JDBC stores). Logs ids and counts only.
 */
public final class MaintenanceService {

    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceService.class);
    private static final int PAGE = 500;
    private static final int ATTEMPTS = 3;

    private final AfterSalesStore store;
    private final Clock clock;
    private final IdGenerator ids;
    private final StepEffects effects;
    private final MaintenanceSchedule schedule;

    /**
     * Creates the service over the desk's step context.
     *
     * @param context the store, clock and step pipeline
     * @param terms   the terms of the desk's catalogue
     * @throws NullPointerException if an argument is null
     */
    public MaintenanceService(StepContext context, WarrantyTerms terms) {
        Objects.requireNonNull(context, "context");
        this.store = context.store();
        this.clock = context.clock();
        this.ids = context.ids();
        this.effects = context.effects();
        this.schedule = new MaintenanceSchedule(terms);
    }

    /**
     * Saves a plan (rule WA-3), optimistically: version {@code 0} for a new plan, else the version
     * it was read at. A changed interval applies to the tasks generated afterwards; tasks already
     * generated keep their dates. Publishes {@link MaintenancePlanSaved} with the new version.
     *
     * @param plan the plan
     * @return the stored plan, with its new version
     * @throws NullPointerException                   if the plan is null
     * @throws PropertyNotFoundException              if the estate is not registered
     * @throws NoTermForPlanException                 if the estate has no settings, or gives no
     *                                                term for the component; nothing is written
     * @throws dev.aftersales.spi.StaleWriteException if someone else saved the plan in between
     */
    public MaintenancePlan savePlan(MaintenancePlan plan) {
        Objects.requireNonNull(plan, "plan");
        MaintenancePlanId id = plan.id();
        String eventId = ids.next("EV");
        MaintenancePlan saved = effects.<DomainEvent, MaintenancePlan>run(published -> {
            store.estates().findEstate(id.estate())
                    .orElseThrow(() -> new PropertyNotFoundException("estate", id.estate().value()));
            WarrantySettings settings = store.warrantySettings().find(id.estate())
                    .orElseThrow(() -> new NoTermForPlanException(id, "warrantySettings"));
            schedule.requireTerm(plan, settings);
            MaintenancePlan stored = store.maintenance().savePlan(plan);
            published.add(new MaintenancePlanSaved(eventId, clock.instant(), stored.id(), stored.version()));
            return stored;
        });
        LOG.debug("maintenance plan {} saved at version {}", id.text(), saved.version());
        return saved;
    }

    /**
     * Lists an estate's plans.
     *
     * @param estate the estate
     * @return the plans ordered by component key, then scope
     * @throws NullPointerException if the estate is null
     */
    public List<MaintenancePlan> plansOf(EstateId estate) {
        Objects.requireNonNull(estate, "estate");
        return effects.read(() -> store.maintenance().plansOf(estate));
    }

    /**
     * Generates the tasks of an estate's plans due before a horizon (rule WA-3): for each UNIT plan
     * and handed-over unit, for each BUILDING plan and building with a completion acceptance date,
     * the tasks due while the term runs. Tasks already stored are left as they are. A unit or
     * building whose term needs a setting the estate lacks gets none. One unit of work per page of
     * units or buildings of a plan; if a concurrent generation stored some of the same tasks
     * first, the page is generated again and skips them.
     *
     * @param estate the estate
     * @param until  the horizon: the first due date not generated (exclusive)
     * @return how many tasks were inserted
     * @throws NullPointerException if an argument is null
     */
    public int generateTasks(EstateId estate, LocalDate until) {
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(until, "until");
        List<MaintenancePlan> plans = plansOf(estate);
        Optional<WarrantySettings> settings = plans.isEmpty() ? Optional.empty()
                : effects.read(() -> store.warrantySettings().find(estate));
        if (settings.isEmpty()) {
            return 0;
        }
        int inserted = 0;
        for (MaintenancePlan plan : plans) {
            PageRequest request = PageRequest.first(PAGE);
            while (true) {
                PageRequest page = request;
                Generated done = withRetries(() -> effects.<DomainEvent, Generated>run(
                        published -> generatePage(plan, settings.get(), page, until)));
                inserted += done.inserted();
                if (!done.hasMore()) {
                    break;
                }
                request = request.next();
            }
        }
        LOG.debug("maintenance tasks of estate {} due before {}: {} inserted", estate.value(), until, inserted);
        return inserted;
    }

    /**
     * Records that a task is done (rule WA-3), as a step of the desk's pipeline stamped with the
     * clock's instant, publishing {@link MaintenanceTaskCompleted}. Nothing is written, nor
     * published, when it is refused.
     *
     * @param task  the task's key
     * @param actor who did it
     * @return the stored task, DONE
     * @throws NullPointerException                   if an argument is null
     * @throws MaintenanceTaskException               if the task was not generated, or is already done
     * @throws dev.aftersales.spi.StaleWriteException if it was completed at the same time by another
     */
    public MaintenanceTask complete(MaintenanceTaskId task, Actor actor) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(actor, "actor");
        String eventId = ids.next("EV");
        MaintenanceTask done = effects.<DomainEvent, MaintenanceTask>run(published -> {
            MaintenanceTask stored = store.maintenance().findTask(task)
                    .orElseThrow(() -> new MaintenanceTaskException(task, MaintenanceTaskException.Reason.NOT_FOUND));
            if (stored.status() == MaintenanceTask.Status.DONE) {
                throw new MaintenanceTaskException(task, MaintenanceTaskException.Reason.ALREADY_DONE);
            }
            MaintenanceTask updated = store.maintenance().updateTask(stored.withDone(clock.instant(), actor));
            published.add(new MaintenanceTaskCompleted(eventId, updated.doneAt(), updated.id(), updated.doneBy()));
            return updated;
        });
        LOG.debug("maintenance task {} done", task.text());
        return done;
    }

    /**
     * Lists a plan's tasks.
     *
     * @param plan the plan's key
     * @return the tasks ordered by due date, then target
     * @throws NullPointerException if the plan is null
     */
    public List<MaintenanceTask> tasksOf(MaintenancePlanId plan) {
        Objects.requireNonNull(plan, "plan");
        return effects.read(() -> store.maintenance().tasksOf(plan));
    }

    /**
     * Lists an estate's overdue tasks (rule WA-3): not done and due before a date.
     *
     * @param estate the estate
     * @param asOf   the date; a task due on it is not overdue yet
     * @return the tasks ordered by due date, then target (then component and scope)
     * @throws NullPointerException if an argument is null
     */
    public List<MaintenanceTask> overdue(EstateId estate, LocalDate asOf) {
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(asOf, "asOf");
        return effects.read(() -> store.maintenance().overdue(estate, asOf));
    }

    private Generated generatePage(MaintenancePlan plan, WarrantySettings settings, PageRequest request,
                                   LocalDate until) {
        MaintenancePlanId id = plan.id();
        List<MaintenanceTask> tasks = new ArrayList<>();
        boolean more;
        if (id.scope() == MaintenanceScope.UNIT) {
            Page<Unit> units = store.units().findByEstate(id.estate(), request);
            for (Unit unit : units.items()) {
                LocalDate handover = unit.currentOwnership() == null ? null : store.ownerships()
                        .findById(unit.currentOwnership()).map(Ownership::handedOverOn).orElse(null);
                if (handover != null) {
                    termEnd(() -> schedule.unitTermEnd(settings, unit.building(), handover, id.component()))
                            .ifPresent(end -> MaintenanceSchedule.dueDates(handover, plan.intervalMonths(), end, until)
                                    .forEach(d -> tasks.add(MaintenanceTask.due(MaintenanceTaskId.ofUnit(id, unit.id(), d)))));
                }
            }
            more = units.hasMore();
        } else {
            Page<Building> buildings = store.estates().findBuildingsOfEstate(id.estate(), request);
            for (Building building : buildings.items()) {
                Optional<LocalDate> start = settings.acceptanceOf(building.id());
                if (start.isPresent()) {
                    termEnd(() -> schedule.buildingTermEnd(settings, building.id(), id.component()))
                            .ifPresent(end -> MaintenanceSchedule.dueDates(start.get(), plan.intervalMonths(), end, until)
                                    .forEach(d -> tasks.add(MaintenanceTask.due(
                                            MaintenanceTaskId.ofBuilding(id, building.id(), d)))));
                }
            }
            more = buildings.hasMore();
        }
        return new Generated(store.maintenance().insertTasksIfAbsent(tasks), more);
    }

    private static Optional<LocalDate> termEnd(java.util.function.Supplier<Optional<LocalDate>> end) {
        try {
            return end.get();
        } catch (MissingWarrantyDataException | IllegalArgumentException e) {
            return Optional.empty();   // no term for this target (yet): no tasks
        }
    }

    private static <T> T withRetries(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (StaleWriteException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.debug("maintenance tasks generated concurrently, attempt {} again", attempt + 1);
            }
        }
    }

    /** What one page of a plan's targets gave. */
    private record Generated(int inserted, boolean hasMore) {
    }
}
