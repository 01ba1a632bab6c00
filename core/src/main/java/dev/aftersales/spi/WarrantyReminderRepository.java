package dev.aftersales.spi;

import dev.aftersales.property.UnitId;
import dev.aftersales.warranty.WarrantyReminder;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Stores the expiry reminders of the units' warranty terms (rule WA-4), one per unit, component and
 * term end, and fires each exactly once, also when several sweepers on several threads or nodes
 * fire at once. Adapters prove their implementation with the TCK class
 * {@code dev.aftersales.testkit.tck.WarrantyReminderContract}.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #scheduleFor} keeps a unit's pending reminders equal to the given ones and never
 *       touches a fired one: a reminder whose key (unit, component, term end) has fired is not
 *       scheduled again.</li>
 *   <li>{@link #fireDue} is atomic and exactly once: every reminder it returns was pending and due,
 *       and is now fired; a reminder is returned by one call only, across concurrent callers.</li>
 *   <li>Fired reminders are undelivered until {@link #markDelivered} (unless fired delivered);
 *       {@link #findUndelivered} returns them for delivery again, so that delivery is at least once.</li>
 *   <li>Lists are ordered by due instant, unit id, component key and term end. A write joins the
 *       calling thread's {@link UnitOfWork} if one is open, else it is atomic on its own; reads see
 *       the calling thread's own uncommitted writes. Implementations are thread-safe.</li>
 * </ul>
 */
public interface WarrantyReminderRepository {

    /**
     * Schedules a unit's reminders: the unit's pending reminders become exactly the given ones
     * (those absent are removed, those of the same key take the given due instant), except that a
     * reminder whose key has already fired is left as it is and not scheduled again.
     *
     * @param unit      the unit
     * @param reminders its pending reminders, at most one per component
     * @throws NullPointerException     if an argument or a reminder is null
     * @throws IllegalArgumentException if a reminder is of another unit, is not pending, or two are of one component
     */
    void scheduleFor(UnitId unit, List<WarrantyReminder> reminders);

    /**
     * Fires up to {@code limit} pending reminders due at or before {@code now}, the earliest first:
     * stamps them fired at {@code now}. Exactly once: each reminder fires in one call only, also
     * across concurrent callers; a reminder another caller is firing at the same time is skipped
     * (or waited for, and then not returned). Atomic; joins the current unit of work, so that a
     * sweeper can fire and write the events to an outbox in one transaction.
     *
     * @param now       the sweep's instant
     * @param limit     the most reminders to fire, at least 1
     * @param delivered whether the caller hands the events on in the same transaction
     * @return the reminders fired by this call, as stored
     * @throws NullPointerException     if the instant is null
     * @throws IllegalArgumentException if the limit is below 1
     */
    List<WarrantyReminder> fireDue(Instant now, int limit, boolean delivered);

    /**
     * Lists fired reminders whose events are not delivered, fired at or before an instant.
     *
     * @param firedAtOrBefore the latest firing instant included (a sweep's instant minus its lease)
     * @param limit           the most to return, at least 1
     * @return the reminders, oldest first
     * @throws NullPointerException     if the instant is null
     * @throws IllegalArgumentException if the limit is below 1
     */
    List<WarrantyReminder> findUndelivered(Instant firedAtOrBefore, int limit);

    /**
     * Marks fired reminders delivered; pending ones and unknown keys are ignored.
     *
     * @param reminders the reminders
     * @throws NullPointerException if the list or a reminder is null
     */
    void markDelivered(List<WarrantyReminder> reminders);

    /**
     * Lists a unit's reminders, pending and fired.
     *
     * @param unit the unit
     * @return its reminders, empty if none
     * @throws NullPointerException if the unit is null
     */
    List<WarrantyReminder> remindersOf(UnitId unit);

    /**
     * Checks the reminders given to {@link #scheduleFor}: each of the unit, pending, one per component.
     *
     * @param unit      the unit
     * @param reminders the reminders
     * @return the reminders, an unmodifiable copy
     * @throws NullPointerException     if an argument or a reminder is null
     * @throws IllegalArgumentException if one is of another unit or fired, or two are of one component
     */
    static List<WarrantyReminder> checked(UnitId unit, List<WarrantyReminder> reminders) {
        Objects.requireNonNull(unit, "unit");
        List<WarrantyReminder> copy = List.copyOf(reminders);
        Set<String> seen = new HashSet<>();
        for (WarrantyReminder r : copy) {
            if (!r.unit().equals(unit)) {
                throw new IllegalArgumentException("reminders: a reminder of another unit");
            }
            if (!r.isPending()) {
                throw new IllegalArgumentException("reminders: only pending reminders are scheduled");
            }
            if (!seen.add(r.component())) {
                throw new IllegalArgumentException("reminders: two reminders of component " + r.component());
            }
        }
        return copy;
    }

    /**
     * Checks a limit.
     *
     * @param limit the limit
     * @return the limit
     * @throws IllegalArgumentException if it is below 1
     */
    static int requireLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: at least 1, got " + limit);
        }
        return limit;
    }
}
