package dev.aftersales.warranty;

import dev.aftersales.property.EstateId;
import dev.aftersales.property.UnitId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * The expiry reminder of one component term of a handed-over unit (rule WA-4): due at the start
 * of the local date {@code lead} before the term ends, in the desk's zone, and fired exactly once
 * per unit, component and term end. A reminder is <em>pending</em> until a sweep fires it; it is
 * then stamped with the instant the sweep recorded it ({@link #recordedAt()}), while the event it
 * gives keeps the instant it was due, also when a sweep runs late after downtime.
 *
 * @param unit       the unit
 * @param estate     the unit's estate
 * @param component  the component key, e.g. {@code pipe-leaks}
 * @param termEnd    the first date the term no longer covers
 * @param dueAt      the instant the reminder is due: the start of {@code termEnd - lead} in the zone
 * @param recordedAt the instant a sweep fired it, or null while pending
 * @param delivered  whether its event has been handed on (to the outbox, or to every listener)
 */
public record WarrantyReminder(UnitId unit, EstateId estate, String component, LocalDate termEnd, Instant dueAt,
                               Instant recordedAt, boolean delivered) {

    /** The default lead: one month before the term ends (rule WA-4). */
    public static final Period DEFAULT_LEAD = Period.ofMonths(1);

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if a field other than {@code recordedAt} is null
     * @throws IllegalArgumentException if the component key is blank, or a pending reminder is delivered
     */
    public WarrantyReminder {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(termEnd, "termEnd");
        Objects.requireNonNull(dueAt, "dueAt");
        if (component.isBlank()) {
            throw new IllegalArgumentException("component: blank");
        }
        if (recordedAt == null && delivered) {
            throw new IllegalArgumentException("delivered: a pending reminder has not been handed on");
        }
    }

    /**
     * Schedules the reminder of a stored term: due at the start of the local date {@code lead}
     * before the term ends, in the zone (rule WA-4). The date is {@code termEnd.minus(lead)}, so a
     * term ending on 31 March with a lead of one month is reminded on 28 (or 29) February.
     *
     * @param term the stored term
     * @param lead how long before the term's end, not negative
     * @param zone the zone whose midnight starts the day
     * @return the pending reminder
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the lead is negative
     */
    public static WarrantyReminder scheduled(UnitTerm term, Period lead, ZoneId zone) {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(zone, "zone");
        LocalDate on = term.end().minus(requireLead(lead));
        return new WarrantyReminder(term.unit(), term.estate(), term.component(), term.end(),
                on.atStartOfDay(zone).toInstant(), null, false);
    }

    /**
     * Checks a reminder lead.
     *
     * @param lead the lead
     * @return the lead
     * @throws NullPointerException     if it is null
     * @throws IllegalArgumentException if a part of it is negative
     */
    public static Period requireLead(Period lead) {
        Objects.requireNonNull(lead, "lead");
        if (lead.isNegative()) {
            throw new IllegalArgumentException("warrantyReminderLead: not negative, got " + lead);
        }
        return lead;
    }

    /**
     * Copies as fired by a sweep.
     *
     * @param at        the instant the sweep recorded it
     * @param delivered whether its event was handed on in the same transaction (to the outbox)
     * @return the fired reminder
     * @throws NullPointerException if the instant is null
     */
    public WarrantyReminder withFired(Instant at, boolean delivered) {
        return new WarrantyReminder(unit, estate, component, termEnd, dueAt, Objects.requireNonNull(at, "at"),
                delivered);
    }

    /**
     * Copies as delivered.
     *
     * @return the delivered reminder
     * @throws IllegalStateException if it is still pending
     */
    public WarrantyReminder withDelivered() {
        if (recordedAt == null) {
            throw new IllegalStateException("reminder " + eventId() + " is pending");
        }
        return new WarrantyReminder(unit, estate, component, termEnd, dueAt, recordedAt, true);
    }

    /**
     * Tells whether no sweep has fired it yet.
     *
     * @return true while pending
     */
    public boolean isPending() {
        return recordedAt == null;
    }

    /**
     * Tells whether this reminder is of the same unit, component and term end as another: the key
     * under which a reminder fires at most once.
     *
     * @param other the other reminder
     * @return true if the keys are equal
     */
    public boolean sameKey(WarrantyReminder other) {
        return unit.equals(other.unit) && component.equals(other.component) && termEnd.equals(other.termEnd);
    }

    /**
     * Gets the stable id of the reminder's event, the same on every delivery: derived from the
     * unit, component and term end (a name-based UUID), so it holds no personal data.
     *
     * @return e.g. {@code wr-3f2c...}
     */
    public String eventId() {
        String key = unit.value() + '|' + component + '|' + termEnd;
        return "wr-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Gets the event of a fired reminder.
     *
     * @return the event, occurring at the instant the reminder was due
     * @throws IllegalStateException if it is still pending
     */
    public WarrantyReminderDue event() {
        if (recordedAt == null) {
            throw new IllegalStateException("reminder " + eventId() + " is pending");
        }
        return new WarrantyReminderDue(eventId(), dueAt, recordedAt, unit, estate, component, termEnd);
    }
}
