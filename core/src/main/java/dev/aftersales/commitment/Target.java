package dev.aftersales.commitment;

import dev.aftersales.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The target of a commitment term: how long the promise gives from its start (rules SL-3, SL-5,
 * SL-6, SL-11). Four kinds:
 * <ul>
 *   <li>{@link CalendarTime}: elapsed time, the deadline is {@code start + d} (SL-6), e.g. CP-1's
 *       "reply within 24 hours";</li>
 *   <li>{@link BusinessTime}: working time on a named calendar (SL-3), e.g. CV-3's "10 minutes";</li>
 *   <li>{@link WorkingDays}: working days on a named calendar (SL-5), e.g. RP-2's "one working day";</li>
 *   <li>{@link AgreedTime}: the time agreed with the owner in the step that starts the term (SL-11),
 *       e.g. RP-2's "agree a visit time".</li>
 * </ul>
 * Targets are also used as offsets of escalation levels. Construction accepts any value; a
 * negative duration, fewer than one working day, or more than the maximum of its kind is reported
 * by policy validation ({@link CommitmentPolicy#validate}) so that every problem of a policy is
 * named at once.
 *
 * <p>Maximums: a promise to after-sales customers spans at most ten years, so a valid target or
 * offset is at most {@link #MAX_CALENDAR_TIME} of calendar time, {@link #MAX_BUSINESS_TIME} of
 * working time, or {@link #MAX_WORKING_DAYS} working days: the same ten years on a calendar that
 * works every day around the clock, and so never shorter in time on any other calendar. Beyond
 * them the deadline arithmetic (working time in nanoseconds of a {@code long}, about 292 years) can
 * overflow, and a working-days count walks the calendar day by day for millions of years.
 */
public sealed interface Target permits Target.CalendarTime, Target.BusinessTime, Target.WorkingDays,
        Target.AgreedTime {

    /** The most calendar time a valid target or offset gives: ten years of 365 or 366 days, 3,653 days. */
    Duration MAX_CALENDAR_TIME = Duration.ofDays(3653);

    /**
     * The most working time a valid business-time target or offset gives: what ten years hold on a
     * calendar that works around the clock, 3,653 days.
     */
    Duration MAX_BUSINESS_TIME = MAX_CALENDAR_TIME;

    /**
     * The most working days a valid working-days target or offset counts: the days of ten years on
     * a calendar that works every day, 3,653.
     */
    int MAX_WORKING_DAYS = 3653;

    /**
     * Obtains a calendar-time target (rule SL-6).
     *
     * @param duration the elapsed time
     * @return the target
     * @throws NullPointerException if {@code duration} is null
     */
    static Target calendarTime(Duration duration) {
        return new CalendarTime(duration);
    }

    /**
     * Obtains a business-time target on a named calendar (rule SL-3).
     *
     * @param workingTime the working time
     * @param calendarId  the calendar's id in the {@link dev.aftersales.calendar.CalendarRegistry}
     * @return the target
     * @throws NullPointerException if an argument is null
     */
    static Target businessTime(Duration workingTime, String calendarId) {
        return new BusinessTime(workingTime, calendarId);
    }

    /**
     * Obtains a working-days target on a named calendar (rule SL-5).
     *
     * @param days       the number of working days, 1 to {@link #MAX_WORKING_DAYS} for a valid policy
     * @param calendarId the calendar's id
     * @return the target
     * @throws NullPointerException if {@code calendarId} is null
     */
    static Target workingDays(int days, String calendarId) {
        return new WorkingDays(days, calendarId);
    }

    /**
     * Obtains the target "the time agreed in the starting step" (rule SL-11).
     *
     * @return the target
     */
    static Target agreedTime() {
        return AgreedTime.INSTANCE;
    }

    /**
     * Gets the calendar the target counts on.
     *
     * @return the calendar id, empty for calendar time and agreed time
     */
    Optional<String> calendarId();

    /**
     * Checks if the target counts working time of a calendar (business time or working days), so
     * that pauses measure the remaining time in working time (rule SL-7).
     *
     * @return true for business time and working days
     */
    default boolean countsWorkingTime() {
        return calendarId().isPresent();
    }

    /**
     * Computes where the target ends when counted from an instant, e.g. the deadline from a start or
     * an escalation instant from a breach. Not defined for {@link AgreedTime}.
     *
     * @param from     the instant counting starts at
     * @param calendar the target's calendar, ignored for calendar time
     * @return the end instant
     * @throws NullPointerException           if {@code from} is null, or {@code calendar} is null
     *                                        for a target that counts working time
     * @throws UnsupportedOperationException  for {@link AgreedTime}
     * @throws dev.aftersales.calendar.OutsideCoverageException if the calendar is strict and a
     *                                        needed date is not covered (rule SL-16)
     */
    Instant endFrom(Instant from, BusinessCalendar calendar);

    /**
     * Elapsed time (rule SL-6).
     *
     * @param duration the elapsed time
     */
    record CalendarTime(Duration duration) implements Target {
        /**
         * Creates the target.
         *
         * @throws NullPointerException if {@code duration} is null
         */
        public CalendarTime {
            Objects.requireNonNull(duration, "duration");
        }

        @Override
        public Optional<String> calendarId() {
            return Optional.empty();
        }

        @Override
        public Instant endFrom(Instant from, BusinessCalendar calendar) {
            return from.plus(duration);
        }

        @Override
        public String toString() {
            return duration + " calendar time";
        }
    }

    /**
     * Working time on a calendar (rule SL-3).
     *
     * @param workingTime the working time
     * @param calendar    the calendar id
     */
    record BusinessTime(Duration workingTime, String calendar) implements Target {
        /**
         * Creates the target.
         *
         * @throws NullPointerException if an argument is null
         */
        public BusinessTime {
            Objects.requireNonNull(workingTime, "workingTime");
            Objects.requireNonNull(calendar, "calendar");
        }

        @Override
        public Optional<String> calendarId() {
            return Optional.of(calendar);
        }

        @Override
        public Instant endFrom(Instant from, BusinessCalendar cal) {
            return Objects.requireNonNull(cal, "calendar").plus(from, workingTime);
        }

        @Override
        public String toString() {
            return workingTime + " business time on " + calendar;
        }
    }

    /**
     * Working days on a calendar (rule SL-5).
     *
     * @param days     the number of working days
     * @param calendar the calendar id
     */
    record WorkingDays(int days, String calendar) implements Target {
        /**
         * Creates the target.
         *
         * @throws NullPointerException if {@code calendar} is null
         */
        public WorkingDays {
            Objects.requireNonNull(calendar, "calendar");
        }

        @Override
        public Optional<String> calendarId() {
            return Optional.of(calendar);
        }

        @Override
        public Instant endFrom(Instant from, BusinessCalendar cal) {
            return Objects.requireNonNull(cal, "calendar").plusWorkingDays(from, days);
        }

        @Override
        public String toString() {
            return days + " working day(s) on " + calendar;
        }
    }

    /**
     * The time agreed with the owner in the step that starts the term (rule SL-11): the deadline is
     * that instant, counted in calendar time afterwards.
     */
    record AgreedTime() implements Target {
        static final AgreedTime INSTANCE = new AgreedTime();

        @Override
        public Optional<String> calendarId() {
            return Optional.empty();
        }

        @Override
        public Instant endFrom(Instant from, BusinessCalendar calendar) {
            throw new UnsupportedOperationException("an agreed-time target ends at the time agreed, not at an offset");
        }

        @Override
        public String toString() {
            return "the agreed time";
        }
    }
}
