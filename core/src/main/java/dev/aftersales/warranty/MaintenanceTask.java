package dev.aftersales.warranty;

import dev.aftersales.common.Actor;
import dev.aftersales.common.Versioned;
import java.time.Instant;
import java.util.Objects;

/**
 * A dated task of a maintenance plan for one unit or building (rule WA-3): DUE until its
 * completion is recorded, then DONE with the instant and the actor. A task is completed once.
 *
 * @param id      the plan, target and due date
 * @param doneAt  when its completion was recorded, or null while due
 * @param doneBy  who recorded it, or null while due
 * @param version the version the task was read at, {@code 0} if never stored (see {@link Versioned})
 */
public record MaintenanceTask(MaintenanceTaskId id, Instant doneAt, Actor doneBy, long version)
        implements Versioned<MaintenanceTask> {

    /** Whether a task is still to be done. */
    public enum Status {
        /** Not done yet. */
        DUE,
        /** Its completion is recorded. */
        DONE
    }

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if the id is null
     * @throws IllegalArgumentException if only one of done-at and done-by is given, or the version is negative
     */
    public MaintenanceTask {
        Objects.requireNonNull(id, "id");
        if ((doneAt == null) != (doneBy == null)) {
            throw new IllegalArgumentException("doneAt and doneBy: both or neither");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version: zero or more, got " + version);
        }
    }

    /**
     * Creates a new due task (version {@code 0}).
     *
     * @param id the plan, target and due date
     * @return the task
     */
    public static MaintenanceTask due(MaintenanceTaskId id) {
        return new MaintenanceTask(id, null, null, 0);
    }

    /**
     * Gets the status.
     *
     * @return DONE once its completion is recorded, else DUE
     */
    public Status status() {
        return doneAt == null ? Status.DUE : Status.DONE;
    }

    /**
     * Copies as done.
     *
     * @param at    when
     * @param actor by whom
     * @return the copy
     * @throws NullPointerException if an argument is null
     */
    public MaintenanceTask withDone(Instant at, Actor actor) {
        return new MaintenanceTask(id, Objects.requireNonNull(at, "at"), Objects.requireNonNull(actor, "actor"), version);
    }

    /**
     * Copies with another version. Used by storage adapters only.
     *
     * @param version the version
     * @return the copy
     */
    @Override
    public MaintenanceTask withVersion(long version) {
        return new MaintenanceTask(id, doneAt, doneBy, version);
    }

    /**
     * Gets the key text, {@code estate/component/SCOPE/target/due}.
     *
     * @return the key text
     */
    @Override
    public String idText() {
        return id.text();
    }
}
